import type { Stated } from "./lateCoAgents.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import { DAY_MONTH_YEAR } from "./months.js";
import { SUBJECT_JOIN } from "./gappedDates.js";

/**
 * Acts a chronology goes on with "X followed on D": each state doing in turn what the one before it did, binding itself
 * to a treaty or joining a body ("Hungary joined in 1995. Slovenia followed in 1998.").
 */
const FOLLOWED_TYPES = new Set(["RATIFIED", "MEMBER_OF"]);

/** A date as chronologies write it: "12 July 2002", "December 2018", "1997". */
const DATE = DAY_MONTH_YEAR;
/**
 * The verb and its date, then the end of the clause: "followed on 5 November 1997.", "followed in December 2018 and
 * Samoa …". Anything else after the date ("followed with a workshop", "followed on the same terms") is a clause of its own.
 */
const FOLLOWED = new RegExp(String.raw`^\s+(?:(?:then|later|soon|in\s+turn)\s+)?followed(?:\s+suit)?\s+(?:on|in)\s+${DATE}\b(?=\s*(?:[,.;)]|and\b|$))`);
/**
 * The same act said in so many words, its date optional: "Zambia did the same in 2015.", "Malaysia and Singapore have
 * done the same.", "Peru did likewise", "Chile followed suit." Only the words "the same" or "likewise", then the end of
 * the clause: "did the same work", "did the same with the fisheries pact" are acts of their own, and "has not done the
 * same" or "may do the same" breaks the pattern.
 */
const DID_THE_SAME = new RegExp(String.raw`^\s+(?:(?:then|later|soon|also|in\s+turn)\s+)?(?:(?:did|(?:has|have|had)\s+(?:also\s+)?done)\s+(?:the\s+same|likewise)|followed\s+suit)(?:\s*,?\s+(?:on|in)\s+${DATE})?(?=\s*(?:[,.;)]|$))`);
/** "So did Egypt and Yemen.", "So too did Peru": the act before the subjects, which then end the clause. */
const SO_DID = /(?:^|[;:])\s*(?:(?:And|and)\s+)?[Ss]o(?:\s+too)?\s+(?:did|have|has|had)\s+(?:the\s+)?$/;
const SO_DID_END = /^\s*(?:[,.;)]|$)/;
/**
 * The subjects alone with "too" or "likewise": "Algeria, too, without reservation.", "The Sudan, likewise.", "Peru too."
 * Nothing may follow but the terms of the act (reservations) or its date, then the end of the clause: "Algeria, too,
 * signed it" has a verb of its own.
 */
const TOO = new RegExp(String.raw`^\s*,?\s+(?:too|likewise|as\s+well)\s*(?:,\s*(?:(?:without|with)\s+(?:any\s+)?reservations?|(?:on|in)\s+${DATE}))?(?=\s*(?:[.;)]|$))`);
/** Where a clause's subject may start: the sentence's start, or after a semicolon or colon ("The Sudan, likewise."). */
const CLAUSE_START = /(?:^|[;:])\s*(?:[Tt]he\s+)?$/;

/**
 * "Estonia ratified on 16 April 1996. Croatia followed on 5 November 1997.": "followed" with only a date leaves out the
 * act and its object, both those of the sentence before, which stated them. So the sentence just before must have
 * stated one such act to one object; the subjects open their clause, and are states as the earlier subject is.
 * The act is read only from a statement: "Namibia signed it in 2012. Zambia followed in 2013." states no ratification.
 * The act may also be stated earlier in the same sentence ("Morocco ratified it in 2014; so did Egypt"): then only
 * subjects from `from` on, past the act's own subject, are read.
 */
