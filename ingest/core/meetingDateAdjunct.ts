import type { NameRule } from "./NameRule.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { DAYS, VENUE } from "./meetingActYear.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { MONTH } from "./months.js";
import { sentenceAround } from "./sentenceAround.js";
import { statedYears } from "./statedYears.js";

/*
 * A meeting's date written as an adjunct next to its name, not in a clause of its own: before the name, as the date of
 * the act done at it or of people gathering for it (DATE_ADJUNCT_YEAR, oneOffDatedBefore); after the name, as a
 * dateline or a citation gives it (DATED_ONE_OFF_ADJUNCTS, adjunctYear).
 */

/**
 * A numbered meeting dated by an adjunct of the verb whose act took place at it, where the sentence-year reader
 * (meetingActYear.ts) stops at a comma or finds no verb of holding. Two shapes: an act's verb (signed, adopted,
 * agreed …) with its date right before "at the <meeting>", a venue or a short object between them ("the accord was
 * signed at Kigali, in 1987, at the Third Summit"); or the meeting opening the sentence, an apposition aside, as
 * the subject of a verb of meeting whose clause ends on the date ("The Third Summit, hosted by Chad, convened twice
 * and ended on 3 May 1987"). The sentence's one stated year is then the meeting's. A date that belongs to another
 * event or to a clause of its own ("after the drought in 1987, at the", "which joined in 1987, at the") is none.
 * A one-off meeting (oneOffMeeting.ts) is also held by people gathering at a known place on a date right before "for
 * the <meeting>" ("the envoys assembled at Kigali in 1987 for the X"); a gift or payment to a country "in 1987 for
 * the X" holds nothing. Not a numbered one: a meeting of a series is keyed by the series and the year
 * (meetingEvent.ts), so a second sitting "for a second meeting" that year would fold into the first.
 */
export const DATE_ADJUNCT_YEAR: NameRule = {
  id: "date-adjunct-year",
  what: "A numbered meeting whose sentence states one year, in the date of an act's verb (adopted, signed, agreed …) right before 'at the <meeting>' (a venue or object between, comma or not, the verb in no relative or temporal clause), or after the meeting as subject (with an apposition aside) of a verb of meeting, is that year's meeting of its series.",
  words: ["at", "during", "met", "convened", "took place"],
  positive: [
    // An act's date before the meeting, its object between them, no comma.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. On its last day Benin and Togo signed the port charter on 9 November 2013 at the Fifth Coastal Dialogue on Fisheries.", name: "CDF 2013", kind: "FORUM", year: 2013 },
    // A venue and a month before the meeting, each set off by commas.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. Ministers agreed in Banjul, Gambia, in March 2020, at the Seventh Coastal Dialogue on Fisheries, to share their patrol boats.", name: "CDF 2020", kind: "FORUM", year: 2020 },
    // The meeting as subject of a verb of meeting, a participle phrase aside, the date at the end of its clause.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The Second Coastal Dialogue on Fisheries, chaired by Cameroon, sat for three days in Kribi and closed on 12 April 2005.", name: "CDF 2005", kind: "FORUM", year: 2005 },
  ],
  negative: [
    // A year in a name is no date of the act ("signed in"): a date pattern that took any year would read it.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. Ghana, Benin and Togo signed the Sea Charter 2013, at the Fifth Coastal Dialogue on Fisheries, after long talks.", name: "CDF 2013" },
    // A date of another event, with no act of the meeting's before it.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. After the storms in 2015, at the Fourth Coastal Dialogue on Fisheries, Benin called for aid.", name: "CDF 2015" },
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. Benin, which joined the dialogue in 2015, at the Fourth Coastal Dialogue on Fisheries offered a patrol boat.", name: "CDF 2015" },
    // An act in a relative clause: its date is the clause's, and the meeting belongs to the main verb.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The charter, which Togo signed in 2012, at the Fifth Coastal Dialogue on Fisheries gained two more parties.", name: "CDF 2012" },
    // A date the meeting was asked for on is no holding of it.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. Ghana asked on 8 October 2016 for a Fifth Coastal Dialogue on Fisheries.", name: "CDF 2016" },
    // A subject that does not meet: the date is of what it did, not of a sitting.
    { text: "The Coastal Dialogue on Fisheries (CDF) was set up in 2001. The Sixth Coastal Dialogue on Fisheries, CDF-VI, recalled the charter signed on 2 June 2010.", name: "CDF 2010" },
  ],
};

