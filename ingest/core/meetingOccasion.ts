import { MONTH, MONTH_NAMES, isoDate } from "./months.js";
import { headWord } from "./headKind.js";
import { MEETING_NOUN_ROWS, ONE_OFF_NOUNS, capitalised } from "./meetingNouns.js";
import { knownCityName } from "./meetingVenue.js";

const ONE_OFF_HEADS = new Set(ONE_OFF_NOUNS);

export type { Occasion } from "./Occasion.js";
import type { Occasion } from "./Occasion.js";

const MONTHS = MONTH_NAMES.split("|");
const DAYS = String.raw`(\d{1,2})(?:\s*(?:[-–]|and|to)\s*\d{1,2})?`;
/** A date: "13 November 2017", "12-13 October 2006", "18 and 19 May 2016", "November 2017". */
const DATE = String.raw`(?:${DAYS}\s+)?(${MONTH}),?\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`;
/** A row that opens on its date: "12 March 2021 - first meeting, Djibouti". */
const ROW_DATE = new RegExp(String.raw`^[-–•*]?\s*${DATE}\s*[-–—:|]\s`, "u");
/**
 * A venue told by the kind of place it is before its name ("in the Chilean port city of Valparaíso", "in the resort town
 * of Sochi", "in the Kenyan capital, Nairobi"): one link, so its words do not use up the reach to the date.
 */
const VENUE_NOUNS = ["city", "town", "capital", "port", "village", "resort"];
const PLACE_DESCRIBED = String.raw`the\s+(?:[A-Z][\p{L}'’.-]+\s+)?(?:[a-z]+\s+){0,2}(?:${VENUE_NOUNS.join("|")})(?:\s+of)?`;
/** Words that may stand between a meeting's phrase and its date: a verb of taking place, prepositions, a place. */
/** "in early June 2021": a part of the month still dates the meeting to it. */
const LINK = String.raw`(?:${PLACE_DESCRIBED}|held|was|were|is|took|takes|place|followed|met|meets|ran|runs|opened|opens|convened|which|that|on|in|at|of|from|today|early|late|the|[A-Z][\p{L}'’.-]+)`;
const DATE_AFTER = new RegExp(String.raw`^[\s,(:–-]*((?:${LINK}[\s,(]+){0,8}?)${DATE}`, "u");
/**
 * ", a closed sitting," right after a meeting's phrase says what kind of sitting it was; the verb and date after it
 * are still the meeting's own ("The 12th forum, a two-day sitting, opened in Lomé on 3 May 2016"). A kind with
 * a complement ("…, a meeting of NGO leaders, …") is another gathering's description and is not skipped.
 */
const KIND_APPOSITION = new RegExp(String.raw`^,\s+an?\s+(?:[\p{L}'’-]+\s+){0,2}(?:${ONE_OFF_NOUNS.join("|")})\s*(?=,)`, "u");
/**
 * A capitalised meeting noun heading a run among the linking words ("…, the Lagoon Donors Conference in Suva on …"):
 * another meeting is named between the phrase and the date, so the date and place are that meeting's. A noun inside
 * a venue's name ("the Harbour Conference Centre") does not head its run.
 */
const OTHER_MEETING = new RegExp(String.raw`\b(?:${MEETING_NOUN_ROWS.map((n) => `${capitalised(n.noun)}|${capitalised(n.plural)}`).join("|")})(?![\p{L}'’-]|\s+[A-Z])`, "u");
/** "…, 24 July 2017, in Tunis": a city right after the date. */
const CITY_AFTER_DATE = /^[\s,)]*(?:(?:hosted|held|convened)\s+)?(?:in|at)\s+([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2})/u;
/** "Bern, 13 November 2017 - ", "Colombo, 25 August 2016. ": a place and a full date opening a paragraph. */
const DATELINE = new RegExp(String.raw`^((?!The\s)[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2}),\s+${DATE}\s*[-–—.:]\s`, "u");


/** The first capitalised run holding a city the catalog places, from any of its words ("Addis Ababa", "New York"). */
function cityIn(words: string, cities: ReadonlyMap<string, string>): string | undefined {
  for (const run of words.match(/[A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*)*/gu) ?? []) {
    // "Lomé III": a city with a numeral names a series' sitting (cityNumeralSittings.ts), not the place it met in.
    if (/\s[IVX]{1,5}$/.test(run)) continue;
    const w = run.split(/\s+/);
    for (let from = 0; from < w.length; from++) {
      const city = knownCityName(w.slice(from).join(" "), cities);
      if (city) return city;
    }
  }
  return undefined;
}

/** The date and city stated right after a meeting's phrase, which ends at `end`; none when its clause names no date. */
export function occasionAfter(text: string, end: number, cities: ReadonlyMap<string, string>): Occasion {
  const apposition = KIND_APPOSITION.exec(text.slice(end, end + 60))?.[0].length ?? 0;
  const window = text.slice(end + apposition, end + apposition + 110);
  // The clause stops at a sentence's end or a semicolon, so a later sentence's date is not the meeting's.
  const stop = window.search(/[.;!?](?:\s|$)|\n/);
  const clause = stop < 0 ? window : window.slice(0, stop);
  const m = DATE_AFTER.exec(clause);
  if (!m || OTHER_MEETING.test(m[1]!)) return {};
  const date = isoDate(m[2], m[3]!, m[4]!);
  const city = cityIn(m[1]!, cities) ?? cityIn(CITY_AFTER_DATE.exec(clause.slice(m[0].length))?.[1] ?? "", cities);
  return { date, ...(city ? { city } : {}) };
}