export function followedClauses(text: string, own: readonly M[], previous: readonly Stated[], kindOf: (id: string) => string | undefined, from = 0): Stated[] {
  if (!/\b(?:followed|same|likewise|too|as well|[Ss]o\s+(?:did|have|has|had))\b/.test(text)) return [];
  const acts = previous.filter((s) => FOLLOWED_TYPES.has(s.type));
  const targets = new Set(acts.map((s) => `${s.type} ${s.targetId}`));
  if (targets.size !== 1) return [];
  const act = acts[0]!;
  const sourceKind = kindOf(act.sourceId);
  const sorted = [...own].sort((a, b) => a.start - b.start);
  const out: Stated[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (first.start < from) continue;
    const before = text.slice(0, first.start);
    const soDid = SO_DID.test(before);
    if (first.kind !== sourceKind || !(soDid || CLAUSE_START.test(before))) continue;
    const subjects = [first];
    while (i + 1 < sorted.length && sorted[i + 1]!.kind === sourceKind && SUBJECT_JOIN.test(text.slice(subjects[subjects.length - 1]!.end, sorted[i + 1]!.start))) subjects.push(sorted[++i]!);
    const rest = text.slice(subjects[subjects.length - 1]!.end);
    if (!(soDid ? SO_DID_END.test(rest) : FOLLOWED.test(rest) || DID_THE_SAME.test(rest) || TOO.test(rest))) continue;
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
    // The same act said in so many words, with or without a date.
    { text: `${C189} Malaysia and Singapore ratified it in 2014. Chile and Peru have done the same.`, expect: ["RATIFIED", "ctry:pe", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile did the same in 2016.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile followed suit.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile did likewise.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    // "So did X": the act before its subjects, in the next sentence or after a semicolon of the same one.
    { text: `${C189} Morocco ratified it in 2014. So did Egypt and Yemen.`, expect: ["RATIFIED", "ctry:ye", "conv:ilo-c189"] },
    { text: `${C189} Morocco ratified it in 2014; so did Egypt.`, expect: ["RATIFIED", "ctry:eg", "conv:ilo-c189"] },
    // The subjects alone with "too" or "likewise", perhaps with the act's terms; each such clause goes on with the last.
    { text: `${C189} Jordan ratified it without reservation in 2014. Algeria, too, without reservation. The Sudan, likewise.`, expect: ["RATIFIED", "ctry:dz", "conv:ilo-c189"] },
    { text: `${C189} Jordan ratified it without reservation in 2014. Algeria, too, without reservation. The Sudan, likewise.`, expect: ["RATIFIED", "ctry:sd", "conv:ilo-c189"] },
    // Joining a body goes on the same way.
    { text: "The Bali Process was founded in 2002. Nepal became a member in 2010. India followed in 2012.", expect: ["MEMBER_OF", "ctry:in", "forum:bali-process"] },
    { text: "The Bali Process was founded in 2002. Nepal became a member in 2010; so did India.", expect: ["MEMBER_OF", "ctry:in", "forum:bali-process"] },
    // A list item goes on from the item right before it.
    { text: "Who joined the Bali Process\n\nThe Bali Process was founded in 2002.\n\nGrowth\n- Nauru joined in 2004.\n- Fiji followed in 2009.\n", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
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
    // "The same" done to something else, not done, or only planned; a "too" clause with a verb of its own.
    { text: `${C189} Malaysia signed it in 2014. Chile did the same in 2016.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile did the same with the fisheries pact.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile has not done the same.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile may do the same.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014. Chile, too, signed it.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia signed it in 2014; so did Chile.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: `${C189} Malaysia ratified it in 2014; so did Chile with the pact on fishing.`, expect: ["RATIFIED", "ctry:cl", "conv:ilo-c189"] },
    { text: "The Bali Process was founded in 2002. Nepal applied to join in 2010; so did India.", expect: ["MEMBER_OF", "ctry:in", "forum:bali-process"] },
    // A list item after a paragraph: the paragraph's last sentence is no item of the list.
    { text: "Who joined the Bali Process\n\nThe Bali Process was founded in 2002.\n\nGrowth\nNauru joined in 2004.\n\n- Fiji followed in 2009.\n", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
    // Two sentences on: what was followed is no longer the act just stated.
    { text: `${C189} Namibia ratified it in 2014. The ILO held a workshop in Windhoek in 2015. Zambia followed in 2016.`, expect: ["RATIFIED", "ctry:zm", "conv:ilo-c189"] },
  ],
};