const DATE = `(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?(?:19|20)\\d{2}`;
/** Verbs of an act done at a meeting, whose date and "at the" phrase are both its adjuncts. */
const ACT = "(?:adopted|signed|announced|launched|agreed|approved|endorsed|pledged|unveiled|issued)";
/** The act's object between it and its date ("the port charter"): a short noun phrase, no clause in it. */
const OBJECT = "(?:the|an?|its|their)\\s+(?:(?!which\\b|who\\b|that\\b|after\\b|since\\b|before\\b|when\\b)[\\p{L}’'\\-]+\\s+){0,4}?[\\p{L}’'\\-]+";
/**
 * "… signed on 9 November 2013 at the ", "… agreed in Banjul, Gambia, in March 2020, at the ": the date of an act
 * right before the meeting it was done at. The act's verb stands right before the date (a venue may come between),
 * so a date that belongs to something else ("after the floods in 2014, at the") is no adjunct of it.
 */
const DATE_AT = new RegExp(`\\b${ACT}\\s+(?:${OBJECT}\\s+)?(?:(?:in|at)\\s+${VENUE},?\\s+)?${DATE},?\\s+(?:at|during)\\s+(?:the|its)\\s+$`, "u");
/** A clause still open before the act's verb: the verb is then that clause's ("Benin, which signed in 2015, at the"). */
const OPEN_CLAUSE = /\b(?:which|who|whom|whose|after|since|before|when|while|until)\b[^,;:]*$/i;
/** Verbs of people coming together somewhere: the clause whose verb one of them is holds the meeting it came for. */
const GATHER = "(?:met|gathered|convened|assembled|travel(?:l)?ed|came\\s+together)(?:\\s+(?:again|once\\s+more))?";
/** "… convened in Lomé in March 2019 for the ": people gathering at a venue on a date, right before the meeting. */
const VENUE_DATE_FOR = new RegExp(`\\b${GATHER}\\s+(?:to|in|at)\\s+(${VENUE}),?\\s+${DATE}\\s+for\\s+the\\s+$`, "u");
/** ", CDF-VI, met in Kara and adopted the charter on ": the meeting, a short apposition aside, as subject of a verb of meeting. */
const SUBJECT_MEETS = /^(?:,\s*[^,;()]{1,40},)?\s+(?:met|convened|sat|(?:was|were)\s+(?:held|convened)|took\s+place)\b[^,;()]*$/u;

/** Whether `before` ends in a date adjunct of an act done at the meeting that follows (DATE_AT, its verb in no open clause). */
function actDatedBefore(before: string): boolean {
  const m = DATE_AT.exec(before);
  return !!m && !OPEN_CLAUSE.test(before.slice(0, m.index));
}

/** The year of a numbered meeting at [start, end) read from a date adjunct of its own verb (DATE_ADJUNCT_YEAR), or null. */
export function dateAdjunctYear(text: string, start: number, end: number): number | null {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  const all = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)];
  if (all.length !== 1 || statedYears(sentence).size !== 1) return null;
  const at = from + all[0]!.index!;
  const year = Number(all[0]![0]);
  if (at < start) return actDatedBefore(text.slice(from, start)) ? year : null;
  return at >= end && /^\s*(?:the\s+)?$/i.test(text.slice(from, start)) && SUBJECT_MEETS.test(text.slice(end, at)) ? year : null;
}

/**
 * Whether the words of a sentence before a one-off meeting's name hold it at a date: an act dated right before "at
 * the" (DATE_AT), or people gathering at a known place (`isPlace`) on a date right before "for the" (VENUE_DATE_FOR);
 * DATED_ONE_OFF_MEETINGS reads the sentence's one year then. A grant paid "to Oxfam in 2017 for the" holds nothing.
 */
