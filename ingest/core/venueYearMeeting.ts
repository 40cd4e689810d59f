import type { Occasion } from "./meetingOccasion.js";
import { knownCityName } from "./meetingVenue.js";

/**
 * A meeting named by its kind whose own clause gives the city it met in and the year, with no day or month
 * (VENUE_YEAR_MEETING): "… adopted at the previous ministerial conference, held in Marrakesh in 2018", "A ministerial
 * conference in Nouakchott in 2019 …", "The series held its annual meeting in Lima in 2021", "The 2017 ministerial
 * meeting in Niamey …". A known venue and a year stated together, in the past, make it the series' meeting of that
 * year held in that city; kindMeeting.ts reads the phrase, the series and the guards (a meeting still to come, one used
 * as a date, one another body holds), and this module reads the clause after the phrase only.
 * Left alone: a year with no city ("a ministerial conference in 2019"), a city no list knows, a year that opens a span
 * ("in Lima in 2021-2022"), and a year and city split by another clause.
 */
export const VENUE_YEAR_MEETING = {
  id: "venue-year-meeting",
  positive: [
    { text: "The Tasman Labour Dialogue adopted a new plan in 2023. It replaces the plan adopted at the previous ministerial conference, held in Auckland in 2019.", title: "Tasman Labour Dialogue", event: "Tasman Labour Dialogue meeting, Auckland, 2019" },
    { text: "The Volta Mobility Process links four states. A ministerial conference in Accra in 2016 agreed its first work plan.", title: "Volta Mobility Process", event: "Volta Mobility Process meeting, Accra, 2016" },
    { text: "The Pampas Return Dialogue held its annual meeting in Buenos Aires in 2021, with Chile in the chair.", title: "Page", event: "Pampas Return Dialogue meeting, Buenos Aires, 2021" },
    { text: "The Zambezi Labour Process was founded by Zambia and Malawi. The 2014 ministerial meeting in Lusaka was hosted by Zambia.", title: "Page", event: "Zambezi Labour Process meeting, Lusaka, 2014" },
    // The city ends the sentence.
    { text: "The Zambezi Labour Process was founded by Zambia and Malawi. Malawi hosted the 2016 ministerial meeting in Lilongwe.", title: "Page", event: "Zambezi Labour Process meeting, Lilongwe, 2016" },
    { text: "The Caspian Return Dialogue met twice. Its last senior officials' meeting took place in 2018 in Baku.", title: "Caspian Return Dialogue", event: "Caspian Return Dialogue meeting, Baku, 2018" },
    // A plan adopted at the meeting is named before it, and does not hold it.
    { text: "The Tasman Labour Dialogue meets every two years. Its Auckland Action Plan, adopted at the previous ministerial conference, held in Auckland in 2019, runs to 2024.", title: "Tasman Labour Dialogue", event: "Tasman Labour Dialogue meeting, Auckland, 2019" },
  ],
  negative: [
    // No city: the year alone does not tell which meeting it was.
    { text: "The Tasman Labour Dialogue adopted a new plan in 2023. It replaces the plan adopted at the previous ministerial conference in 2019.", title: "Tasman Labour Dialogue", event: "Tasman Labour Dialogue 2019" },
    // Still to come.
    { text: "The Volta Mobility Process links four states. A ministerial conference in Accra in 2027 is planned.", title: "Volta Mobility Process", event: "Volta Mobility Process 2027" },
    // Used as a date.
    { text: "The Pampas Return Dialogue was set up in 2010. Since the ministerial meeting in Buenos Aires in 2015, Chile has led its work on data.", title: "Page", event: "Pampas Return Dialogue 2015" },
    // Another body holds it.
    { text: "The Zambezi Labour Process was founded by Zambia and Malawi. UNHCR held a workshop in Lusaka in 2017 on asylum law.", title: "Page", event: "Zambezi Labour Process 2017" },
    // A body that presents something at it may hold it itself.
    { text: "The Volta Mobility Process links four states. UNDP presented the Volta Skills Plan at a workshop held in Accra in 2018.", title: "Volta Mobility Process", event: "Volta Mobility Process 2018" },
    // A span of years is no meeting's year.
    { text: "The Caspian Return Dialogue met twice. A technical workshop ran in Baku in 2018-2019.", title: "Caspian Return Dialogue", event: "Caspian Return Dialogue 2018" },
  ],
};

const CITY = String.raw`([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2})`;
/** "…, Georgia," after the city: its country, skipped. */
const COUNTRY_AFTER = String.raw`(?:,\s*(?:the\s+)?[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2},?)?`;
const YEAR = String.raw`((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`;
/** What may stand between the phrase and its place: a comma, a relative, a verb of meeting in the past. */
const LEAD = String.raw`^[\s,]*(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:(?:held|convened|organised|organized)\s+|took\s+place\s+|met\s+)?`;
const CITY_THEN_YEAR = new RegExp(String.raw`${LEAD}(?:in|at)\s+${CITY}${COUNTRY_AFTER}\s+in\s+${YEAR}`, "u");
const CITY_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:in|at)\s+${CITY}`, "u");
const YEAR_THEN_CITY = new RegExp(String.raw`${LEAD}in\s+${YEAR},?\s+(?:in|at)\s+${CITY}`, "u");

/** The clause after a meeting's phrase (which ends at `end`), up to a sentence's end, a semicolon or a line break. */
export function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + 110);
  const stop = window.search(/[.;!?](?:\s|$)|\n/);
  return stop < 0 ? window : window.slice(0, stop);
}

/** The year and known city a meeting's phrase is followed by ("…, held in Marrakesh in 2018"), else null. */
export function venueAndYearAfter(text: string, end: number, cities: ReadonlyMap<string, string>): { year: number; occasion: Occasion } | null {
  const clause = clauseAfter(text, end);
  const cityFirst = CITY_THEN_YEAR.exec(clause);
  const yearFirst = cityFirst ? null : YEAR_THEN_CITY.exec(clause);
  const place = cityFirst?.[1] ?? yearFirst?.[2];
  const year = cityFirst?.[2] ?? yearFirst?.[1];
  if (!place || !year) return null;
  const city = knownCityName(place, cities);
  return city ? { year: Number(year), occasion: { city } } : null;
}

/** "The 2017 ministerial meeting in Niamey", "On 4 May 2021, a technical meeting in Lomé": a known city right after the phrase. */
export function cityRightAfter(text: string, end: number, cities: ReadonlyMap<string, string>): string | undefined {
  // Within its clause, so a city that ends the sentence is read without the full stop ("… in Lusaka.").
  const m = CITY_RIGHT_AFTER.exec(clauseAfter(text, end).slice(0, 60));
  return m ? knownCityName(m[1]!, cities) : undefined;
}
