import { isoDate, MONTH } from "./months.js";
import { knownCityName } from "./meetingVenue.js";
import type { Occasion } from "./meetingOccasion.js";

/**
 * A sitting named by its host city, with its own date right after (CITY_SITTING), read by kindMeeting.ts: "The Manila
 * meeting of September 2017 ran for four days", "the Vientiane meeting of 28 August 2024", "the Kuala Lumpur summit in
 * 2015". The city must be one a list knows, and the phrase dates the sitting itself: that year's meeting of the series
 * the sentence or page is about, held in that city. Left alone: a city before a meeting with no date of its own ("at the
 * Valletta meeting", which may be any sitting held there), a complement that is no date ("the Manila meeting of
 * experts"), a word that is no city ("the Special Meeting of 2015"), and a sitting still to come.
 */
export const CITY_SITTING = {
  id: "city-sitting",
  positive: [
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region every year. The Manila meeting of September 2017 adopted a plan against people smuggling.", event: "Straits Crime Dialogue meeting, Manila, September 2017" },
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region every year. The Bangkok summit in 2015 was chaired by Thailand.", event: "Straits Crime Dialogue 2015" },
  ],
  negative: [
    // No date of its own: the city alone does not say which sitting.
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region every year. Thailand spoke at the Manila meeting on people smuggling.", event: "Straits Crime Dialogue 2017" },
    // A complement that is no date.
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region every year. The Manila meeting of experts in 2017 was chaired by Thailand.", event: "Straits Crime Dialogue meeting, Manila, 2017" },
    // A sitting still to come.
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region every year. The Manila meeting of September 2031 will be chaired by Thailand.", event: "Straits Crime Dialogue 2031" },
  ],
};

/** "of September 2017", "of 28 August 2024", "in 2015" right after the phrase: the sitting's own date. */
const OWN_DATE = new RegExp(String.raw`^\s+(?:of|in|on)\s+(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(?:(${MONTH})\s+)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`, "u");
/** "of September 2017": a complement of the phrase that is only its date, which the phrase pattern lets through. */
export const OF_OWN_DATE = String.raw`of(?!\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:${MONTH}\s+)?(?:19|20)\d{2}\b)`;

/** The year and occasion of a sitting named by `place` when it is a known city and the phrase's own date follows `end`. */
export function citySitting(text: string, end: number, place: string, cities: ReadonlyMap<string, string>): { year: number; occasion: Occasion } | null {
  const city = knownCityName(place, cities);
  if (!city || city !== place) return null;
  const d = OWN_DATE.exec(text.slice(end, end + 40));
  if (!d) return null;
  const date = d[2] ? isoDate(d[1], d[2], d[3]!) : undefined;
  return { year: Number(d[3]), occasion: { city, ...(date ? { date } : {}) } };
}
