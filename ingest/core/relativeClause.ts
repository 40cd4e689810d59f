import type { M } from "./mentionLists.js";
import type { Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";

/**
 * One kind of relative clause after a name ("X, of which A is a member,", "X, which A manages,"): how the words between
 * the name (the owner) and the clause's subject (the holder) open it, how far the clause runs, and how it is written
 * back as a plain sentence "<holder> <lead> <owner> <tail>".
 */
export interface RelativeShape<O> {
  /** The tag the proposals' entry takes ("fronted-relative"). */
  tag: string;
  /** The clause after the holder: up to its closing comma, bracket or the sentence's end, with no other name in it. */
  clause: RegExp;
  /** What the gap between owner and holder says of the clause, or null when it opens none (before: the text before the owner). */
  opens(gap: string, owner: Group, before: string): O | null;
  /** The clause's words before and after the owner once it is put back, or null when the clause cannot take it. */
  rewrite(clause: string, opened: O): { before: string; after: string } | null;
}

/**
 * Reads each relative clause of the shape by putting its owner back into it and handing that sentence to the predicate
 * reader, so the lexicon, the negation, modal and plan checks and the kinds of both ends decide as ever.
 */
export function readRelativeClauses<O>(text: string, groups: Group[], read: (text: string, ms: M[]) => Proposal[], shape: RelativeShape<O>): Proposal[] {
  const out: Proposal[] = [];
  for (let g = 0; g + 1 < groups.length; g++) {
    const L = groups[g]!;
    const R = groups[g + 1]!;
    const opened = shape.opens(text.slice(L.end, R.start), L, text.slice(0, L.start));
    if (opened === null) continue;
    const clause = shape.clause.exec(text.slice(R.end));
    const next = groups[g + 2];
    if (!clause || (next && next.start < R.end + clause[0].length)) continue;
    const parts = shape.rewrite(clause[0], opened);
    if (!parts) continue;
    const lead = `${text.slice(R.start, R.end)}${parts.before}`;
    const sentence = `${lead}${text.slice(L.start, L.end)}${parts.after}.`;
    const ms: M[] = [
      ...R.ms.map((m) => ({ ...m, start: m.start - R.start, end: m.end - R.start })),
      ...L.ms.map((m) => ({ ...m, start: m.start - L.start + lead.length, end: m.end - L.start + lead.length })),
    ];
    out.push(...read(sentence, ms).map((p) => ({ ...p, entry: `${p.entry}:${shape.tag}` })));
  }
  return out;
}
