import { cellSpans } from "./labelledColumns.js";
import type { HeadingList } from "./rules/listRules.js";
import type { Passage } from "./types.js";

/** A cell of figures: a count, an amount or a percent ("243,000", "€1.2 million", "12%"); a bare year is none. */
const FIGURE = /^(?:[€$£]\s*)?\d[\d,.\s]*(?:\s*(?:%|million|bn|billion|[kKmM]))?$/;
const YEAR = /^(?:19|20)\d\d$/;
/** Words that say a table is about membership: "Members", "Membership", "accession", "joined". */
const MEMBERSHIP = /\b(?:members|membership|accessions?|acceded|joined|joining)\b/i;
/** The rows' own label, which names every state of a statistics table too ("Member State"). */
const MEMBER_LABEL = /\bmember\s+(?:states?|countr(?:y|ies))\b/gi;

/**
 * A statistics table by state ("| Member State | Applications |" then "| Germany | 243,000 |"): its first data row
 * holds figures in another column, and neither its header (besides the rows' label) nor its section heading speaks of
 * membership. Its "Member State" column names the states counted, not the members of the page's body: its MEMBER_OF
 * lists are dropped. An accession table ("| Year | Member State |" under "Members by year of accession") stays read.
 */
export function figureTable(header: Passage, passages: readonly Passage[], lists: HeadingList[][]): HeadingList[][] {
  if (!lists.some((l) => l.some((x) => x.type === "MEMBER_OF"))) return lists;
  if (MEMBERSHIP.test(header.text.replace(MEMBER_LABEL, "")) || MEMBERSHIP.test(header.section ?? "")) return lists;
  const at = passages.indexOf(header);
  const row = passages.slice(at + 1, at + 4).find((p) => p.section === header.section && !/^[\s|:-]*$/.test(p.text));
  if (!row) return lists;
  const cells = cellSpans(row.text);
  const figures = cells.some((c, i) => FIGURE.test(c.text) && !YEAR.test(c.text) && !lists[i]?.some((x) => x.type === "MEMBER_OF"));
  return figures ? lists.map((l) => l.filter((x) => x.type !== "MEMBER_OF")) : lists;
}
