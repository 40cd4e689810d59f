import type { HeadingList } from "./rules/listRules.js";
import { labelLists } from "./labelLists.js";
import { columnRole, ENTITY_COLUMN } from "./rules/columnRoles.js";

/**
 * A table whose header row names what each column lists ("Member countries | Observer countries",
 * "Year | Chair | Summit venue"): a name in a row states its column's relation, with the page's or section's
 * topic, as the rows under a label do. A column the lexicon does not know ("Year", "Summit venue") states nothing;
 * a treaty's status header ("State | Signature | Ratification") is read by tableColumns.ts instead.
 */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** Pipes and tabs keep empty cells in their place; three or more spaces also part columns. */
const SEPARATOR = /\s*\|\s*|\t|\s{3,}/g;

/** The cells of a row with their offsets in it. */
export function cellSpans(row: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const m of row.matchAll(SEPARATOR)) {
    cells.push({ start: at, end: m.index!, text: row.slice(at, m.index!).trim() });
    at = m.index! + m[0].length;
  }
  cells.push({ start: at, end: row.length, text: row.slice(at).trim() });
  // A leading or trailing pipe ("| Belize | Argentina |") frames the row; it opens no cell.
  if (cells.length > 1 && cells[0]!.text === "" && /^\s*\|/.test(row)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === "" && /\|\s*$/.test(row)) cells.pop();
  return cells;
}

/**
 * The lists each column of a header row states, or null when the row is no such header (a year, or no known label).
 * A header word listRules.ts does not know may still name a column's role (rules/columnRoles.ts): a name column
 * states its relation of the names in it, a row column ("Joined") of the entity the row opens with.
 */
export function columnLabels(row: string): HeadingList[][] | null {
  const cells = cellSpans(row);
  // A running number ("| 4 | Arcadia | Member |") makes a row of the table, whose name the page may not know.
  if (cells.length < 2 || /\b(?:19|20)\d{2}\b/.test(row) || cells.some((c) => c.text.length > 40 || /^\d{1,3}\.?$/.test(c.text))) return null;
  const lists = cells.map((c) => (c.text ? labelLists(c.text) : []));
  const entityAt = cells.findIndex((c) => ENTITY_COLUMN.test(c.text));
  // A column labelled for the relation itself outranks a role column of the same relation: beside "Host", a
  // "Venue" is the city where the host held it ("Geneva, Switzerland" | "Djibouti").
  const labelledTypes = new Set(lists.flat().map((l) => l.type));
  cells.forEach((c, i) => {
    // A label listRules.ts knows for other topics ("Location" on a programme's sheet) leaves the role its own topics.
    const role = c.text ? columnRole(c.text) : null;
    if (!role || labelledTypes.has(role.list.type) || lists[i]!.some((l) => l.topics.some((t) => role.list.topics.includes(t)))) return;
    if (role.of === "row") {
      if (entityAt >= 0 && entityAt !== i) lists[entityAt]!.push(role.list);
      return;
    }
    lists[i]!.push(role.list);
    if (role.alsoIn) cells.forEach((d, j) => j !== i && role.alsoIn!.test(d.text) && lists[j]!.length === 0 && lists[j]!.push(role.list));
  });
  return lists.some((l) => l.length > 0) ? lists : null;
}
