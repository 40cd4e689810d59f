import type { M } from "./mentionLists.js";
import { MONTH } from "./months.js";

/**
 * Where a meeting took place, read from the phrase right after its name: the project's convention is that the
 * country a meeting is held in hosted it, except for an agency's own meeting (patternRules.ts). The phrase may carry, in this order, the meeting's acronym in brackets,
 * a verb of taking place, dates, and then "in|at" the place: "the International Conference on Population and
 * Development (ICPD) in Cairo", "the Summit in 2006 in Montevideo, Uruguay", "the Regional Dialogue …, in Bangkok,
 * July 2010", "the XIII Conference met in Colombia", "the Forum (GFR) in Bangkok, Thailand, which ran from 20 to 23
 * May 2013". A place is a country named there, a city followed by its country, or a city the catalog places.
 */
export interface Venue {
  country: string;
  /** Where the place is written (a country mention, or the city). */
  at: number;
  /** A year the phrase states for the meeting, if any. */
  year: number | null;
  /** Whether a verb of taking place follows the name as its predicate ("was held in", "met in"; not ", held in"). */
  verb: boolean;
  /** Whether the text says who hosted it ("hosted by the Government of X"), not only where it was held. */
  statedHost: boolean;
}

/** "in 2006", "on 4 and 5 November 2009", "from 20 to 23 May 2013", "in July 2010", "(July 2007)". */
const DATE = `(?:\\d{1,2}(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?\\s+)?(?:${MONTH}\\s+)?(?:(?:19|20)\\d{2})`;
const DATE_ADJUNCT = `(?:\\s*,?\\s*(?:(?:in|on|from)\\s+${DATE}|\\(${DATE}\\)))`;
const TAKES_PLACE = "(?:\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|is|has been)\\s+)?(?:(?:jointly\\s+)?(?:held|hosted|convened|organi[sz]ed)|took place|takes place|met|meets|ran|opened))";
/** The bodies that organized it, between the verb and the place: "organized by IFAD and the AfDB in Tunis". */
const AGENTS = "(?:\\s+by\\s+(?:(?:the|and|of|[A-Z][\\w.&'’-]*),?\\s+){1,8}?)";
/** Everything between the meeting's name and the place. */
const LEAD = new RegExp(`^(?:\\s+(?:19|20)\\d{2}\\b)?(?:\\s*\\([A-Za-z.\\s&-]{2,15}\\))?(${TAKES_PLACE}${AGENTS}?)?(${DATE_ADJUNCT}){0,2}\\s*,?\\s*(?:in|at)\\s+(?:the\\s+)?(?=[A-Z])`);
/** "the GFMD 2012, hosted by Mauritius", "convened by the Government of Mexico". */
const HOSTED_BY = /^(?:\s*\([A-Za-z.\s&-]{2,15}\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:(?:jointly\s+|co-)?(?:hosted|organi[sz]ed|convened))\s+by\s+(?:the\s+)?(?:Governments?\s+of\s+)?(?:the\s+)?(?=[A-Z])/;
/** A place name: up to three capitalised words ("Cartagena de Indias" is read by its first word only). */
const PLACE = /^[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,2}/u;
/** The dates after the place: "in Cuenca, Ecuador, in 2008", "in Bangkok, July 2010", "…, which ran from 20 to 23 May 2013". */
const TRAIL = new RegExp(`^\\s*,?\\s*(?:(?:which|that)\\s+(?:ran|took place|was held|met)\\s+)?(?:(?:in|on|from)\\s+)?${DATE}`);
const YEAR = /(?:19|20)\d{2}/;

export function meetingVenue(text: string, meeting: M, ms: readonly M[], cities: ReadonlyMap<string, string> | undefined): Venue | null {
  const after = text.slice(meeting.end, meeting.end + 140);
  const by = HOSTED_BY.exec(after);
  const host = by ? ms.find((m) => m.kind === "COUNTRY" && m.via !== "coref" && m.start === meeting.end + by[0].length) : undefined;
  if (host) return { country: host.id, at: host.start, year: yearOf("", text.slice(host.end)), verb: !/^\s*,/.test(by![0]), statedHost: true };
  const lead = LEAD.exec(after);
  if (!lead) return null;
  const at = meeting.end + lead[0].length;
  const mentionAt = ms.find((m) => m.start === at && m.via !== "coref");
  let country: M | undefined;
  let placeEnd: number;
  if (mentionAt) {
    // "at the ILO", "in the GFMD": a body named there is no place.
    if (mentionAt.kind !== "COUNTRY") return null;
    country = mentionAt;
    placeEnd = mentionAt.end;
  } else {
    const place = PLACE.exec(text.slice(at));
    if (!place) return null;
    placeEnd = at + place[0].length;
    // A name other than a country's starts inside the place words: "in Geneva Migration Group meetings".
    if (ms.some((m) => m.start >= at && m.start < placeEnd && m.kind !== "COUNTRY")) return null;
    // "in Cuenca, Ecuador": a city followed by its country.
    const next = ms.find((m) => m.kind === "COUNTRY" && m.via !== "coref" && m.start > at && /^\s*,\s*$/.test(text.slice(placeEnd, m.start)));
    const cityCountry = knownCity(place[0], cities);
    // "At the GFMD 2014 in Stockholm, Kenya presented …": a country after a known city of another country opens the next clause.
    if (next && (!cityCountry || cityCountry === next.id)) {
      country = next;
      placeEnd = next.end;
    } else if (cityCountry) {
      return { country: cityCountry, at, year: yearOf(lead[0], text.slice(placeEnd)), verb: predicate(lead[1]), statedHost: false };
    } else return null;
  }
  return { country: country.id, at: country.start, year: yearOf(lead[0], text.slice(placeEnd)), verb: predicate(lead[1]), statedHost: false };
}

const predicate = (verb: string | undefined) => verb !== undefined && !/^\s*,/.test(verb);

/** The longest opening of the place words that the catalog places: "New York City" is New York. */
export function knownCity(place: string, cities: ReadonlyMap<string, string> | undefined): string | undefined {
  const name = knownCityName(place, cities);
  return name === undefined ? undefined : cities!.get(name);
}

/** The city name that knownCity finds, as the catalog spells it. */
export function knownCityName(place: string, cities: ReadonlyMap<string, string> | undefined): string | undefined {
  const words = place.split(/\s+/);
  for (let k = words.length; k > 0; k--) {
    const name = words.slice(0, k).join(" ");
    if (cities?.has(name)) return name;
  }
  return undefined;
}

function yearOf(lead: string, rest: string): number | null {
  const y = YEAR.exec(lead)?.[0] ?? (TRAIL.exec(rest) ? YEAR.exec(TRAIL.exec(rest)![0])?.[0] : undefined);
  return y ? Number(y) : null;
}

/** Sentences the venue reading must get right ([sourceId, targetId] of HOSTED); test/unit/meetingVenue.test.ts runs them. */
export const MEETING_VENUE_EXAMPLES: { positive: Array<{ text: string; expect: [string, string] }>; negative: Array<{ text: string; expect: [string, string] }> } = {
  positive: [
    { text: "The GFMD 2012 in Port Louis closed with a call for data.", expect: ["ctry:mu", "forum:gfmd-2012"] },
    { text: "The study was discussed at the Global Forum on Migration and Development (GFMD) in Port Louis, Mauritius, which ran from 21 to 22 November 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
    { text: "Ministers met at the GFMD 2010, held in 2010 in Puerto Vallarta, Mexico, to discuss partnerships.", expect: ["ctry:mx", "forum:gfmd-2010"] },
    { text: "The report was presented at the GFMD 2009, organized by the Government and IOM in Athens.", expect: ["ctry:gr", "forum:gfmd-2009"] },
    // A state among the conveners may still be the host.
    { text: "The study was launched at the GFMD 2016, organised by the OECD and the Government of Bangladesh in Dhaka.", expect: ["ctry:bd", "forum:gfmd-2016"] },
    { text: "The GFMD 2012 was hosted by the Government of Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] },
    // A state's ministry holding it holds it for the state.
    { text: "Ghana's Ministry of the Interior held the Regional Workshop on Coastal Statistics in Accra in 2009.", expect: ["ctry:gh", "forum:regional-workshop-on-coastal-statistics"] },
    // Held by no organization: the venue's country hosts a meeting that has a head of its own.
    { text: "The Regional Workshop on Coastal Statistics took place in Cairo in 2009.", expect: ["ctry:eg", "forum:regional-workshop-on-coastal-statistics"] },
    // An agency's own meeting is hosted by a country only when the text says so.
    { text: "The ILO Tripartite Meeting on Migrant Workers, hosted by the Government of Thailand, took place in 2010.", expect: ["ctry:th", "forum:ilo-tripartite-meeting-on-migrant-workers"] },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway. The CLP review meeting in Nairobi on 20 November 2019 was hosted by Kenya.", expect: ["ctry:ke", "forum:coastal-livelihoods-programme-2019"] },
    // A capital the bundled book never names (worldCities.ts).
    { text: "The 2019 ministerial conference of the Almaty Process was held in Bishkek.", expect: ["ctry:kg", "forum:almaty-process-2019"] },
  ],
  negative: [
    // A country after a city of another country opens the next clause: Sweden, not Kenya, hosted.
    { text: "At the GFMD 2014 in Stockholm, Kenya presented its diaspora policy.", expect: ["ctry:ke", "forum:gfmd-2014"] },
    // A meeting named inside another phrase: the workshop took place in Kenya.
    { text: "A workshop on the GFMD 2012 was held in Kenya.", expect: ["ctry:ke", "forum:gfmd-2012"] },
    // An organization convened it there: the venue's state is not said to host it.
    { text: "The GFMD 2016, convened by the OECD in Dhaka, weighed labour recruitment costs.", expect: ["ctry:bd", "forum:gfmd-2016"] },
    // A body at the place is no place.
    { text: "The GFMD 2012 at UNHCR headquarters closed early.", expect: ["ctry:ch", "forum:gfmd-2012"] },
    // A one-off meeting with a year is no series: no "Expert Meeting 2011" is made for a host.
    { text: "UNHCR convened an Expert Meeting on Coastal Rescue in Djibouti in November 2011.", expect: ["ctry:dj", "forum:expert-meeting-on-coastal-rescue-2011"] },
    // An agency's own meeting is held at its seat: Geneva is the venue, not a host.
    { text: "The UNCTAD Expert Meeting on Maximizing the Development Impact of Remittances was held in Geneva on 14 and 15 February 2011.", expect: ["ctry:ch", "forum:unctad-expert-meeting-on-maximizing-the-development-impact-of-remittances"] },
    // A meeting an organization holds is its own: the country it is held in is the venue, not a host.
    { text: "ESCWA also held the Regional Workshop on Coastal Statistics in Cairo in 2009.", expect: ["ctry:eg", "forum:regional-workshop-on-coastal-statistics"] },
    // A standing forum named with a place but no year: no meeting is known.
    { text: "IOM opened an office for the Global Forum on Remittances in Bangkok.", expect: ["ctry:th", "forum:gfr"] },
    // The part of a forum is where it met, not a meeting of the whole.
    { text: "ESCWA attended a Senior Officials' Meeting of the Abu Dhabi Dialogue in Dubai in January 2012.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue-2012"] },
    // A programme's meeting is held by its implementers: the venue's state hosts it only when the text says so.
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway. The CLP review meeting in Nairobi on 20 November 2019 gathered experts.", expect: ["ctry:ke", "forum:coastal-livelihoods-programme-2019"] },
    // A name several countries' cities bear places the meeting nowhere.
    { text: "The 2019 ministerial conference of the Almaty Process was held in Victoria.", expect: ["ctry:sc", "forum:almaty-process-2019"] },
  ],
};
