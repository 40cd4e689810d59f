import { NUMBER_WORDS, TENS } from "./numberWords.js";

/**
 * A phrase that moves a sentence away from the time of the meeting just reported: "Two years earlier", "a year later",
 * "the year before", "at the previous meeting", "the next session". What such a sentence says was present or took
 * part speaks of another sitting, which its words do not name; "later that day" or "on the second day" stays at the
 * same meeting.
 */
const NUMBER = `a|an|${NUMBER_WORDS.join("|")}|${TENS.join("|")}|several|some|many|a few|\\d+`;
const SHIFT = new RegExp(
  [
    `\\b(?:${NUMBER})(?:-\\w+)?\\s+(?:years?|months?|decades?)\\s+(?:earlier|before|later|on|afterwards|previously|ago)\\b`,
    "\\bthe\\s+(?:year|month|time)\\s+(?:before|after)\\b",
    "\\b(?:the|its|their)\\s+(?:previous|preceding|prior|earlier|following|next|last)\\s+(?:year|month|meeting|session|round|conference|summit|forum|edition|sitting|time)\\b",
    "\\blast\\s+(?:time|year|month)\\b",
    "\\b(?:previous|preceding|prior|earlier|past|later|following)\\s+(?:years|meetings|sessions|rounds|editions)\\b",
    "\\b(?:previously|formerly|in the past|back then|in earlier years|in later years)\\b",
  ].join("|"),
  "i",
);

// Where the trigger's own clause begins: after a semicolon or colon, or a comma that joins another clause.
const CLAUSE_BREAK = /^[\s\S]*(?:[;:]|,\s*(?:and|but|while|whereas)\s)/i;
// Words set off by commas after a name ("Nepal, previously an observer, attended") or opening the sentence with what
// the subject was before ("Previously a guest, Nepal took part") describe the subject, not the time of the verb.
const APPOSITION = /(\b[A-Z][\w.&'’-]*)\s*,[^,]{1,50},/g;
const FORMER_STATE = /^\s*(?:previously|formerly|once)\s+(?:a|an)\s+[^,]{1,40},/i;

/** Whether the words before a sentence's trigger, in the trigger's own clause, move it to another time than the meeting just reported. */
export const shiftsTime = (before: string): boolean =>
  SHIFT.test(before.replace(CLAUSE_BREAK, "").replace(FORMER_STATE, "").replace(APPOSITION, "$1"));

/** Examples for shiftsTime (test/unit/timeShift.test.ts): the words before the trigger, and whether they shift. */
export const TIME_SHIFT_EXAMPLES: Array<{ before: string; shifts: boolean }> = [
  { before: "Three years earlier, Tinland ", shifts: true },
  { before: "At the previous meeting Tinland ", shifts: true },
  { before: "The year before, Tinland ", shifts: true },
  { before: "Later that day Tinland ", shifts: false },
  { before: "On the second day, Tinland ", shifts: false },
  { before: "As in every year, Tinland ", shifts: false },
  { before: "Last time, Tinland ", shifts: true },
  { before: "At last year's session, Tinland and Ossland ", shifts: true },
  { before: "In previous years Tinland ", shifts: true },
  { before: "Back then, Tinland ", shifts: true },
  { before: "Eleven months later, Tinland ", shifts: true },
  { before: "Tinland, formerly a guest, ", shifts: false },
  { before: "Once a guest, Tinland ", shifts: false },
  { before: "The following session is planned for May; Tinland ", shifts: false },
];
