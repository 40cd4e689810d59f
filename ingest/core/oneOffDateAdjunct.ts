import type { NameRule } from "./NameRule.js";
import { MONTH } from "./months.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";

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

const DAYS = String.raw`\d{1,2}(?:\s*(?:[-–]|and)\s*\d{1,2})?`;
const YEAR = String.raw`((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`;
/** A place word as a dateline writes it: capitalised, with lower-case letters (not an acronym such as "UNHCR"). */
const PLACE = String.raw`([A-Z][\p{Ll}'’.-]+(?:[ -](?:[A-Z][\p{Ll}'’.-]+|de|del|da|es|al|el))*)`;
/** "(Gafsa, 2018)", "(3 May 2011)", "(Gafsa, 3-4 May 2011)", "(2018)". */
const BRACKET = new RegExp(String.raw`^\s*\((?:${PLACE},\s*)?(?:(?:${DAYS}\s+)?${MONTH}\s+)?${YEAR}\s*\)`, "u");
/** ", Kigali, 12-13 May 2011", ", 12 May 2011", ", Kigali, May 2011", ", Kigali, 2011": a place or a month must come with the year. */
const COMMA = new RegExp(String.raw`^\s*,\s*(?:(?:${PLACE},\s*(?:(?:${DAYS}\s+)?${MONTH}\s+)?)|(?:(?:${DAYS}\s+)?${MONTH}\s+))${YEAR}\s*(?:[,;.)]|$)`, "u");
/** "of March 2012", "of 12 May 2011", "of 2012". */
const OF_DATE = new RegExp(String.raw`^\s+of\s+(?:(?:${DAYS}\s+)?${MONTH}\s+)?${YEAR}`, "u");
/** "in Cotonou in 2011", "in Cotonou on 3 May 2011", "at Gafsa in May 2018". */
const IN_PLACE = new RegExp(String.raw`^\s+(?:in|at)\s+${PLACE}\s+(?:in|on)\s+(?:(?:${DAYS}\s+)?${MONTH}\s+)?${YEAR}`, "u");
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
