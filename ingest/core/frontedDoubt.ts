import type { AToken } from "./analysis.js";
import { frontedClause } from "./ruleReadings.js";

/** Words that make a fronted clause a condition or a prospect ("If donors agree,", "Should Chad ask,"). */
const DOUBT_WORDS = new Set(["if", "unless", "whether", "should", "would", "could", "might", "may", "will", "can", "shall"]);
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
    // "in May 2016": the month, not the modal.
    if (t.text === "May" && (/^\d/.test(tokens[k - 1]?.text ?? "") || /^\d/.test(tokens[k + 1]?.text ?? ""))) continue;
    if (DOUBT_WORDS.has(t.lower)) return true;
    if (t.pos === "VERB" && DOUBT_VERBS.has(t.lemma)) return true;
  }
  return false;
}
