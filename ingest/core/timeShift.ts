/**
 * A phrase that moves a sentence away from the time of the meeting just reported: "Two years earlier", "a year later",
 * "the year before", "at the previous meeting", "the next session". What such a sentence says was present or took
 * part speaks of another sitting, which its words do not name; "later that day" or "on the second day" stays at the
 * same meeting.
 */
const SHIFT = new RegExp(
  [
    "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|a few|\\d+)\\s+(?:years?|months?|decades?)\\s+(?:earlier|before|later|on|afterwards|previously|ago)\\b",
    "\\bthe\\s+(?:year|month)\\s+(?:before|after)\\b",
    "\\b(?:the|its|their)\\s+(?:previous|preceding|prior|earlier|following|next|last)\\s+(?:year|month|meeting|session|round|conference|summit|forum|edition|sitting|time)\\b",
    "\\b(?:previously|formerly|in the past|in earlier years|in later years)\\b",
  ].join("|"),
  "i",
);

/** Whether the words before a sentence's trigger move it to another time than the meeting just reported. */
export const shiftsTime = (before: string): boolean => SHIFT.test(before);

/** Examples for shiftsTime (test/unit/timeShift.test.ts): the words before the trigger, and whether they shift. */
export const TIME_SHIFT_EXAMPLES: Array<{ before: string; shifts: boolean }> = [
  { before: "Three years earlier, Tinland ", shifts: true },
  { before: "At the previous meeting Tinland ", shifts: true },
  { before: "The year before, Tinland ", shifts: true },
  { before: "Later that day Tinland ", shifts: false },
  { before: "On the second day, Tinland ", shifts: false },
  { before: "As in every year, Tinland ", shifts: false },
];
