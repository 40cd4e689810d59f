import type { Cell } from "./labelledColumns.js";
import type { M } from "./mentionLists.js";

/**
 * A label that names one occasion: a meeting, a workshop, a side event ("Ministerial conference, Istanbul, 2013",
 * "Regional workshop in Dakar, May 2019", "SURAC 10"), by its date or number. A list under such a heading, or in such a row, is about that
 * occasion: who attended it, who paid for it. Plural nouns ("Past meetings", "Summits") label a list of occasions
 * and are not matched.
 */
const OCCASION_NOUN = /\b(?:meeting|conference|workshop|summit|session|consultation|seminar|event|retreat|round ?table|side event|training)\b(?!s)/i;
/** A series' short name with the meeting's number ("SURAC 10", "SOM-7"): a numbered occasion. */
const NUMBERED_OCCASION = /^[A-Z][A-Za-z]*[A-Z](?:[\s-]+)\d{1,3}$/;

export function namesAnOccasion(label: string | null | undefined): boolean {
  if (!label) return false;
  const text = label.trim();
  // One occasion is dated: a heading "Annual session" or "Ministerial conference" over a register names the series.
  return text.length <= 90 && ((OCCASION_NOUN.test(text) && /\b(?:19|20)\d{2}\b|\b\d{1,3}\s*$/.test(text)) || NUMBERED_OCCASION.test(text));
}

/**
 * In a table row, the occasion another cell names ("Senior Officials Meeting 7 | 3 May 2017 | Kathmandu | India,
 * Pakistan"): `undefined` when no cell names one, else the meeting entity that cell holds, or null where none is known.
 */
export function rowOccasion(cells: Cell[], at: number, ms: M[]): M | null | undefined {
  const cell = cells.find((c, j) => j !== at && namesAnOccasion(c.text));
  if (!cell) return undefined;
  return ms.find((m) => m.isEvent && m.start >= cell.start && m.end <= cell.end) ?? null;
}

/** Example labels (test/unit/eventLabel.test.ts). */
export const OCCASION_LABEL_EXAMPLES = {
  positive: ["Ministerial conference, Istanbul, 2013", "Regional workshop in Dakar, May 2019", "Senior officials' meeting, Istanbul (2016)", "SURAC 10", "Senior Officials Meeting 7", "Side event at the 2018 meeting"],
  negative: ["Annual session", "Ministerial conference", "Past meetings", "Summits", "Members", "Where it works", "Ministerial conferences", "Champion countries"],
};
