import type { NameRule } from "./NameRule.js";
import { MONTH } from "./months.js";
import { ORDINAL_WORDS } from "./ordinals.js";

/**
 * The clause right after a series' or a numbered meeting's name that holds it somewhere at a date: "… (APC) met for
 * the first time in Canberra in 1996", "… was convened by the Population Division in New York in February 2011",
 * "… took place in Lusaka on 5 May 2013". The verb of meeting, an optional "for the Nth time" or "again", an optional
 * organizer after "by", a venue of capitalised words, then the date: that is when this meeting took place. A series
 * named so is that year's meeting (meetings.ts); a numbered meeting takes the year. "was established in 1993",
 * "meets every year in Geneva since 2001" and a span "in 2012–2013" date no meeting.
 */
export const MEETING_ACT_YEAR: NameRule = {
  id: "meeting-act-year",
  what: "A forum's name followed by a clause of meeting (met, was held, was convened [by …], took place, gathered) at a capitalised venue and a date is that year's meeting of the forum; a numbered meeting so followed takes that year.",
  words: ["met", "held", "convened", "took place", "gathered"],
  positive: [
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) met for the first time in Accra in 1998. Ghana hosted the meeting.", name: "CCFP 1998", kind: "FORUM", year: 1998 },
    { text: "The Third Coastal Meeting on Fisheries Data was convened by the ILO in Lomé in March 2012.", name: "Coastal Meeting on Fisheries Data 2012", kind: "FORUM", year: 2012 },
    { text: "The Andean Dialogue on Border Data took place in Quito, Ecuador, on 4 May 2016 with ten states.", name: "Andean Dialogue on Border Data 2016", kind: "FORUM", year: 2016 },
  ],
  negative: [
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) was established in Accra in 1998.", name: "CCFP 1998" },
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) has met in Accra every year since 1998.", name: "CCFP 1998" },
    { text: "The Andean Dialogue on Border Data took place in Quito in 2016–2017 over six sessions.", name: "Andean Dialogue on Border Data 2016" },
  ],
};

const DAYS = "\\d{1,2}(?:\\s*(?:[-–]|and|to)\\s*\\d{1,2})?";
const TIME = `(?:for\\s+the\\s+(?:${ORDINAL_WORDS.join("|")}|last)\\s+time|again|once\\s+more)`;
const VENUE = "[A-Z][\\p{L}’'\\-]+(?:,?\\s+[A-Z][\\p{L}’'\\-]+){0,3}";
const ACT_YEAR = new RegExp(
  `^\\s*(?:\\([A-Z][A-Za-z.\\-]{1,12}\\))?\\s*,?\\s+(?:(?:was|were)\\s+(?:(?:co-)?(?:held|convened|hosted)|organi[sz]ed)|met|gathered|convened|took\\s+place)(?:\\s+${TIME})?(?:\\s+by\\s+[^,.;()]{2,70}?)?\\s+(?:in|at)\\s+${VENUE},?\\s+(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`,
  "u",
);

/** The year the clause right after a meeting's or a series' name holds it in (MEETING_ACT_YEAR), or null. */
export function meetingActYear(after: string): number | null {
  const m = ACT_YEAR.exec(after.slice(0, 180));
  return m ? Number(m[1]) : null;
}
