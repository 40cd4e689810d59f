import type { M } from "./mentionLists.js";

/** A row's opening venue after its year label: "2013 - Bangkok (Asia and the Pacific)", "2009: Tunis". */
const VENUE = /^\s*(?:19|20)\d{2}\s*[-–—:|]\s*([A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*){0,2})(?=\s*(?:[,(;]|$))/u;

/**
 * The country of the city that opens a row of a list of meetings, as a mention at the city, or null.
 * The catalog's cities are identity data (a city lies in one country); a city the catalog does not know names nothing.
 */
export function venueCountry(rowText: string, cities: Map<string, string> | undefined): M | null {
  const m = VENUE.exec(rowText);
  const id = m ? cities?.get(m[1]!) : undefined;
  if (!m || !id) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return { id, kind: "COUNTRY", isEvent: false, start, end: start + m[1]!.length };
}
