import type { NameRule } from "./NameRule.js";
import { MONTH } from "./months.js";
import { sentenceAround } from "./sentenceAround.js";

/**
 * RELATIVE_YEAR: "The 12th X Summit was held in Cebu on 13 January 2007. Later that year, on 20 November, the 13th X
 * Summit …": a sentence that opens on a year told relative to the sentence before ("later that year", "the same year",
 * "a year later", "the following year") dates its numbered meeting by the year that sentence held its own meeting in.
 * A chronology writes its sittings this way to avoid repeating the year, so the meeting would otherwise stay undated
 * and fold with no other reading of it.
 *
 * The anchor is the one year the sentence before gives in a date (a day or a month with the year: "on 13 January 2007",
 * "in November 2022"), else its one year; a sentence that gives several, or none, anchors nothing. Where the meeting's
 * own sentence states years, the year read must be one of them. Readers that date a meeting by its own words come
 * first (meetingYearOf.ts), so a paragraph's dateline wins over a year told relative to another paragraph.
 */
export const RELATIVE_YEAR: NameRule = {
  id: "relative-year",
  what: "A numbered meeting in a sentence that opens on 'Later that year', 'That same year', 'In the same year' (the year before) or 'A year later', 'The following year', 'The next year' (one more) is dated by the one year the sentence before gives in a date, else its one year; a sentence before that gives two years in dates, or none, dates nothing, nor does a year the meeting's own sentence contradicts.",
  words: ["later that year", "that same year", "the same year", "a year later", "the following year", "the next year"],
  positive: [
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its charter was signed in Suva on 13 January 2014, ten years before the target of 2024. Later that year, on 20 November, the 13th CSLD conference met in Apia.", name: "CSLD 2014", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2014 },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. The 5th CSLD conference, the first since 2019, was hosted by Samoa from 7 to 10 November 2022. A year later the sixth CSLD conference went to Port Vila, where Vanuatu opened it on 20 November 2023.", name: "CSLD 2023", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2023 },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its second conference took place in Honiara in May 2011. The following year the third CSLD conference gathered ministers in Nadi.", name: "CSLD 2012", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2012 },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Fiji hosted its fourth conference in 2016. In the same year, the 5th CSLD conference was convened by Tonga.", name: "CSLD 2016", kind: "FORUM", parentId: "forum:coral-sea-labour-dialogue", year: 2016 },
  ],
  negative: [
    // Two dated years before: which one "that year" means is not said.
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its charter was signed on 13 January 2014 and reviewed in May 2015. Later that year, the 13th CSLD conference met in Apia.", name: "CSLD 2014" },
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its charter was signed on 13 January 2014 and reviewed in May 2015. Later that year, the 13th CSLD conference met in Apia.", name: "CSLD 2015" },
    // The meeting's own sentence states another year.
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its charter was signed in Apia in November 2022. A year later the sixth CSLD conference was planned for 2025.", name: "CSLD 2023" },
    // No relative opening: the year before is another sentence's.
    { text: "The Coral Sea Labour Dialogue (CSLD) was set up in 2009. Its charter was signed in Apia in November 2022. Then the sixth CSLD conference went to Port Vila.", name: "CSLD 2022" },
  ],
};

const SAME = /^(?:(?:Later|Earlier)\s+(?:that|the\s+same)\s+year|(?:In\s+)?(?:that|the)\s+same\s+year|That\s+year)\b/;
const NEXT = /^(?:(?:A|One)\s+year\s+later|(?:In\s+)?the\s+(?:following|next)\s+year)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const DATED_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, "g");
/** The year a sentence opening on a relative year gives the meeting at `start`, or null (RELATIVE_YEAR). */
export function relativeYear(text: string, start: number, end: number): number | null {
  const own = sentenceAround(text, start, end);
  const opening = text.slice(own.from, start).trimStart();
  const offset = SAME.test(opening) ? 0 : NEXT.test(opening) ? 1 : null;
  if (offset === null) return null;
  // The sentence before, within the same paragraph: a sentence that opens a line has none.
  if (own.from === 0 || /\n\s*$/.test(text.slice(0, own.from))) return null;
  const previous = text.slice(sentenceAround(text, own.from - 2, own.from - 1).from, own.from);
  const one = (years: Iterable<string>) => {
    const set = new Set(years);
    return set.size === 1 ? Number([...set][0]) : null;
  };
  const dated = [...previous.matchAll(DATED_YEAR)].map((m) => m[1]!);
  const anchor = dated.length > 0 ? one(dated) : one(previous.match(YEAR) ?? []);
  if (anchor === null) return null;
  const year = anchor + offset;
  // The meeting's own sentence may state its year too: then it must be that one.
  const stated: string[] = text.slice(own.from, own.to).match(YEAR) ?? [];
  return stated.length === 0 || stated.includes(String(year)) ? year : null;
}
