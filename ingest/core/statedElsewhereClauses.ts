import type { AToken } from "./analysis.js";
import { followedClauses } from "./followedClause.js";
import { gappedDateClauses } from "./gappedDates.js";
import { lateCoAgents, type Stated } from "./lateCoAgents.js";
import type { M } from "./mentionLists.js";

/**
 * The clauses that state no act of their own but share one another reader stated: co-agents named after the object
 * ("A took part in X, alongside B", "…, as did B"), "Croatia followed on 5 November 1997" after the sentence before,
 * and "A ratified on D1, B on D2 and C in 2009". `stated` is the sentence's live list: what `add` links joins it, so
 * each reader sees what the one before it added.
 */
/** One sentence as the clause readers see it: its text and names, what was stated in it and the one before, and where links go. */
export interface StatedSentence {
  text: string;
  ends: readonly M[];
  own: readonly M[];
  /** The sentence's live list of stated links: what `add` links joins it. */
  stated: readonly Stated[];
  statedBefore: readonly Stated[];
  tokens: () => AToken[];
  kindOf: (id: string) => string | undefined;
  add: (c: Stated, confidence: number) => void;
}

export function statedElsewhereClauses(sentence: StatedSentence): void {
  const { text, ends, own, stated, statedBefore, tokens, kindOf, add } = sentence;
  if (stated.length > 0 && /\b(?:alongside|with|(?:as|so(?: too)?) (?:did|do|does|are|were|is|was|have|has|had))\b/.test(text)) {
    for (const c of lateCoAgents(text, ends, tokens(), stated)) add(c, 0.6);
  }
  for (const c of followedClauses(text, own, statedBefore, kindOf)) add(c, 0.65);
  // "Morocco ratified it in 2014; so did Egypt": the act stated earlier in this sentence, done again by later subjects.
  const actors = own.filter((m) => stated.some((s) => s.sourceId === m.id));
  if (actors.length > 0) for (const c of followedClauses(text, own, [...stated], kindOf, Math.max(...actors.map((m) => m.end)))) add(c, 0.65);
  if (stated.length > 0 && /[,;]|\band\s/.test(text)) for (const c of gappedDateClauses(text, ends, [...stated])) add(c, 0.65);
}
