import type { NameRule } from "./NameRule.js";
import { DAYS, VENUE } from "./meetingActYear.js";
import { MONTH } from "./months.js";
import { sentenceAround } from "./sentenceAround.js";
import { statedYears } from "./statedYears.js";

/**
 * A numbered meeting dated by an adjunct of the same verb, where the sentence-year reader (meetingActYear.ts) stops at
 * a comma or finds no verb of holding: "adopted in Lima on 4 May 1962, at the Ninth Conference", "announced in
 * December 2019 at the first Summit in Oslo", "The fifth conference, LAC-V, met in Quito and adopted the charter on
 * 2 June 1994". The date stands right before "at the <meeting>", or the meeting opens the sentence, an apposition naming
 * it aside, as the subject of a verb of meeting: its one stated year is the meeting's.
 * A one-off meeting (oneOffMeeting.ts) is also held by a venue and date right before "for the <meeting>": "Ministers
 * met in Accra on 4 May 2016 for the Conference on X", "Delegations travelled to Lomé on 2 July 2021 for the Y". Not a
 * numbered one: a meeting of a series is keyed by the series and the year (meetingEvent.ts), so "back to Suva on 3 May
 * 2016 for a second meeting" would fold the second sitting of that year into the first.
 */
export const DATE_ADJUNCT_YEAR: NameRule = {
  id: "date-adjunct-year",
  what: "A numbered meeting whose sentence states one year, in a date right before 'at the <meeting>' (comma or not), or after the meeting as subject (with an apposition aside) of a verb of meeting, is that year's meeting of its series.",
  words: ["at", "during", "met", "convened", "took place"],
  positive: [
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The charter on fishing crews was adopted in Lomé on 4 May 2014, at the Third Coastal Dialogue on Fisheries, which Togo chaired.", name: "CDF 2014", kind: "FORUM", year: 2014 },
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The new fund was announced in June 2016 at the Fourth Coastal Dialogue on Fisheries in Accra.", name: "CDF 2016", kind: "FORUM", year: 2016 },
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The Sixth Coastal Dialogue on Fisheries, CDF-VI, met in Kara and adopted the port charter on 2 June 2018; Togo hosted it.", name: "CDF 2018", kind: "FORUM", year: 2018 },
  ],
  negative: [
    // A period's bound before the meeting dates no meeting.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The fund has run since 2014, at the request of the Third Coastal Dialogue on Fisheries.", name: "CDF 2014" },
    // A date the meeting was asked for on is no holding of it.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. Ghana asked on 8 October 2016 for a Fifth Coastal Dialogue on Fisheries.", name: "CDF 2016" },
    // A subject that does not meet: the date is of what it did, not of a sitting.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The Sixth Coastal Dialogue on Fisheries, CDF-VI, recalled the charter signed on 2 June 2010.", name: "CDF 2010" },
  ],
};

const DATE = `(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?(?:19|20)\\d{2}`;
/** "… on 4 May 2014, at the ", "… in June 2016 at the ": the date right before the meeting it took place at. */
const DATE_AT = new RegExp(`\\b${DATE},?\\s+(?:at|during)\\s+(?:the|its)\\s+$`, "u");
/** "… in Accra on 4 May 2016 for the ", "… to Lomé on 2 July 2021 for the ": a venue and date right before the meeting they were for. */
const VENUE_DATE_FOR = new RegExp(`\\b(?:to|in)\\s+${VENUE}\\s+${DATE}\\s+for\\s+the\\s+$`, "u");
/** ", CDF-VI, met in Kara and adopted the charter on ": the meeting, a short apposition aside, as subject of a verb of meeting. */
const SUBJECT_MEETS = /^(?:,\s*[^,;()]{1,40},)?\s+(?:met|convened|sat|(?:was|were)\s+(?:held|convened)|took\s+place)\b[^,;()]*$/u;

/** The year of a numbered meeting at [start, end) read from a date adjunct of its own verb (DATE_ADJUNCT_YEAR), or null. */
export function dateAdjunctYear(text: string, start: number, end: number): number | null {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  const all = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)];
  if (all.length !== 1 || statedYears(sentence).size !== 1) return null;
  const at = from + all[0]!.index!;
  const year = Number(all[0]![0]);
  if (at < start) return DATE_AT.test(text.slice(from, start)) ? year : null;
  return at >= end && /^\s*(?:the\s+)?$/i.test(text.slice(from, start)) && SUBJECT_MEETS.test(text.slice(end, at)) ? year : null;
}

/**
 * Whether the words of a sentence before a one-off meeting's name hold it at a date: "… on 4 May 2014, at the ",
 * "… in Accra on 4 May 2016 for the " (DATED_ONE_OFF_MEETINGS reads the sentence's one year then).
 */
export const oneOffDatedBefore = (before: string): boolean => DATE_AT.test(before) || VENUE_DATE_FOR.test(before);