export function oneOffDatedBefore(before: string, isPlace: (words: string) => boolean): boolean {
  if (actDatedBefore(before)) return true;
  const venue = VENUE_DATE_FOR.exec(before)?.[1];
  return !!venue && (isPlace(venue) || isPlace(venue.split(",")[0]!.trim()));
}

/**
 * A one-off meeting's own date written right after its name, as a dateline or a citation gives it: "the Regional
 * Conference on X (Gafsa, 2018)", "the Workshop on Y (3 May 2011)", "the Summit on Z, Kigali, 12-13 May 2011,",
 * "the Symposium on W of March 2012", "at the Conference on V in Cotonou in 2011". Nothing stands between the name
 * and the date, so the date is the meeting's and not that of another act in the sentence; DATED_ONE_OFF_MEETINGS
 * (oneOffMeeting.ts) then reads the name as one meeting of that year. A name with an acronym in brackets after it
 * ("the X (ICLF), held in …") is left to the sitting readers: a name given its own acronym is often a standing
 * series or process whose one sitting the sentence dates.
 * Left alone: a meeting the sentence plans, proposes, postpones or calls for; a sentence that calls it annual or says
 * it meets (a series, read by the sitting readers); a span of years ("2011-2012"); a bracket that is no place
 * ("(UNHCR, 2018)", an acronym).
 */
export const DATED_ONE_OFF_ADJUNCTS: NameRule = {
  id: "dated-one-off-adjuncts",
  what: "A one-off meeting name followed at once by its own date — '(City, 2018)', '(3 May 2011)', ', City, 12-13 May 2011,', 'of March 2012', or 'in City in 2011' — is one meeting of that year, unless the sentence plans, proposes, postpones or calls for it, or calls it annual or says it meets; a name with an acronym in brackets after it is left to the sitting readers.",
  words: ONE_OFF_NOUNS,
  positive: [
    { text: "Ghana proposed a fishers' fund at the Coastal Consultation on Canoe Crews (Takoradi, 2013).", name: "Coastal Consultation on Canoe Crews", kind: "FORUM", year: 2013 },
    { text: "The Symposium on Reed Boat Builders (4 June 1999) adopted a short statement.", name: "Symposium on Reed Boat Builders", kind: "FORUM", year: 1999 },
    { text: "The Highland Summit on Yak Herders, Thimphu, 12-13 May 2011, closed with a plan.", name: "Highland Summit on Yak Herders", kind: "FORUM", year: 2011 },
    { text: "The pledges of the Workshop on Salt Pan Labour of March 2006 were kept.", name: "Workshop on Salt Pan Labour", kind: "FORUM", year: 2006 },
    { text: "At the Seminar on Oasis Schools in Tozeur in 2008, Tunisia presented its plan.", name: "Seminar on Oasis Schools", kind: "FORUM", year: 2008 },
  ],
  negative: [
    // Planned, proposed, postponed or called for: no meeting took place.
    { text: "Peru proposed a Symposium on Reed Boat Builders (Puno, 2027) to the other lake states.", name: "Symposium on Reed Boat Builders 2027" },
    { text: "The Highland Summit on Yak Herders, Thimphu, 12-13 May 2020, was postponed.", name: "Highland Summit on Yak Herders 2020" },
    { text: "Ministers called for a Workshop on Salt Pan Labour in Dakar in 2026.", name: "Workshop on Salt Pan Labour 2026" },
    // A series: the sentence says it meets every year.
    { text: "The Coastal Consultation on Canoe Crews (Takoradi, 2013) has met every year since then.", name: "Coastal Consultation on Canoe Crews 2013" },
    // A span of years, and a bracket that names a body, date no meeting.
    { text: "The Seminar on Oasis Schools (2008-2010) trained teachers in three states.", name: "Seminar on Oasis Schools 2008" },
    { text: "The Workshop on Salt Pan Labour (UNHCR, 2014) is a report on working hours.", name: "Workshop on Salt Pan Labour 2014" },
  ],
};

