import { listHeading } from "./listHeading.js";
import { readLabel } from "./labelSense.js";
import { MONTH } from "./months.js";
import { isRegionLabel } from "./regionLabel.js";

// A label that is a date or period and nothing more ("July-December 2012", "2011–2013", "Since 2016"): a row's, not a field's.
const PERIOD_WORDS = new RegExp(`\\b(?:${MONTH}|(?:19|20)\\d{2}|from|to|since|until|and|early|mid|late|spring|summer|autumn|winter)\\b`, "gi");
const isPeriod = (label: string) => /\b(?:19|20)\d{2}\b/.test(label) && label.replace(PERIOD_WORDS, "").replace(/[\W\d_]+/g, "") === "";

// A register cut by initial letters ("A–F: Afghanistan, Albania", "G to M: Georgia"): the rows' label, not a field's.
const LETTER_RANGE = /^[A-Z]\s*(?:[-–—]|to)\s*[A-Z]$/;

/**
 * A field line of a kind no list reader knows ("Venue: Bali", "Contact: …", "Responsible official<TAB>…"), whose label
 * names no entity and no period: a row of the list above names one there ("Italy: 1981", "July-December 2012: UNODC"),
 * a new field does not.
 */
export function otherField(text: string, mentionStarts: readonly number[]): boolean {
  // A record's field may part label and value by a tab ("Responsible official<TAB>…", "Collaborating units<TAB>…").
  const m = /^([A-Z][^:.;\t]{1,60})(?::\s+|\t+)\S/.exec(text);
  if (!m || listHeading(text) || isPeriod(m[1]!) || LETTER_RANGE.test(m[1]!) || isRegionLabel(m[1]!)) return false;
  return !mentionStarts.some((at) => at < m[1]!.length);
}

/** A short line that labels what follows ("Countries:", "News from the region:"), whether or not a list reader knows it. */
export function isLabelLine(text: string): boolean {
  if (/^[A-Z][^:.;]{1,60}:\s*$/.test(text)) return true;
  // Printed without a colon, a label of something else ("Success stories", "Former members") still ends the list above.
  if (!/^[A-Z][^:.;!?|\t]{1,60}$/.test(text)) return false;
  const reading = readLabel(text);
  return reading.plain && (reading.other || reading.denied === "all" || (reading.denied.size > 0 && reading.lists.length === 0));
}
