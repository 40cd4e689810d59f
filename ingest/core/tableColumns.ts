import { actTaken, trailingValues } from "./tableCells.js";

/**
 * The columns of a register printed as text. A status table often gives signature and ratification their own
 * columns ("Participant | Signature | Ratification, Accession (a)"): a state with a date only under Signature
 * is bound by nothing, and the year of its ratification is the one in the ratification column.
 */
const SPLIT = /\s*\|\s*|\t|\s{2,}|\s*\.{4,}\s*|\s*;\s*/;
/** Pipes, tabs and semicolons keep an empty cell in its place; spaced columns do not. */
const KEEPS_EMPTY = /\||\t|;/;
// Depositing the instrument (of ratification or accession) is the binding act: "State | Instrument deposited | Effective".
// So is the treaty's entry into force for the one State, not the treaty's own ("Entry into force for the State").
const BINDING = /\b(?:ratifi(?:cation|ed)|accession|acceded|succession|acceptance|approval|definitive signature|instruments? deposited|deposit of (?:the )?instruments?|entry into force for (?:the )?(?:state|party|country))\b/i;
const SIGNATURE_FIRST = /^(?:date of\s+)?(?:signature|signed)\b(?!\s*(?:,|and|or|\/)\s*(?:ratifi|accession))/i;
/** A column giving each state's standing in words ("Status": "ratified (2007)", "signed only", "not ratified"). */
const STATUS = /^(?:(?:ratification |current |treaty )?status)$/i;
const HEADER_WORD = /\b(?:signature|ratification|accession|succession|acceptance|approval|date|status|participant|country|state|member|party|parties|entry into force|effective|action|type|instrument|deposit|deposited|year|signed|ratified|acceded)s?\b/i;

/** The cells of a table row: "Chile | 12 Jun 2015 | In force" → ["Chile", "12 Jun 2015", "In force"]. */
export function cellsOf(row: string): string[] {
  const t = row.trim();
  // Where pipes or tabs part the cells, only they do: a remark may hold a semicolon or a wide gap of its own.
  if (t.includes("|")) return t.replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  if (t.includes("\t")) return t.split("\t").map((c) => c.trim());
  return t.split(SPLIT).map((c) => c.trim());
}

/**
 * The cells of a header row, named with words only, no year. A header of spaced or tabbed columns may reach us with
 * its spacing collapsed ("Participant Signature Ratification"): then each word stands for itself.
 */
function headerCells(row: string): string[] | null {
  const split = cellsOf(row);
  const cells = split.length >= 2 ? split : row.replace(/[(),/]/g, " ").replace(/\bentry into force\b/gi, "entry-into-force").split(/\s+/).filter((w) => w && !/^(?:and|or|of|[a-z])$/i.test(w));
  if (cells.length < 2 || /\b(?:19|20)\d{2}\b/.test(row)) return null;
  const named = (c: string) => c === "" || HEADER_WORD.test(c.replace(/-/g, " ")) || /^\(?[a-z]{1,2}\)?$/i.test(c) || NUMBERING.test(c);
  if (cells.every(named)) return cells;
  // Real registers add columns of their own ("Notes", "Note on membership", "Declarations"): with a column for the
  // state first (after a running number) and one for the binding act, the others may say anything short.
  const first = cells.findIndex((c) => !NUMBERING.test(c));
  const lenient = split.length >= 3 && STATE_COLUMN.test(cells[first] ?? "") && cells.some((c) => BINDING.test(c)) && cells.every((c) => c.length <= 60);
  return lenient ? cells : null;
}
/** A running number's column: "No.", "#", "S/N". */
const NUMBERING = /^(?:no\.?|nr\.?|#|s\/n|n°|num(?:ber)?\.?)$/i;
/** The column that names each row's state. */
const STATE_COLUMN = /^(?:(?:member\s+)?(?:states?|countr(?:y|ies))|participants?|parties|party|state party|states parties|jurisdiction)$/i;

/**
 * A state column headed as the members of a body ("Member State", "Member countries"): each row's state is a member of
 * the organisation whose treaty the register is, whatever the binding column says of it.
 */
export const MEMBER_STATE_COLUMN = /^member\s+(?:states?|countr(?:y|ies))$/i;

/** Whether a register's header row heads its state column "Member State" (after a running number). */
export function memberStateColumn(cells: string[]): boolean {
  return MEMBER_STATE_COLUMN.test(cells.find((c) => !NUMBERING.test(c)) ?? "");
}

/** A row of column headings ("State; Signature; Ratification"), with no year in it. */
export function isHeaderRow(row: string): boolean {
  return cellsOf(row).length >= 2 && headerCells(row) !== null;
}

/** The column of the binding act: the first that names one, else a status column. */
function bindingAt(header: string[]): number {
  // "Signature, Succession to signature (d)" is the signature's column, whatever act it also names.
  const at = header.findIndex((c) => BINDING.test(c) && !SIGNATURE_FIRST.test(c));
  return at >= 0 ? at : header.findIndex((c) => STATUS.test(c));
}

/**
 * A header row that gives the binding act a column ("Participant | Signature | Ratification", "Country | Accession |
 * Entry into force", "Country | Status"): each row's cell in that column says whether the state is bound.
 */
export function headerColumns(row: string): string[] | null {
  const cells = headerCells(row);
  return cells && bindingAt(cells) > 0 ? cells : null;
}

/**
 * What a row says under a header with separate signature and binding columns: whether the state is bound
 * (a date in the binding column) and that date's year. Null when the row's cells do not line up with the header.
 */
export function bindingCell(header: string[], row: string): { bound: boolean; year: number | null } | null {
  const at = bindingAt(header);
  const split = cellsOf(row);
  // Spaced columns that keep every cell (a dash where nothing is) line up with the header as pipes do.
  if (!KEEPS_EMPTY.test(row) && split.length === header.length) return bound(split[at] ?? "");
  if (!KEEPS_EMPTY.test(row)) {
    // The gaps collapsed ("Suriname — 16 Nov 2021"): the values at the row's end line up when there are as many as columns.
    const peeled = trailingValues(row);
    if (peeled.first && peeled.values.length === header.length - 1) return bound(peeled.values[at - 1]!);
    // Spaced columns lose their empty cells: two dates are a signature and a binding act; one date says not which,
    // unless it carries the mark of an accession or succession ("23 Jan 2015 a", "6 Jul 1992 (d)").
    const years = row.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    if (years.length >= 2) return { bound: true, year: Number(years[years.length - 1]) };
    const marked = /\b((?:19|20)\d{2})\s*(?:\(\s*[ad]\s*\)|[ad]\b)(?!\s*\w)/.exec(row);
    return marked ? { bound: true, year: Number(marked[1]) } : { bound: false, year: null };
  }
  // A missing last cell is an empty one ("Benin | 15 Sep 2005 |" or "Benin | 15 Sep 2005").
  if (split.length > header.length || split.length < at) return null;
  return bound(split[at] ?? "");
}

function bound(cell: string): { bound: boolean; year: number | null } {
  const act = actTaken(cell);
  return { bound: act.taken, year: act.year };
}

/**
 * A header row that gives the binding act a column, with or without a signature column beside it ("Country | Date of
 * ratification | Date deposited", "Participant | Accession(a), Succession(d)"): its rows are the states bound.
 */
export function bindingHeader(row: string): boolean {
  const cells = headerCells(row);
  return !!cells && cells.some((c, i) => (BINDING.test(c) || (i > 0 && STATUS.test(c))) && !/\b(?:campaign|event|plan)s?\b/i.test(c));
}
