import { knownCityName } from "./meetingVenue.js";
import { capitalised, MEETING_NOUN_ROWS } from "./meetingNouns.js";
import type { PageTripleExamples } from "./TripleExamples.js";

/**
 * PLACE_YEAR_SITTING: on a page or in a section that goes through a series' sittings one by one ("The conferences, one
 * by one", "The meetings", "World Population Conferences: meeting by meeting"), a heading or a row's opening words that
 * give only a city and a year ("Copenhagen, 2009.", "2009, Bangkok.", "Rome, 1954") name that year's sitting of the
 * page's series, held in that city. The row is read as a meeting heading with the listing's noun (meetingHeading.ts),
 * so the sentences after it speak of that sitting ("Denmark hosted it").
 * Left alone: a place and year where nothing lists sittings (a report's "Geneva, 2009" colophon); a sitting still to
 * come or that never met ("Beijing, 2020 (planned)"); a place with a day or month ("Accra, June 2021", "GENEVA, 12 May
 * 2015"), which is as often a dateline as a sitting; a place no list of cities knows; a span of years.
 */
export const PLACE_YEAR_SITTING: PageTripleExamples = {
  id: "place-year-sitting",
  positive: [
    { title: "The Tasman Mobility Conferences, host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe conferences, one by one\n\nCopenhagen, 2009. The Danish capital took the series for the first time. Denmark hosted it.", expect: ["HOSTED", "ctry:dk", "forum:tasman-mobility-conference-2009"] },
    { title: "Tasman Mobility Conference: host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe meetings\n\n2011, Gaborone. Officials met in southern Africa for two days. Botswana hosted it.", expect: ["HOSTED", "ctry:bw", "forum:tasman-mobility-conference-2011"] },
    { title: "The Tasman Mobility Conferences: meeting by meeting", text: "The Tasman Mobility Conference has met five times since 1954.\n\nRome, 1954\n\nResearchers met for ten days. Italy hosted it.", expect: ["HOSTED", "ctry:it", "forum:tasman-mobility-conference-1954"] },
    // A series the page names only through a later sitting of it, which the title names in the plural.
    { title: "The Tasman Mobility Conferences, host by host", text: "About the series\nResearchers and officials have met once a year since 2001.\n\nThe conferences, one by one\n\nCopenhagen, 2009. Denmark hosted it.\n\nBerlin, 2022. The 25th Tasman Mobility Conference took place in Berlin. Germany hosted it.", expect: ["HOSTED", "ctry:dk", "forum:tasman-mobility-conference-2009"] },
    { title: "Tasman Mobility Conference: host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe conferences, one by one\n\nMilan, 2014. The 2014 edition was a return.", expect: ["PART_OF", "forum:tasman-mobility-conference-2014", "forum:tasman-mobility-conference"] },
  ],
  negative: [
    // Nothing on the page lists sittings: a place and a year is no meeting.
    { title: "Tasman Mobility Conference", text: "The Tasman Mobility Conference has brought officials together once a year since 2001.\n\nCopenhagen, 2009. The Danish capital took part. Denmark hosted it.", expect: ["HOSTED", "ctry:dk", "forum:tasman-mobility-conference-2009"] },
    // A sitting that never met.
    { title: "Tasman Mobility Conference: host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe conferences, one by one\n\nBeijing, 2020 (planned). The conference was announced for Beijing, but the pandemic intervened. China hosted nothing.", expect: ["PART_OF", "forum:tasman-mobility-conference-2020", "forum:tasman-mobility-conference"] },
    // A place no list of cities knows.
    { title: "Tasman Mobility Conference: host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe conferences, one by one\n\nRiverside, 2009. Denmark hosted it.", expect: ["HOSTED", "ctry:dk", "forum:tasman-mobility-conference-2009"] },
    // A span of years is no sitting.
    { title: "Tasman Mobility Conference: host by host", text: "About the series\nThe Tasman Mobility Conference has brought officials together once a year since 2001.\n\nThe conferences, one by one\n\nCopenhagen, 2009-2011. Denmark chaired the series.", expect: ["PART_OF", "forum:tasman-mobility-conference-2009", "forum:tasman-mobility-conference"] },
  ],
};

/** The plural meeting nouns that list sittings one by one: series-only nouns ("forums", "processes") list bodies, not sittings. */
const SITTINGS = new Map(MEETING_NOUN_ROWS.filter((n) => n.names !== "series").map((n) => [n.plural, n.noun]));
const SITTINGS_WORD = new RegExp(`\\b(${[...SITTINGS.keys()].join("|")})\\b|\\b(${[...SITTINGS.values()].join("|")})\\s+by\\s+\\2\\b`, "i");

/** The meeting noun a heading or title lists sittings by ("The conferences, one by one" → "conference"), else null. */
export function sittingsNoun(label: string | null | undefined): string | null {
  const m = label ? SITTINGS_WORD.exec(label) : null;
  return m ? (m[1] ? SITTINGS.get(m[1].toLowerCase())! : m[2]!.toLowerCase()) : null;
}

const YEAR = /^(?:19|20)\d{2}$/;
/** A field naming where: a city, a hyphen-joined pair of cities ("Ottawa-Gatineau"), or a short capitalised region after one ("DC"). */
const REGION = /^[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?$/u;

/**
 * The heading label a place-and-year line stands for in a listing of `noun`s ("Copenhagen, 2009" → "Conference,
 * Copenhagen, 2009"), for meetingLine to read as a sitting of the page's series; null for any other line.
 */
export function placeYearLabel(line: string, cities: ReadonlyMap<string, string>, noun: string | null): string | null {
  if (!noun) return null;
  const text = line.trim().replace(/\.$/, "");
  if (text.length > 60 || /[()[\]]/.test(text)) return null;
  const fields = text.split(/\s*,\s*/);
  const years = fields.filter((f) => YEAR.test(f));
  if (fields.length < 2 || years.length !== 1 || !(YEAR.test(fields[0]!) || YEAR.test(fields.at(-1)!))) return null;
  const places = fields.filter((f) => !YEAR.test(f));
  const city = places[0]!;
  const known = (f: string) => knownCityName(f, cities) === f;
  if (!known(city) && !(city.includes("-") && known(city.split("-")[0]!))) return null;
  if (places.length > 2 || (places[1] !== undefined && !REGION.test(places[1]))) return null;
  return `${capitalised(noun)}, ${places.join(", ")}, ${years[0]}`;
}

const PLURAL_NOUNS = new RegExp(`\\b(${MEETING_NOUN_ROWS.map((n) => capitalised(n.plural)).join("|")})\\b`, "g");
const SINGULAR = new Map(MEETING_NOUN_ROWS.map((n) => [capitalised(n.plural), capitalised(n.noun)]));

/** A title with its capitalised meeting nouns in the singular ("International Metropolis Conferences" → "… Conference"), to find the series it names. */
export const singularSittings = (label: string): string => label.replace(PLURAL_NOUNS, (w) => SINGULAR.get(w)!);
