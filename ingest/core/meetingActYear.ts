import type { NameRule } from "./NameRule.js";
import { MONTH } from "./months.js";
import { ORDINAL_WORDS } from "./ordinals.js";
import { sentenceAround } from "./sentenceAround.js";
import { statedYears } from "./statedYears.js";

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
  what: "A forum's name followed by a clause of meeting (met, was held, was convened [by …], took place, gathered) at a capitalised venue and a date is that year's meeting of the forum (a catalog forum only when the clause counts it: 'met for the first time'); a numbered meeting so followed takes that year.",
  words: ["met", "held", "convened", "took place", "gathered"],
  positive: [
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) met for the first time in Accra in 1998. Ghana hosted the meeting.", name: "CCFP 1998", kind: "FORUM", year: 1998 },
    { text: "The Third Coastal Meeting on Fisheries Data was convened by the ILO in Lomé in March 2012.", name: "Coastal Meeting on Fisheries Data 2012", kind: "FORUM", year: 2012 },
    { text: "The Andean Dialogue on Border Data took place in Quito, Ecuador, on 4 May 2016 with ten states.", name: "Andean Dialogue on Border Data 2016", kind: "FORUM", year: 2016 },
    { text: "The Coastal Process met at ministerial level in Lomé in 2015, with Togo as host.", name: "Coastal Process 2015", kind: "FORUM", year: 2015 },
    // A listed series counted as meeting ("for the first time") is dated too.
    { text: "The Colombo Process met for the first time in Colombo in 2003.", name: "Colombo Process 2003", kind: "FORUM", year: 2003 },
  ],
  negative: [
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) was established in Accra in 1998.", name: "CCFP 1998" },
    { text: "The Coastal Consultations on Fishers and Ports (CCFP) has met in Accra every year since 1998.", name: "CCFP 1998" },
    { text: "The Andean Dialogue on Border Data took place in Quito in 2016–2017 over six sessions.", name: "Andean Dialogue on Border Data 2016" },
    // A listed series' clause without a count may speak of the standing body.
    { text: "The Colombo Process met in Colombo in 2003.", name: "Colombo Process 2003" },
  ],
};

export const DAYS = "\\d{1,2}(?:\\s*(?:[-–]|and|to)\\s*\\d{1,2})?";
const TIME = `(?:for\\s+the\\s+(?:${ORDINAL_WORDS.join("|")}|last)\\s+time|again|once\\s+more)`;
/** "at ministerial level", "at senior officials' level": the level a forum met at, between the verb and the venue. */
const LEVEL = "at\\s+(?:ministerial|senior[-\\s]officials[’']?|technical|expert|summit|heads[-\\s]of[-\\s]state)\\s+level";
/** A venue after "in" or "at": up to four capitalised words, a comma allowed between them ("Lomé, Togo"). */
export const VENUE = "[A-Z][\\p{L}’'\\-]+(?:,?\\s+[A-Z][\\p{L}’'\\-]+){0,3}";
const ACT_YEAR = new RegExp(
  `^\\s*(?:\\([A-Z][A-Za-z.\\-]{1,12}\\))?\\s*,?\\s+(?:(?:was|were)\\s+(?:(?:co-)?(?:held|convened|hosted)|organi[sz]ed)|met|gathered|convened|took\\s+place)(?:\\s+${TIME})?(?:\\s+${LEVEL})?(?:\\s+by\\s+[^,.;()]{2,70}?)?\\s+(?:in|at)\\s+${VENUE},?\\s+(?:in|on)\\s+(?:(?:${DAYS}\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`,
  "u",
);

/** The year the clause right after a meeting's or a series' name holds it in (MEETING_ACT_YEAR), or null. */
export function meetingActYear(after: string): number | null {
  return meetingAct(after)?.year ?? null;
}

/** The clause of meeting after a series' name: its year and where its verb stands in `after`. */
export function meetingAct(after: string): { year: number; verbStart: number; verbEnd: number } | null {
  const m = ACT_YEAR.exec(after.slice(0, 180));
  if (!m) return null;
  const verb = /(?:(?:was|were)\s+(?:co-)?[a-z]+|met|gathered|convened|took\s+place)/.exec(m[0])!;
  return { year: Number(m[1]), verbStart: verb.index, verbEnd: verb.index + verb[0].length };
}

