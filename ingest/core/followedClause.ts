import type { Stated } from "./lateCoAgents.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import { DAY_MONTH_YEAR } from "./months.js";

/** Acts a chronology goes on with "X followed on D": each state doing in turn what the one before it did. */
const FOLLOWED_TYPES = new Set(["RATIFIED"]);

/** A date as chronologies write it: "12 July 2002", "December 2018", "1997". */
const DATE = DAY_MONTH_YEAR;
/**
 * The verb and its date, then the end of the clause: "followed on 5 November 1997.", "followed in December 2018 and
 * Samoa …". Anything else after the date ("followed with a workshop", "followed on the same terms") is a clause of its own.
 */
const FOLLOWED = new RegExp(String.raw`^\s+(?:(?:then|later|soon|in\s+turn)\s+)?followed(?:\s+suit)?\s+(?:on|in)\s+${DATE}\b(?=\s*(?:[,.;)]|and\b|$))`);
/** Where a clause's subject may start: the sentence's start, or after a semicolon or colon. */
const CLAUSE_START = /(?:^|[;:])\s*$/;
/** Between two subjects of one clause: "Iraq and Syria", "Peru, Chile and Bolivia". */
const SUBJECT_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * "Estonia ratified on 16 April 1996. Croatia followed on 5 November 1997.": "followed" with only a date leaves out the
 * act and its object, both those of the sentence before, which stated them. So the sentence just before must have
 * stated one such act to one object; the subjects open their clause, and are states as the earlier subject is.
 * The act is read only from a statement: "Namibia signed it in 2012. Zambia followed in 2013." states no ratification.
 */
export function followedClauses(text: string, own: readonly M[], previous: readonly Stated[], kindOf: (id: string) => string | undefined): Stated[] {
  if (!text.includes("followed")) return [];
  const acts = previous.filter((s) => FOLLOWED_TYPES.has(s.type));
  const targets = new Set(acts.map((s) => `${s.type} ${s.targetId}`));
  if (targets.size !== 1) return [];
  const act = acts[0]!;
  const sourceKind = kindOf(act.sourceId);
  const sorted = [...own].sort((a, b) => a.start - b.start);
  const out: Stated[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (first.kind !== sourceKind || !CLAUSE_START.test(text.slice(0, first.start))) continue;
    const subjects = [first];
    while (i + 1 < sorted.length && sorted[i + 1]!.kind === sourceKind && SUBJECT_JOIN.test(text.slice(subjects[subjects.length - 1]!.end, sorted[i + 1]!.start))) subjects.push(sorted[++i]!);
    if (!FOLLOWED.test(text.slice(subjects[subjects.length - 1]!.end))) continue;
    for (const s of subjects) if (s.id !== act.targetId) out.push({ type: act.type, sourceId: s.id, targetId: act.targetId, method: `followed-clause:${act.method}` });
  }
  return out;
}

const C189 = "The Domestic Workers Convention entered into force in 2013.";
/** Sentences the followed clause must get right; test/unit/followedClause.test.ts runs them through the whole pipeline. */
export const FOLLOWED_CLAUSE_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${C189} Namibia ratified it on 2 May 2014. Zambia followed on 7 June 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Guyana was the first to ratify, in 2012. Namibia and Zambia followed in 2015.`, expect: ["RATIFIED", "ctry:na", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it in 2014. Zambia then followed in 2015, and Malawi in 2016.`, expect: ["RATIFIED", "ctry:mw", "conv:ilo-c189"] },
    { text: `${C189} Namibia deposited its instrument of ratification in 2014. Six states joined the same month: Zambia on 2 May and Malawi on 3 May; Botswana followed on 1 July 2014.`, expect: ["RATIFIED", "ctry:bw", "conv:ilo-c189"] },
  ],
  negative: [
    // The sentence before states a signature: following it is signing, not ratifying.
    { text: `${C189} Namibia signed it in 2012. Zambia followed in 2013.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    // Following with something else, or in some other way, is an act of its own.
    { text: `${C189} Namibia ratified it in 2014. Zambia followed with a national workshop in 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it in 2014. Zambia followed on the same terms.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    // A plan or a denial is no act done.
    { text: `${C189} Namibia ratified it in 2014. Zambia may follow in 2016.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    { text: `${C189} Namibia ratified it in 2014. Zambia has not followed since 2015.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
    // Two sentences on: what was followed is no longer the act just stated.
    { text: `${C189} Namibia ratified it in 2014. The ILO held a workshop in Windhoek in 2015. Zambia followed in 2016.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
  ],
};
