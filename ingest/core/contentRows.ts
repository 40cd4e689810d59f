/**
 * One-line rows that are content, not headings, although they are short and end without punctuation:
 * a fact sheet's "Label: value" row, and a dated row of a year-by-year list. Their names are mentions.
 */
import { MONTH } from "./months.js";

export interface RowRule {
  id: string;
  what: string;
  test: (line: string) => boolean;
  positive: string[];
  negative: string[];
}

/**
 * A year, then a separator, then anything but another year: "2009 - Tunis", "2001 | II | Santiago"; the year is group 1.
 * A timeline's entry may give the month before its year ("March 2011: second session, Accra"): still one dated row.
 */
export const DATED_ROW_OPENING = new RegExp(`^(?:${MONTH}\\s+)?((?:19|20)\\d{2})(?:\\s+[-–—]\\s+|\\s*[|:\\t]\\s*)(?!(?:19|20)\\d{2}\\b)\\S`);
// The label may end in a remark or a date in brackets: "Steering Group (2019): …".
const LABEL = /^(?=[A-Z])[\p{L}’'()&/-]+(?:\s+[\p{L}’'()&/-]+){0,4}(?:\s*\([^()]{1,30}\))?:\s+\S/u;
const DIVISION = /^(?:Chapter|Part|Section|Annex|Appendix|Phase|Box|Table|Figure|Step|Article|Module|Session|Day|Week|Volume)\s+(?:[0-9]+|[IVXLC]+|[A-Z])\b/;

export const LABELLED_VALUE: RowRule = {
  id: "labelled-value",
  what: "A short line 'Label: value' (a label of one to five words, then content after the colon) is a labelled row, not a heading; a numbered division before the colon ('Chapter 3: …') keeps it a heading.",
  test: (line) => LABEL.test(line) && !DIVISION.test(line),
  positive: ["Partners: Europol, Frontex, UNHCR and IOM", "Implementing agency: ICMPD", "Host country: Kenya", "Co-chairs: Germany and Morocco", "Steering Group (2019): Ecuador and Morocco"],
  negative: ["Chapter 3: The Global Migration Group", "Phase II: Scaling up", "Annex 1: List of participants", "Global Migration Group", "Partners"],
};

export const DATED_ROW: RowRule = {
  id: "dated-row",
  what: "A line that opens on a year and a separator ('2009 - Tunis (Africa)', '2011 | Bangkok', '2013: Dhaka') is a row of a year-by-year list, not a heading, and so is one giving its month first ('June 2011: second meeting, Kisumu'); a year inside a title ('2030 Agenda', 'Vision 2020') is not a row.",
  test: (line) => DATED_ROW_OPENING.test(line),
  positive: ["2009 - Tunis (Africa)", "2011 | Bangkok, Thailand", "2013: Dhaka", "2015 – Milan (Europe)", "June 2011: second meeting, Kisumu"],
  negative: ["2030 Agenda for Sustainable Development", "Vision 2020", "Conferences, 2000-2008", "2000-2008 Conferences", "June 2011 saw heavy rains"],
};

/** Three or more items, each a name of a few words, between the same separator: "ILO · IOM · OHCHR", "Kenya | Uganda | Sudan". */
const INLINE_ITEMS = /^[^·•|;]{2,40}(?:\s(?:[·•|])\s|;\s)[^·•|;]{2,40}(?:(?:\s(?:[·•|])\s|;\s)[^·•|;]{2,40})+$/;

export const INLINE_LIST: RowRule = {
  id: "inline-list",
  what: "A line of three or more short items between middots, bullets, pipes or semicolons ('ILO · IOM · OHCHR') is a list of names printed on one line, not a heading.",
  test: (line) => INLINE_ITEMS.test(line),
  positive: ["ILO · IOM · OHCHR · UNHCR", "Kenya | Uganda | South Sudan", "Benin; Burkina Faso; Cabo Verde", "FAO • IFAD • WHO"],
  negative: ["Migration, Development and Climate", "News · Events", "Home", "Peace and security: a review"],
};

/** A span of years, then a label's separator: "2019–2020: Egypt", "2016-2017 | Morocco", "2008/09 – Greece". */
const SPAN_ROW_OPENING = /^(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2})(?:\s*[|:\t]\s*|\s+[-–—]\s+)(?!(?:19|20)\d{2}\b)\S/;

export const SPAN_ROW: RowRule = {
  id: "span-row",
  what: "A line that opens on a span of years and then a separator ('2019–2020: Egypt', '2008/09 – Greece') is a row of a term-by-term list (chairs, presidencies), not a heading; a span followed by words with no separator titles a section.",
  test: (line) => SPAN_ROW_OPENING.test(line),
  positive: ["2019–2020: Egypt", "2016-2017 | Morocco and Germany", "2008/09 – Greece", "2021-22: the Netherlands"],
  negative: ["2000-2008 Conferences", "2019–2020", "Conferences, 2000-2008", "2019-2020: 2021"],
};

/** Four or more comma-separated items, each one to four words opening with a capital ("Benin, Ghana, Mali, Togo"). */
const COMMA_ITEMS = /^(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.()-]+){0,3}(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.()-]+){0,3}){2,}(?:,?\s+and\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.()-]+){0,3})?$/u;

export const COMMA_LIST: RowRule = {
  id: "comma-list",
  what: "A line of four or more short capitalised items between commas ('Afghanistan, Bangladesh, Cambodia, China') is a list of names printed on one line, not a heading; a title joins at most three.",
  // Two commas at the least, as COMMA_ITEMS asks, before the pattern that backtracks over every word.
  test: (line) => line.indexOf(",") !== line.lastIndexOf(",") && COMMA_ITEMS.test(line) && line.split(/,|\s+and\s+/).length >= 4,
  positive: ["Afghanistan, Bangladesh, Cambodia, China, India", "Benin, Ghana, Mali and Togo", "ILO, IOM, UNHCR, UNICEF", "Costa Rica, El Salvador, Guatemala, the Dominican Republic"],
  negative: ["Migration, Development and Climate", "Peace, Security and Development", "Members of the Colombo Process", "Partners"],
};

/** A label clause of up to ten words, a colon, then two or more capitalised names parted by commas, "and" or middots. */
const LONG_LABEL_NAMES = /^(?=[A-Z])[\p{L}’'()/-]+(?:\s+[\p{L}’'()/-]+){5,9}:\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.()-]+){0,3}(?:(?:,|\s+and|\s+[·•|])\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.()-]+){0,3})+$/u;

export const LABELLED_NAMES: RowRule = {
  id: "labelled-names",
  what: "A line whose label is a clause of six to ten words ('Countries where the programme is active:') followed by two or more capitalised names is a labelled row of names, not a heading; a long title with a subtitle after its colon names no list.",
  test: (line) => LONG_LABEL_NAMES.test(line) && !DIVISION.test(line),
  positive: ["Countries where the programme is active: Libya, Niger, Mali", "States in which the project has field teams: Chad and Niger", "Countries covered by the second phase of the fund: Jordan · Lebanon · Iraq"],
  negative: ["Chapter 3: The Global Migration Group and its members", "Migration and development in the Sahel region today: An Overview", "Countries where the programme is active"],
};

export const CONTENT_ROWS: RowRule[] = [LABELLED_VALUE, DATED_ROW, SPAN_ROW, INLINE_LIST, COMMA_LIST, LABELLED_NAMES];

export function isContentRow(line: string): boolean {
  return CONTENT_ROWS.some((r) => r.test(line));
}
