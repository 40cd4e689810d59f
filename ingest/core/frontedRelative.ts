import type { M } from "./mentionLists.js";
import type { Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A relative clause whose preposition stands before "which": "the Khartoum Process, of which Egypt is a member,",
 * "the fund, to which Norway is the largest donor,", "the GFMD, in which Ghana has taken part since 2007,". The clause
 * says of the name inside it what "Egypt is a member of the Khartoum Process" says; it is read by putting the
 * preposition back after the clause ("<holder> <clause> <preposition> <owner>") and handing that sentence to the
 * predicate reader, so the lexicon, the negation, modal and plan checks and the kinds of both ends decide as ever.
 */
const FRONTED = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(of|in|to|at|for|with)\s+which\s+(?:the\s+)?$/i;
/** The clause after the holder: up to its closing comma, bracket or the sentence's end, with no other name in it. */
const CLAUSE = /^[^,;:.()[\]]{2,70}(?=[,;:.)]|$)/;
/** A date closing the clause: "… in 2010", "… since March 2007". */
const DATE_TAIL = /\s+(?:in|since|from|until)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}$/;

export function readFrontedRelative(text: string, groups: Group[], read: (text: string, ms: M[]) => Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (let g = 0; g + 1 < groups.length; g++) {
    const L = groups[g]!;
    const R = groups[g + 1]!;
    const fronted = FRONTED.exec(text.slice(L.end, R.start));
    if (!fronted) continue;
    const clause = CLAUSE.exec(text.slice(R.end));
    const next = groups[g + 2];
    if (!clause || (next && next.start < R.end + clause[0].length)) continue;
    const holder = text.slice(R.start, R.end);
    // "of which UNHCR was the chair in 2010": the date goes after the owner again ("the chair of X in 2010").
    const date = DATE_TAIL.exec(clause[0].trimEnd());
    const core = date ? clause[0].trimEnd().slice(0, date.index) : clause[0].trimEnd();
    const lead = `${holder}${core} ${fronted[1]!.toLowerCase()} `;
    const owner = text.slice(L.start, L.end);
    const sentence = `${lead}${owner}${date ? date[0] : ""}.`;
    const ms: M[] = [
      ...R.ms.map((m) => ({ ...m, start: m.start - R.start, end: m.end - R.start })),
      ...L.ms.map((m) => ({ ...m, start: m.start - L.start + lead.length, end: m.end - L.start + lead.length })),
    ];
    out.push(...read(sentence, ms).map((p) => ({ ...p, entry: `${p.entry}:fronted-relative` })));
  }
  return out;
}

/** Sentences the fronted relative must get right ([type, sourceId, targetId]); test/unit/apposedRole.test.ts runs them. */
export const FRONTED_RELATIVE_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Khartoum Process, of which Egypt is a member, met in Cairo.", expect: ["MEMBER_OF", "ctry:eg", "forum:khartoum-process"] },
    { text: "Delegates praised the Global Migration Group, of which UNHCR was the chair in 2010.", expect: ["CHAIRED", "org:unhcr", "forum:gmg"] },
    { text: "The Rabat Process, of which Senegal and Spain are founding members, met in Cadiz.", expect: ["MEMBER_OF", "ctry:es", "forum:rabat-process"] },
  ],
  negative: [
    { text: "The Khartoum Process, of which Egypt hopes to become a member, met in Cairo.", expect: ["MEMBER_OF", "ctry:eg", "forum:khartoum-process"] },
    { text: "The Khartoum Process, of which Egypt is not a member, met in Cairo.", expect: ["MEMBER_OF", "ctry:eg", "forum:khartoum-process"] },
    // The clause says something of the owner that is no role of the holder.
    { text: "The Khartoum Process, of which Egypt wrote a review, met in Cairo.", expect: ["MEMBER_OF", "ctry:eg", "forum:khartoum-process"] },
  ],
};