/**
 * A numbered meeting ("the Sixth X Summit") in a sentence that holds a meeting ("leaders met in Brussels in
 * February 2022 for the Sixth X Summit", "the seventh meeting, which Kenya hosted in 2019, …") and states one year,
 * not a period's bound, in the meeting's own clause: that is its year. Two years, a bound ("since 2013") or no verb of meeting date nothing
 * ("At the Sixth Summit, leaders recalled the 2015 plan").
 */
export const SENTENCE_HELD_YEAR: NameRule = {
  id: "sentence-held-year",
  what: "A numbered meeting whose sentence holds a meeting (met, held, hosted, convened, took place, gathered) and states exactly one year, not a period's bound, is that year's meeting of its series.",
  words: ["met", "meet", "held", "hosted", "convened", "took place", "gathered"],
  positive: [
    { text: "Ministers met in Lomé in May 2014 for the Third Coastal Dialogue on Fisheries, chaired by Togo.", name: "Coastal Dialogue on Fisheries 2014", kind: "FORUM", year: 2014 },
    // A clause of holding attached to the meeting itself dates it.
    { text: "Four years passed before the Third Coastal Dialogue on Fisheries, which Togo hosted in Lomé on 4 and 5 May 2014.", name: "Coastal Dialogue on Fisheries 2014", kind: "FORUM", year: 2014 },
    { text: "Ghana was the host of the Third Coastal Dialogue on Fisheries, held at a hotel by the sea in Accra in early May 2014.", name: "Coastal Dialogue on Fisheries 2014", kind: "FORUM", year: 2014 },
  ],
  negative: [
    { text: "At the Third Coastal Dialogue on Fisheries, ministers recalled the 2010 plan of action.", name: "Coastal Dialogue on Fisheries 2010" },
    { text: "Ministers met in Lomé in 2014 for the Third Coastal Dialogue on Fisheries, which followed the 2012 session.", name: "Coastal Dialogue on Fisheries 2014" },
    { text: "Togo, which took the chair in Lomé in May 2014, later invited ministers to the Third Coastal Dialogue on Fisheries, held in Kara.", name: "Coastal Dialogue on Fisheries 2014" },
    // The clause after the meeting dates something else it speaks of, not a holding of the meeting.
    { text: "Ministers met in Kara for the Third Coastal Dialogue on Fisheries, which recalled the plan Togo adopted in 2010.", name: "Coastal Dialogue on Fisheries 2010" },
  ],
};

const HOLDS = /\b(?:met|meet|meets|held|hosted|convened|opened|took\s+place|gathered)\b/;

/** The year of a numbered meeting at [start, end) from its sentence (SENTENCE_HELD_YEAR), or null. */
export function sentenceHeldYear(text: string, start: number, end: number): number | null {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  if (!HOLDS.test(sentence)) return null;
  const years = statedYears(sentence);
  const all = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)];
  if (years.size !== 1 || all.length !== 1) return null;
  // The year and the meeting share one clause: an aside between them ("which took the chair in March 2017, later
  // invited …") dates something else.
  const at = from + all[0]!.index!;
  const between = at < start ? text.slice(at, start) : text.slice(end, at);
  // A clause right after the meeting that holds it ("the seventh meeting, which Kenya hosted in Nairobi in 2019",
  // "the fourth summit, held in Brussels in April 2014") is the meeting's own: its year is the meeting's.
  if (at > end && OWN_HOLDING_CLAUSE.test(between)) return Number([...years][0]);
  return /[,;()]/.test(between) ? null : Number([...years][0]);
}
const OWN_HOLDING_CLAUSE = /^,\s*(?:which\s+(?:was\s+(?:held|hosted|convened)|(?:[A-Z][\p{L}’'\-]*\s+){1,4}(?:hosted|convened))|(?:held|hosted|convened))\b[^,;()]*$/u;
