import { datelineYear } from "./dateline.js";
import type { NameRule } from "./NameRule.js";
import { meetingActYear, sentenceHeldYear } from "./meetingActYear.js";
import { MONTH } from "./months.js";
import { occasionAfter } from "./meetingOccasion.js";
import { dateAdjunctYear } from "./meetingDateAdjunct.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { relativeYear } from "./relativeYear.js";

/**
 * The year of a dated or numbered meeting read around its phrase (meetings.ts, DATED_MEETINGS): stated right after it
 * ("the Global Forum … 2009", "… was held in Geneva in December 2019", "… followed in December 2023"), the one year its
 * sentence opens on, the one year of a sentence that holds it (meetingActYear.ts), or its paragraph's dateline.
 */
/**
 * "… meeting held in 2009", "the GFMD … 2010": a year within a few words after a meeting's name; a participle clause of
 * host and venue may stand between ("…, hosted by Fiji in Port Moresby in 2013", seven words).
 */
export const YEAR_AFTER = /^[\s,(]*(?:(?:meeting|summit|held|hosted|in|at|of|by|the|was|were|is|[A-Z][\p{L}’'\-]+)[\s,(]+){0,7}((?:19|20)\d{2})\b/u;

/** A day or a span of days before a month: "9", "18 and 19", "6–7". */
const DAYS = "\\d{1,2}(?:\\s*(?:[-–]|and|to)\\s*\\d{1,2})?";
/** "… was held in Geneva in December 2019", "… took place in Khartoum on 18 and 19 May 2016", "… opened in Dakar in 2018": the verb of holding, a venue, and the date it took place. */
const HELD_YEAR = new RegExp(`^\\s+(?:(?:was|were)\\s+(?:held|convened|hosted)|met|opened|took\\s+place)\\s+(?:in|at)\\s+[A-Z][\\p{L}’'\\-]+(?:,?\\s+[A-Z][\\p{L}’'\\-]+){0,2},?\\s+(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b`, "u");
/** "the first meeting of the X on 9 May 2006": a full date right after the meeting (NUMBERED_MEETING_DATE). */
const DATE_AFTER = new RegExp(`^,?\\s+(?:(?:was\\s+)?(?:held|convened)\\s+)?on\\s+${DAYS}\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "u");

/** "… followed in December 2023", "… opened on 5 May 2016": a verb of taking place and its date, no venue between. */
const DATED_CLAUSE = new RegExp(`^,?\\s+(?:(?:was|were)\\s+(?:held|convened|opened)|followed|opened|met|convened|took\\s+place)\\s+(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`, "u");

/**
 * ", a ministerial consultation of Pacific states held in …": an apposition that says the meeting's kind and that the
 * states sat in it describes the same meeting, so the date after it is still its own (STATES_APPOSITION_YEAR). Who else
 * sits ("a meeting of trade unions") describes another gathering; only a participle of holding may follow.
 */
const STATES_APPOSITION = new RegExp(String.raw`^,\s+an?\s+(?:[\p{L}'’-]+\s+){0,2}(?:${ONE_OFF_NOUNS.join("|")})\s+of\s+(?:(?!(?:from|of|in|with|and|for|by|donor|host|observer|non-member)\s)[\p{L}'’-]+\s+){0,3}(?:countries|states|governments)(?:\s+of\s+(?:origin|destination|transit))?(?=\s+(?:held|convened)\s)`, "u");

/** The year of a numbered meeting stated right after it (YEAR_AFTER, DATE_AFTER, HELD_YEAR, DATED_CLAUSE), or null. */
export function yearAfter(text: string, end: number): number | null {
  end += STATES_APPOSITION.exec(text.slice(end, end + 100))?.[0].length ?? 0;
  const after = text.slice(end, end + 80);
  return Number(YEAR_AFTER.exec(after.slice(0, 50))?.[1] ?? DATE_AFTER.exec(after)?.[1] ?? HELD_YEAR.exec(after)?.[1] ?? DATED_CLAUSE.exec(after)?.[1] ?? 0) || meetingActYear(text.slice(end, end + 180));
}

/** "In 2008, building on …, the sixty-first X adopted …": a sentence that opens on its one year dates its meeting. */
const FRONTED_YEAR = new RegExp(`^(?:In|During)\\s+(?:${MONTH}\\s+)?((?:19|20)\\d{2})\\b`);
export function yearFronted(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 300), start);
  const paragraph = before.lastIndexOf("\n\n");
  const ends = [...before.matchAll(/[.!?;]["”’)]?\s+/g)].map((m) => m.index! + m[0].length);
  const cut = Math.max(paragraph < 0 ? 0 : paragraph + 2, ...ends);
  const sentence = before.slice(cut).trimStart();
  const fronted = FRONTED_YEAR.exec(sentence);
  if (!fronted || (sentence.match(/\b(?:19|20)\d{2}\b/g) ?? []).length !== 1) return null;
  return Number(fronted[1]);
}

/** A paragraph's dateline ("Caracas, 2007.", dateline.ts) dates its numbered meetings when it states no other year. */
const yearOfDateline = (text: string): number | null => (new Set(text.match(/\b(?:19|20)\d{2}\b/g)).size === 1 ? datelineYear(text) : null);

/**
 * OCCASION_YEAR: the year of the day or month a numbered meeting's own clause says it was held ("…, a technical meeting,
 * ran in Lomé from 3 to 4 May 2016", "… took place in the port city of Tema on 5 May 2016"), read as a meeting's
 * occasion is (meetingOccasion.ts), where no other reading dated it.
 */
export const OCCASION_YEAR: NameRule = {
  id: "occasion-year",
  what: "A numbered meeting whose own clause, past an apposition that says its kind (', a technical meeting,'), holds it at a place on a day or in a month ('ran in Suva from 3 to 5 May 2016') is that year's meeting of its series; an apposition with a complement of its own (', a meeting of trade unions,') is another description, and the date after it is not read; one whose complement is the states that sat (', a ministerial consultation of Pacific states held in …') is the same meeting.",
  words: ["ran", "took place", "held", "met"],
  positive: [
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. The 12th CSLD conference, a technical meeting, ran in Suva from 3 to 5 May 2016.", name: "CSLD 2016", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2016 },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. The 9th CSLD conference, a two-day meeting, took place in the Samoan capital, Apia, on 4 and 5 June 2013.", name: "CSLD 2013", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2013 },
    // An apposition of kind and sitting states (STATES_APPOSITION_YEAR): the same meeting, dated after it.
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its third CSLD conference, a ministerial consultation of island states held in Apia in 2012, agreed a visa scheme.", name: "CSLD 2012", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2012 },
  ],
  negative: [
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. The 12th CSLD conference, a meeting of trade unions, ran in Suva from 3 to 5 May 2016.", name: "CSLD 2016" },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. The 12th CSLD conference, a technical meeting, had been planned for May 2016.", name: "CSLD 2016" },
    { text: "The Coral Sea Labour Dialogue (CSLD) grew out of its first meeting, a consultation of trade unions held in Suva in 2009.", name: "CSLD 2009" },
    { text: "The Coral Sea Labour Dialogue (CSLD) grew out of its first meeting, a consultation of unions from member states held in Suva in 2009.", name: "CSLD 2009" },
  ],
};
const NO_CITIES: ReadonlyMap<string, string> = new Map();
// Not a row's label: "1st meeting: Accra, 20 March 2017" keeps the reading of rows, which key numbered meetings by their
// number (meetingOccasions.ts), so that two sittings listed on one day stay two.
const ROW_LABEL = /^\s*:/;
const occasionYear = (text: string, end: number): number | null =>
  ROW_LABEL.test(text.slice(end, end + 4)) ? null : Number(occasionAfter(text, end, NO_CITIES).date?.slice(0, 4) ?? 0) || null;

/** The year of a numbered meeting: stated right after it, the one year its sentence opens on, the one year of a sentence that holds it (meetingActYear.ts) or of a date adjunct of its own verb (meetingDateAdjunct.ts), its paragraph's dateline, the date its own clause holds it on, or a year told relative to the sentence before (relativeYear.ts). */
export const yearOf = (text: string, start: number, end: number) => yearAfter(text, end) ?? yearFronted(text, start) ?? sentenceHeldYear(text, start, end) ?? dateAdjunctYear(text, start, end) ?? yearOfDateline(text) ?? occasionYear(text, end) ?? relativeYear(text, start, end);
