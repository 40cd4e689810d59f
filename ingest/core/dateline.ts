/**
 * The year of a news item's dateline: "Caracas, 2007. The Venezuelan government hosted …",
 * "Brussels, 4-5 April 2017. A year later …", "2011, Gaborone. The third meeting …", "Colombo, 25 August 2016. Ministers …", "Nairobi, 4-6 March 2021 - Ministers …"
 * (a wire story's dash, "Lisbon, 2 May 2024 (Reuters) – Ministers …" with the agency's tag).
 * A paragraph that opens with a place and a date reports what happened then, so its sentences'
 * meetings ("the seventh Conference") are that year's.
 */
import { MONTH } from "./months.js";

const PLACE = String.raw`(?!The\s)[A-Z][\p{L}'’.-]+(?:[ -][A-Z\p{Lu}][\p{L}'’.-]+|\s(?:de|del|da|do|of)\s[A-Z][\p{L}'’.-]+){0,3}`;
/** A day or a range of days: "4", "4-5", "9 – 11". */
export const DAYS = String.raw`\d{1,2}(?:\s*[-–]\s*\d{1,2})?`;
/** A wire service's tag after the date: "Lisbon, 2 May 2024 (Reuters) – …". */
const WIRE = String.raw`(?:\s*\([A-Z][A-Za-z]{1,11}\))?`;
/** A list of sittings may put the year first: "2011, Gaborone. The third meeting went to southern Africa." */
const DATELINE = new RegExp(String.raw`^(?:${PLACE},\s+(?:${DAYS}\s+${MONTH}\s+|${MONTH}\s+)?((?:19|20)\d{2})${WIRE}|((?:19|20)\d{2}),\s+${PLACE})(?:\.\s|\s+[-–—]\s)`, "u");

export function datelineYear(passageText: string): number | null {
  const m = DATELINE.exec(passageText);
  return m ? Number(m[1] ?? m[2]) : null;
}

/** How many characters the passage's opening dateline takes ("DAKAR, 3 May 2019 – "), 0 with none. */
export function datelineLength(passageText: string): number {
  return DATELINE.exec(passageText)?.[0].length ?? 0;
}