/** Days as a dateline after a name writes them ("3", "12-13", "3 and 4"); unlike meetingActYear.ts's DAYS, no "to". */
const AFTER_DAYS = String.raw`\d{1,2}(?:\s*(?:[-–]|and)\s*\d{1,2})?`;
const YEAR = String.raw`((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`;
/** A place word as a dateline writes it: capitalised, with lower-case letters (not an acronym such as "UNHCR"). */
const PLACE = String.raw`([A-Z][\p{Ll}'’.-]+(?:[ -](?:[A-Z][\p{Ll}'’.-]+|de|del|da|es|al|el))*)`;
/** "(Gafsa, 2018)", "(3 May 2011)", "(Gafsa, 3-4 May 2011)", "(2018)". */
const BRACKET = new RegExp(String.raw`^\s*\((?:${PLACE},\s*)?(?:(?:${AFTER_DAYS}\s+)?${MONTH}\s+)?${YEAR}\s*\)`, "u");
/** ", Kigali, 12-13 May 2011", ", 12 May 2011", ", Kigali, May 2011", ", Kigali, 2011": a place or a month must come with the year. */
const COMMA = new RegExp(String.raw`^\s*,\s*(?:(?:${PLACE},\s*(?:(?:${AFTER_DAYS}\s+)?${MONTH}\s+)?)|(?:(?:${AFTER_DAYS}\s+)?${MONTH}\s+))${YEAR}\s*(?:[,;.)]|$)`, "u");
/** "of March 2012", "of 12 May 2011", "of 2012". */
const OF_DATE = new RegExp(String.raw`^\s+of\s+(?:(?:${AFTER_DAYS}\s+)?${MONTH}\s+)?${YEAR}`, "u");
/** "in Cotonou in 2011", "in Cotonou on 3 May 2011", "at Gafsa in May 2018". */
const IN_PLACE = new RegExp(String.raw`^\s+(?:in|at)\s+${PLACE}\s+(?:in|on)\s+(?:(?:${AFTER_DAYS}\s+)?${MONTH}\s+)?${YEAR}`, "u");
/** A meeting still to come, hoped for, or one that did not take place. */
const NOT_HELD = HELD_MEETING_WORDS.notHeld;
/** One capitalised word after "in" that is a language or an assembly, not the meeting's venue ("in French", "in Parliament"). */
const NO_VENUE = /^(?:English|French|Spanish|Portuguese|Arabic|Russian|Chinese|German|Italian|Swahili|Parliament|Congress|Senate|Council|Assembly|Plenary|Committee|Cabinet|Court|Session|Person|Writing|Public|Private|Practice|Principle|Particular|Total|General|Addition|Response|Part|Turn|Time|Future|Advance|Full)$/;
/** The meeting as the object of a plan: "proposed a …", "called for an …", "plans the …". */
const ASKED_FOR = /\b(?:propos(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|plan(?:s|ned|ning)?|request(?:s|ed|ing)?|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A sentence that makes the name a series. */
const STANDING = /\b(?:annual(?:ly)?|every\s+(?:year|two\s+years)|each\s+year|biennial|meets|has\s+met|have\s+met)\b/i;

/**
 * The year a one-off meeting's name is dated with right after it (DATED_ONE_OFF_ADJUNCTS), or null. `after` is the
 * text from the name's end, `before` the words before it, `sentence` the sentence holding it, `isPlace` whether
 * words name a known place.
 */
export function adjunctYear(before: string, after: string, sentence: string, isPlace: (words: string) => boolean): number | null {
  if (NOT_HELD.test(sentence) || STANDING.test(sentence) || ASKED_FOR.test(before)) return null;
  const bracket = BRACKET.exec(after) ?? COMMA.exec(after);
  if (bracket) return Number(bracket[2]);
  const of = OF_DATE.exec(after);
  if (of) return Number(of[1]);
  // A known place, or one capitalised word as a venue is written ("in Tozeur"): the meeting's venue and year.
  const at = IN_PLACE.exec(after);
  if (at && (isPlace(at[1]!) || (!at[1]!.includes(" ") && !NO_VENUE.test(at[1]!)))) return Number(at[2]);
  return null;
}
