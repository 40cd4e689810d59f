/**
 * BOXED_ROW_WRAP: a table drawn in a box ("| Run by      European Commission; European External |") wraps a long
 * value onto the next line with the label cell left blank ("|             Action Service                    |"):
 * that line is the rest of the value above, not a row of its own, so "European External Action Service" stays one
 * name. The line must open with the bar and at least the label column's width of blanks; a line indented less
 * ("|   countries  |") carries on the label, and a row with a label of its own is a row.
 */
export const BOXED_ROW_WRAP = {
  id: "boxed-row-wrap",
  positive: [
    ["| Run by          European Commission; European External      |", "|                 Action Service                              |"],
    ["| Donors      Norway; the Federal Foreign Office of  |", "|             Germany                                |"],
  ],
  negative: [
    // A label of its own: the next row.
    ["| Run by          European Commission                         |", "| Established     June 2016                                   |"],
    // Blanks short of the value column carry on the label ("Priority / countries"), not the value.
    ["| Priority        Niger, Nigeria, Senegal, Mali, Ethiopia     |", "|   countries                                                 |"],
    // Not drawn in a box: a pipe table's blank first cell means "as above", not a wrapped line.
    ["Ghana | 2001 | signed", " | 2003 | ratified"],
  ],
};

/** "| Label      value   |": the bar, the label, a gap of two blanks or more, then the value; its column is returned. */
const BOXED_ROW = /^\|\s?\S.*?\s{2,}(?=\S)/;
const BOXED = /^\|.*\|\s*$/;

/** The column a boxed row's value starts at, or null when the line is no boxed "label  value" row. */
export function boxedValueColumn(line: string): number | null {
  if (!BOXED.test(line)) return null;
  const m = BOXED_ROW.exec(line);
  return m ? m[0].length : null;
}

/** The line goes on with the value of the boxed row above it (`valueColumn`, boxedValueColumn's answer for that row). */
export function continuesBoxedRow(valueColumn: number | null, line: string): boolean {
  if (valueColumn === null || !BOXED.test(line)) return false;
  const lead = /^\|(\s*)\S/.exec(line);
  return !!lead && lead[1]!.length + 1 >= valueColumn && !/^\|\s*\|\s*$/.test(line);
}
