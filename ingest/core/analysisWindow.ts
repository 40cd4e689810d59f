import { analyse, type Analysis } from "./analysis.js";
import type { M } from "./mentionLists.js";

/**
 * The one stretch of a sentence that wink analyses, shared by the rule engine and the predicate reader.
 * Both read only around the relation ends: the rules look at most ~160 characters past a mention, and
 * the predicate reader reads between neighbouring groups of ends and one token past the last. Analysing
 * the stretch once for both saves a second pass, and analysing a stretch rather than the whole sentence
 * keeps wink's work proportional to the mentions, not to the sentence's length. A sentence that opens
 * with a role list ("Members include …") is read from its start, where the list's predicate stands.
 */
export interface AnalysisWindow {
  from: number;
  to: number;
  /** Analysed on first call, then the same analysis for every reader. */
  analysis: () => Analysis;
}

export function analysisWindow(text: string, ends: readonly M[], fromStart: boolean): AnalysisWindow {
  let from = 0;
  let to = text.length;
  if (ends.length) {
    if (!fromStart) from = Math.max(0, text.lastIndexOf(" ", Math.max(0, ends[0]!.start - 60)));
    to = Math.min(text.length, Math.max(...ends.map((m) => m.end)) + 100);
  }
  let done: Analysis | null = null;
  return { from, to, analysis: () => (done ??= analyse(text, from, to)) };
}
