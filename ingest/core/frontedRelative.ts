import type { M } from "./mentionLists.js";
import type { Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import { readRelativeClauses, type RelativeShape } from "./relativeClause.js";
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

const SHAPE: RelativeShape<string> = {
  tag: "fronted-relative",
  clause: CLAUSE,
  opens: (gap) => FRONTED.exec(gap)?.[1]!.toLowerCase() ?? null,
  rewrite(clause, preposition) {
    // "of which UNHCR was the chair in 2010": the date goes after the owner again ("the chair of X in 2010").
    const date = DATE_TAIL.exec(clause.trimEnd());
    const core = date ? clause.trimEnd().slice(0, date.index) : clause.trimEnd();
    return { before: `${core} ${preposition} `, after: date ? date[0] : "" };
  },
};

export function readFrontedRelative(text: string, groups: Group[], read: (text: string, ms: M[]) => Proposal[]): Proposal[] {
  return readRelativeClauses(text, groups, read, SHAPE);
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