/**
 * A paragraph's dateline dates a meeting its first sentence names without a date of its own ("Bern, 13 November 2017 -
 * Ministers are gathered … today for the third meeting of the X"); a later sentence may tell of another meeting.
 */
export function datelineOccasion(paragraph: string, start: number, cities: ReadonlyMap<string, string>): Occasion {
  const m = DATELINE.exec(paragraph);
  if (!m) return {};
  const firstEnd = paragraph.slice(m[0].length).search(/[.!?](?:\s|$)/);
  if (firstEnd >= 0 && start > m[0].length + firstEnd) return {};
  // A wire dateline writes its place in capitals ("LAGOS, 14 June 2018 -"); the catalog of cities spells it in title case.
  const city = cityIn(m[1]!.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase()), cities);
  return { date: isoDate(m[2], m[3]!, m[4]!), ...(city ? { city } : {}) };
}

/** The meeting's number from its natural key ("3 meeting", "12 ministerial conference"), if it has one. */
export const ordinalOfKey = (key: string | undefined): number | undefined => {
  const n = key ? /^(\d{1,3}) \S/.exec(key)?.[1] : undefined;
  return n ? Number(n) : undefined;
};

const DAY_MONTH = (date: string) => {
  const [y, mo, d] = date.split("-");
  return `${d ? `${Number(d)} ` : ""}${MONTHS[Number(mo) - 1]} ${y}`;
};

/**
 * The names a meeting of a series goes by once its occasion is known: "X meeting, Bern, 13 November 2017" (as a
 * chronology writes it), "X meeting, 13 November 2017", and with its number, "X 2017 meeting 3"; a name headed by a
 * meeting noun also goes as "X Conference, Bern, 13 November 2017".
 */
export function occasionNames(series: string, year: number | null | undefined, noun: string, o: Occasion): string[] {
  const names: string[] = [];
  if (o.date) names.push(o.city ? `${series} meeting, ${o.city}, ${DAY_MONTH(o.date)}` : `${series} meeting, ${DAY_MONTH(o.date)}`);
  if (o.ordinal && year) names.push(`${series} ${year} ${noun} ${o.ordinal}`);
  if (!o.date && o.city && year) names.push(`${series} meeting, ${o.city}, ${year}`);
  // A name that is itself a meeting's ("Oslo Conference on X") is written with its occasion and no further noun.
  if (o.date && ONE_OFF_HEADS.has(headWord(series)?.toLowerCase() ?? "")) names.push(o.city ? `${series}, ${o.city}, ${DAY_MONTH(o.date)}` : `${series}, ${DAY_MONTH(o.date)}`);
  return names;
}

/**
 * A series' meeting's day, number and city: stated right after its phrase, else by the row it opens or its paragraph's
 * dateline; a date of another year than the meeting's is none of it. Null when nothing tells it from another.
 */
export function meetingOccasion(text: string, at: { start: number; end: number }, d: { year?: number | null; ordinal?: string }, series: string, cities: ReadonlyMap<string, string>): Occasion | null {
  const after = occasionAfter(text, at.end, cities);
  const row = after.date ? null : rowOccasion(text, at.start);
  const stated = after.date ? after : row ? { ...row, ...cityRightAfter(text, at.end, cities) } : datelineOccasion(text, at.start, cities);
  if (stated.date && d.year && !stated.date.startsWith(String(d.year))) delete stated.date;
  const ordinal = ordinalOfKey(d.ordinal);
  const o: Occasion = { ...stated, ...(ordinal ? { ordinal, kind: d.ordinal } : {}) };
  if (!o.date && !o.ordinal && !o.city) return null;
  return { ...o, series };
}

/** "12 March 2021 - first meeting, Djibouti, hosted by …": the city set off right after the meeting on its row. */
function cityRightAfter(text: string, end: number, cities: ReadonlyMap<string, string>): Occasion {
  const m = /^\s*[,:(]\s*([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2})/u.exec(text.slice(end, end + 60));
  const city = m ? cityIn(m[1]!, cities) : undefined;
  return city ? { city } : {};
}

/** The date a row of a chronology opens on, when the meeting is named on that row ("12 March 2021 - first meeting, …"). */
function rowOccasion(text: string, start: number): Occasion | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const m = ROW_DATE.exec(text.slice(lineStart, start + 1));
  return m ? { date: isoDate(m[1], m[2]!, m[3]!) } : null;
}

/**
 * Examples for OTHER_MEETING (test/unit/meetingOccasionOther.test.ts): `names` must be a name of the meeting `id`,
 * `notNames` must be none of its names.
 */
export const OTHER_MEETING_EXAMPLES = {
  positive: [
    { text: "Harbour news\n\nThe 2017 Harbour Relief Summit was held in Suva on 20 March 2017.", id: "forum:harbour-relief-summit-2017", names: ["Harbour Relief Summit meeting, Suva, 20 March 2017"] },
    // The place's own description between the meeting and its date names no other meeting.
    { text: "Harbour news\n\nThe 2017 Harbour Relief Summit took place in the port city of Suva on 20 March 2017.", id: "forum:harbour-relief-summit-2017", names: ["Harbour Relief Summit meeting, Suva, 20 March 2017"] },
  ],
  negative: [
    // Another meeting named between: the date and place are that meeting's.
    { text: "Harbour news\n\nMinisters met at the 2017 Harbour Relief Summit, the Lagoon Donors Conference in Suva on 20 March 2017 and the Reef Forum.", id: "forum:harbour-relief-summit-2017", notNames: ["Harbour Relief Summit meeting, Suva, 20 March 2017", "Harbour Relief Summit, Suva, 20 March 2017"] },
  ],
};
