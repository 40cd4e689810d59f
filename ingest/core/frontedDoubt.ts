import type { AToken } from "./analysis.js";
import { frontedClause } from "./ruleReadings.js";
import { DOUBT_WORD_SET, isMonthMay } from "./rules/nonFactWords.js";

/** Verbs that make it a request or a plan when they are the clause's verb ("Once Chad asks,", "As IOM plans,"). */
const DOUBT_VERBS = new Set(["ask", "request", "plan"]);

/**
 * "If the donors agree, X funds Y", "Should Chad request it, IOM leads Y": a clause fronted before the subject
 * (frontedClause) that is a condition or a prospect puts the whole sentence in doubt. Only its subordinator, a modal,
 * or a verb of asking or planning counts: a noun ("After a request from the AU,", "In response to requests from
 * Chad,") names the occasion of a fact, and a cue word inside a name (`names`) is the name's.
 */
export function frontedDoubt(text: string, tokens: AToken[], subjectStart: number, names: readonly { start: number; end: number }[] = []): boolean {
  const opening = frontedClause(text, tokens, subjectStart);
  if (!opening) return false;
  for (let k = Math.max(0, opening[0]); k < opening[1]; k++) {
    const t = tokens[k]!;
    if (names.some((n) => n.start <= t.start && t.end <= n.end)) continue;
    if (isMonthMay(t.text, tokens[k - 1]?.text, tokens[k + 1]?.text)) continue;
    // A condition or a prospect word (doubtWords.ts) makes the fronted clause doubt the sentence.
    if (DOUBT_WORD_SET.has(t.lower)) return true;
    if (t.pos === "VERB" && DOUBT_VERBS.has(t.lemma)) return true;
  }
  return false;
}
