/**
 * The columns of a register printed as text. A status table often gives signature and ratification their own
 * columns ("Participant | Signature | Ratification, Accession (a)"): a state with a date only under Signature
 * is bound by nothing, and the year of its ratification is the one in the ratification column.
 */
const SPLIT = /\s*\|\s*|\t|\s{3,}|\s*\.{4,}\s*/;
/** Pipes and tabs keep an empty cell in its place; spaced columns do not. */
const KEEPS_EMPTY = /\||\t/;
// Depositing the instrument (of ratification or accession) is the binding act: "State | Instrument deposited | Effective".
const BINDING = /\b(?:ratification|accession|succession|acceptance|approval|definitive signature|instruments? deposited|deposit of (?:the )?instruments?)\b/i;
const HEADER_WORD = /\b(?:signature|ratification|accession|succession|acceptance|approval|date|status|participant|country|state|member|party|parties|entry into force|effective|action|type|instrument|deposit|deposited|year)s?\b/i;

/** The cells of a table row: "Chile | 12 Jun 2015 | In force" → ["Chile", "12 Jun 2015", "In force"]. */
export function cellsOf(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, "").split(SPLIT).map((c) => c.trim());
}

/**
 * The cells of a header row, named with words only, no year. A header of spaced or tabbed columns may reach us with
 * its spacing collapsed ("Participant Signature Ratification"): then each word stands for itself.
 */
function headerCells(row: string): string[] | null {
  const split = cellsOf(row);
  const cells = split.length >= 2 ? split : row.replace(/[(),/]/g, " ").replace(/\bentry into force\b/gi, "entry-into-force").split(/\s+/).filter((w) => w && !/^(?:and|or|of|[a-z])$/i.test(w));
  if (cells.length < 2 || /\b(?:19|20)\d{2}\b/.test(row) || !cells.every((c) => c === "" || HEADER_WORD.test(c.replace(/-/g, " ")) || /^\(?[a-z]{1,2}\)?$/i.test(c))) return null;
  return cells;
}

/** A header row that names separate signature and binding columns ("Participant | Signature | Ratification"). */
export function headerColumns(row: string): string[] | null {
  const cells = headerCells(row);
  return cells && cells.some((c) => BINDING.test(c)) && cells.some((c) => /signature/i.test(c) && !BINDING.test(c)) ? cells : null;
}

/**
 * What a row says under a header with separate signature and binding columns: whether the state is bound
 * (a date in the binding column) and that date's year. Null when the row's cells do not line up with the header.
 */
export function bindingCell(header: string[], row: string): { bound: boolean; year: number | null } | null {
  if (!KEEPS_EMPTY.test(row)) {
    // Spaced columns lose their empty cells: two dates are a signature and a binding act; one date says not which,
    // unless it carries the mark of an accession or succession ("23 Jan 2015 a", "6 Jul 1992 (d)").
    const years = row.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    if (years.length >= 2) return { bound: true, year: Number(years[years.length - 1]) };
    const marked = /\b((?:19|20)\d{2})\s*(?:\(\s*[ad]\s*\)|[ad]\b)(?!\s*\w)/.exec(row);
    return marked ? { bound: true, year: Number(marked[1]) } : { bound: false, year: null };
  }
  const cells = cellsOf(row);
  const at = header.findIndex((c) => BINDING.test(c));
  // A missing last cell is an empty one ("Benin | 15 Sep 2005 |" or "Benin | 15 Sep 2005").
  if (cells.length > header.length || cells.length < at) return null;
  const cell = cells[at] ?? "";
  const year = /\b((?:19|20)\d{2})\b/.exec(cell)?.[1];
  return { bound: !!year, year: year ? Number(year) : null };
}

/**
 * A header row that gives the binding act a column, with or without a signature column beside it ("Country | Date of
 * ratification | Date deposited", "Participant | Accession(a), Succession(d)"): its rows are the states bound.
 */
export function bindingHeader(row: string): boolean {
  const cells = headerCells(row);
  return !!cells && cells.some((c) => BINDING.test(c) && !/\b(?:campaign|event|plan)s?\b/i.test(c));
}
