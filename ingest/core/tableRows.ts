import { isHeaderRow } from "./tableColumns.js";

/**
 * Lines of a table or register printed as text: status pages and registers print one state per line with its
 * columns apart ("Uruguay | 14 Jun 2012 | In force", "Egypt ........ 19 Feb 1993", "1968<TAB>Ghana",
 * "Italy — ratification — 2013", "Mexico      1999", "Peru — signed 2000, ratified 2002"). Such a line is no heading even when it is short and
 * unpunctuated: it is a row of the list above it (normalise makes it a list item).
 */
const COLUMN_BREAK = /\t|\s\|\s|^\||\|$|\.{4,}|…{2,}|\S {3,}\S/;
const DASHED = /\s[—–]\s.*\s[—–]\s/;
/** A name, a spaced dash, then what the row says of it with a date: "Guyana — signed 2011, ratified 2013". */
const DASHED_DATED = /^[^—–]{2,40}\s[—–]\s.*\b(?:19|20)\d{2}\b/;

/**
 * What COLUMN_BREAK and DASHED need at the least (a tab, a bar, four dots, two ellipses, three spaces, a dash): every
 * line is asked, most have none of these, and the patterns try each alternative at every position.
 */
const mayBreak = (line: string) => line.includes("\t") || line.includes("|") || line.includes("....") || line.includes("……") || line.includes("   ");
/**
 * Columns two spaces apart ("Colombia  10 Apr 1985  8 Dec 1987"): two such gaps at least, neither after a sentence's
 * end, since prose typed with two spaces after a full stop has them there.
 */
const TWO_SPACE_GAP = /[^\s.!?] {2}(?=\S)/g;
const twoSpaced = (line: string) => line.includes("  ") && (line.match(TWO_SPACE_GAP)?.length ?? 0) >= 2;
/**
 * Cells between semicolons ("Kenya; ; 16 May 1966", "India; —; —"): three cells or more, all short, one of them blank,
 * a dash or dated, or every one a header's word. A line of names between semicolons is a list (contentRows.ts).
 */
function semicolonRow(line: string): boolean {
  if (!line.includes(";")) return false;
  const cells = line.split(";").map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => c.length > 40)) return false;
  return cells.some((c) => /^(?:[-–—]*|n\/?a|not yet)$/i.test(c) || /\b(?:19|20)\d{2}\b/.test(c)) || isHeaderRow(line);
}
const mayDash = (line: string) => line.includes("—") || line.includes("–");

/** A line whose words stand in columns. */
export function looksLikeTableRow(line: string): boolean {
  return line.length <= 160 && ((mayBreak(line) && COLUMN_BREAK.test(line)) || twoSpaced(line) || semicolonRow(line) || (mayDash(line) && (DASHED.test(line) || DASHED_DATED.test(line))));
}

/**
 * Which lines are table rows: column-shaped lines in a run of at least two, so that one line with a tab or a
 * dash pair ("Migration — a global view — 2019") is not taken for a table.
 */
export function tableRowLines(lines: readonly string[]): boolean[] {
  const shaped = lines.map((l) => l.trim() !== "" && looksLikeTableRow(l.trim()));
  return shaped.map((s, i) => s && (shaped[i - 1] === true || shaped[i + 1] === true));
}
