import { MONTH_NAMES } from "./months.js";
import { ORDINAL_WORDS } from "./ordinals.js";
import { TENS } from "./numberWords.js";

/**
 * What a cell of a register or status table holds, whatever its author's habits: a blank or a dash ("", "-", "—",
 * "n/a", "not yet"), a date in any common form ("5 June 2007", "2003-03-04", "23/06/1981", "Jun 5, 2007"), a bare year,
 * an ordinal that only counts the act ("thirty-second ratification", "32nd"), or a status in words ("ratified (2007)",
 * "signed only", "not ratified").
 */
export type CellValue =
  | { kind: "empty" }
  | { kind: "date" | "year"; year: number }
  | { kind: "ordinal" }
  | { kind: "bound"; year: number | null }
  | { kind: "unbound" }
  | { kind: "text" };

const EMPTY = /^(?:[-–—‐−_.*?]*|n\/?a|none|nil|no|not yet|pending|tbc|tbd|—\s*—)$/i;
const YEAR = /\b((?:19|20)\d{2})\b/;
const NUMERIC_DATE = /^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})\b/;
const WORD_DATE = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:19|20)\\d{2}\\b`, "i");
const ORDINAL_CELL = new RegExp(`^(?:the\\s+)?(?:(?:(?:${TENS.join("|")})[- ]?)?(?:${ORDINAL_WORDS.join("|")})\\b|\\d{1,3}(?:st|nd|rd|th)\\b|(?:${TENS.map((t) => t.replace(/y$/, "ieth")).join("|")})\\b)`, "i");
// A status in words: a negation or "signed" alone outweighs any act word beside it ("signed, not ratified").
const NOT_BOUND = /\b(?:not|no|never|yet to|signed only|signature only|only signed|under consideration|pending|withdrawn|denounced|intends? to|planned|expected)\b/i;
const ONLY_SIGNED = /^(?:signed|signature|signatory)\b(?!.*\b(?:ratif|acce|acced|succe)\w*)/i;
const BOUND_WORD = /\b(?:ratifi(?:ed|cation)|acce(?:ded|ssion)|succe(?:eded|ssion)|accept(?:ed|ance)|approv(?:ed|al)|in force|party|parties|member|joined|admitted|yes)\b|^[✓✔]$/i;

/** What one cell holds: see CellValue. */
export function cellValue(raw: string): CellValue {
  // Accession and succession marks after a date ("7 Oct 2019 a", "6 Jul 1992 (d)") qualify it, they are no words.
  const cell = raw.trim().replace(/(?:\s*\(\s*[a-zA-Z]{1,2}\s*\)|\s+[adAD]{1,2})$/, "").trim();
  if (EMPTY.test(cell)) return { kind: "empty" };
  const year = YEAR.exec(cell);
  if (NUMERIC_DATE.test(cell) || WORD_DATE.test(cell)) return { kind: "date", year: Number(year![1]) };
  if (/^(?:19|20)\d{2}$/.test(cell)) return { kind: "year", year: Number(cell) };
  if (NOT_BOUND.test(cell) || ONLY_SIGNED.test(cell)) return { kind: "unbound" };
  if (ORDINAL_CELL.test(cell) && !/\b(?:19|20)\d{2}\b/.test(cell)) return { kind: "ordinal" };
  if (BOUND_WORD.test(cell)) return { kind: "bound", year: year ? Number(year[1]) : null };
  return { kind: "text" };
}

/** Whether a cell in a column of binding acts says the act took place, and in which year when it says so. */
export function actTaken(raw: string): { taken: boolean; year: number | null } {
  const v = cellValue(raw);
  switch (v.kind) {
    case "date":
    case "year":
      return { taken: true, year: v.year };
    case "ordinal":
      return { taken: true, year: null };
    case "bound":
      return { taken: true, year: v.year };
    default:
      return { taken: false, year: null };
  }
}

const DATE_FORM = `(?:(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})`;
const ORDINAL_FORM = `(?:(?:${TENS.join("|")})[- ]?)?(?:${ORDINAL_WORDS.join("|")})(?:\\s+(?:ratification|accession|party|state))?`;
/** One value cell at the end of a row whose column gaps were collapsed to single spaces. */
const LAST_VALUE = new RegExp(`\\s(${DATE_FORM}(?:\\s*\\(?[ad]\\)?)?|[-–—]|n/a|not yet|${ORDINAL_FORM})$`, "i");

/**
 * The value cells at the end of a row printed with spaced columns and read back with its gaps collapsed
 * ("Suriname — 16 Nov 2021" → ["—", "16 Nov 2021"]): peeled from the right while the end is a date, a year, a dash,
 * "n/a", "not yet" or an ordinal. What is left is the row's first cell.
 */
export function trailingValues(row: string): { first: string; values: string[] } {
  let rest = row.trim();
  const values: string[] = [];
  for (let m = LAST_VALUE.exec(rest); m && values.length < 8; m = LAST_VALUE.exec(rest)) {
    values.unshift(m[1]!);
    rest = rest.slice(0, m.index).trimEnd();
  }
  return { first: rest, values };
}

/** Examples run by test/unit/tableCells.test.ts. */
export const CELL_EXAMPLES: Array<[cell: string, kind: CellValue["kind"]]> = [
  ["", "empty"], ["—", "empty"], ["–", "empty"], ["-", "empty"], ["n/a", "empty"], ["not yet", "empty"], ["N/A", "empty"],
  ["5 June 2007", "date"], ["7 Oct 2019 a", "date"], ["2003-03-04", "date"], ["23/06/1981", "date"], ["23.06.1981 (d)", "date"], ["June 5, 2007", "date"], ["Sept 2010", "date"],
  ["2011", "year"], ["thirty-second ratification", "ordinal"], ["32nd", "ordinal"], ["the twentieth", "ordinal"],
  ["ratified (2007)", "bound"], ["acceded 2009", "bound"], ["Ratified", "bound"], ["In force", "bound"],
  ["not ratified", "unbound"], ["signed only", "unbound"], ["Signed", "unbound"], ["Under consideration", "unbound"], ["Signed, not ratified", "unbound"],
  ["Partnerships for migration", "text"], ["Geneva", "text"],
];
