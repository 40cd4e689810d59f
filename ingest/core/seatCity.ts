import type { M } from "./mentionLists.js";

/**
 * A city's name: one to three capitalised words ("Mexico City", "Port-au-Prince"), read here and by seatPhrases.ts.
 * No full stop inside, so a city closing its sentence ("is based in Copenhagen.") is read without it.
 */
export const CITY_WORDS = String.raw`[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}`;

/**
 * "Jakarta", "Ottawa, Ontario", "Mexico City (central offices)": a row that opens on a city and then ends, or runs on
 * after a comma, bracket, semicolon or full stop. The city may be one to three capitalised words.
 */
const OPENING_CITY = new RegExp(String.raw`^\s*(${CITY_WORDS})(?=\s*(?:[,(;.]|$))`, "u");

/**
 * The state of the city that opens a row of a body's seat or office ("Head office: Jakarta", "Seat: Ankara"), as a
 * mention at the city, or null. A profile's seat field often names its city alone; the city lies in one state
 * (identity data: the catalog's cities, worldCities.ts), and the office there is the body's own, so the body works in
 * that state. A city the catalog does not know, or shares among states, names nothing.
 */
export function seatCity(rowText: string, cities: Map<string, string> | undefined): M | null {
  const m = OPENING_CITY.exec(rowText);
  if (!m || !cities) return null;
  // "Mexico City": the longest opening words that name a known city, so a two-word city is not read as its first word.
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    const id = cities.get(name);
    if (!id) continue;
    const start = m.index + m[0].length - m[1]!.length;
    return { id, kind: "COUNTRY", isEvent: false, start, end: start + name.length };
  }
  return null;
}
