import type { Stated } from "./lateCoAgents.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import { DAY_MONTH_YEAR } from "./months.js";

/** Types whose clause a status page goes on with in gapped form: "A ratified on D1, B on D2 and C on D3". */
const GAPPED_TYPES = new Set(["RATIFIED"]);

/** A date as status pages write it: "12 June 2007", "June 2007", "2007". */
const DATE = DAY_MONTH_YEAR;
/** The stated clause's own date, close after its subject, with no clause boundary before it. */
const FIRST_DATE = new RegExp(String.raw`^[^.;:()]{0,50}?\b(?:on|in)\s+${DATE}\b`);
/** What may stand between a date and the next gapped subject: a comma, a semicolon, "and" (or both). */
const JOIN = /^\s*[,;]?\s*(?:and\s+)?(?:the\s+)?$/;
/** Between two subjects of one clause: "Honduras and Nicaragua", "Peru, Chile and Bolivia" (followedClause.ts reads it too). */
export const SUBJECT_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** The gapped clause itself: the subject's date and nothing else, then the end of that clause. */
const GAPPED = new RegExp(String.raw`^\s+(?:on|in)\s+${DATE}\b(?=\s*(?:[,.;)]|and\b|$))`);

/**
 * "Malta ratified on 3 May 2006, Cyprus on 12 June 2007 and Portugal in 2009", "Denmark followed on 9 March 1961 and
 * Belgium on 12 January 1962": the verb of a stated clause is left out of the clauses after it, each of which is only a
 * subject and its date; each such subject did what the first did, to the same object. A gapped clause with any word of
 * its own beyond the date ("Cyprus on 12 June 2007 signed it", "Cyprus only signed") is not one.
 */
export function gappedDateClauses(text: string, ms: readonly M[], stated: readonly Stated[]): Stated[] {
  const out: Stated[] = [];
  const sorted = [...ms].sort((a, b) => a.start - b.start);
  for (const r of stated) {
    if (!GAPPED_TYPES.has(r.type)) continue;
    const source = sorted.find((m) => m.id === r.sourceId);
    if (!source) continue;
    const first = FIRST_DATE.exec(text.slice(source.end));
    if (!first) continue;
    let at = source.end + first[0].length;
    // No other name between the subject and its date: the date is the subject's own clause's.
    if (sorted.some((m) => m.start >= source.end && m.start < at && m.id !== r.targetId)) continue;
    for (;;) {
      const next = sorted.find((m) => m.start >= at);
      if (!next || next.kind !== source.kind || !JOIN.test(text.slice(at, next.start))) break;
      // The gapped clause may have several subjects: "…; Honduras and Nicaragua in 2005".
      const subjects = [next];
      for (let k = sorted.indexOf(next) + 1; k < sorted.length && sorted[k]!.kind === source.kind && SUBJECT_JOIN.test(text.slice(subjects.at(-1)!.end, sorted[k]!.start)); k++) subjects.push(sorted[k]!);
      const gapped = GAPPED.exec(text.slice(subjects.at(-1)!.end));
      if (!gapped) break;
      for (const m of subjects) if (m.id !== r.sourceId && m.id !== r.targetId) out.push({ type: r.type, sourceId: m.id, targetId: r.targetId, method: `gapped-date:${r.method}` });
      at = subjects.at(-1)!.end + gapped[0].length;
    }
  }
  return out;
}

const C189 = "The Domestic Workers Convention entered into force in 2013.";
/** Sentences the gapped clauses must get right; test/unit/gappedDates.test.ts runs them through the whole pipeline. */
export const GAPPED_DATE_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${C189} Namibia ratified it on 2 May 2014, Zambia on 7 June 2015 and Malawi in 2016.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it on 2 May 2014, Zambia on 7 June 2015 and Malawi in 2016.`, expect: ["RATIFIED", "ctry:mw", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it in 2014; Botswana in March 2015.`, expect: ["RATIFIED", "ctry:bw", "conv:ilo-c189"] },
    // Two clauses joined by "and" alone, with no comma.
    { text: `${C189} Namibia ratified it on 2 May 2014 and Zambia on 7 June 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    // A gapped clause with several subjects.
    { text: `${C189} Chile and Peru ratified it in 2014; Bolivia and Ecuador in 2015.`, expect: ["RATIFIED", "ctry:ec", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it on 2 May 2014, Zambia and Malawi on 7 June 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
  ],
  negative: [
    // A clause with a verb of its own is no gapped one: the second state signed.
    { text: `${C189} Namibia ratified it on 2 May 2014, Zambia on 7 June 2015 signed it.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it on 2 May 2014, while Zambia only signed in 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it on 2 May 2014 and Zambia in 2015 hosted a workshop on it.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it on 2 May 2014, Zambia and Malawi on 7 June 2015 signed it.`, expect: ["RATIFIED", "ctry:mw", "conv:ilo-c189"] },
    // A signature gapped is still a signature.
    { text: `${C189} Namibia signed it on 2 May 2012, Zambia on 7 June 2012.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    // A denial gapped is still a denial.
    { text: `${C189} Namibia has not ratified it, nor Zambia in 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
  ],
};
