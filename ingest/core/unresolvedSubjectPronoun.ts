import type { AToken } from "./analysis.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/** Words that may stand between a subject pronoun and its verb: auxiliaries and adverbs ("it was then widened", "it has since grown"). */
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
const MAX_BETWEEN = 3;

/**
 * A page about a named network, then "deckhands could borrow from a small fund; it was later extended to two
 * states": the trigger's subject is a pronoun that coreference could not tie to any named thing (it speaks of the
 * unnamed fund). What the verb says reaches those places is written, only not named, so it is not the page's topic
 * either: the unwritten-object fallback must not supply one.
 * A pronoun resolved to a mention of any kind is left to the readers that use it.
 */
export function unresolvedSubjectPronoun(tokens: readonly AToken[], trigStart: number, mentions: readonly M[]): boolean {
  let i = tokens.findIndex((t) => t.start >= trigStart) - 1;
  if (i < 0) return false;
  for (let between = 0; i >= 0 && BETWEEN.has(tokens[i]!.pos) && between < MAX_BETWEEN; between++) i--;
  const t = tokens[i];
  if (!t || t.lower !== "it" || t.pos !== "PRON") return false;
  return !mentions.some((m) => m.start < t.end && t.start < m.end);
}

/** Sentences the reading must get right ([type, sourceId, targetId]); test/unit/unresolvedSubjectPronoun.test.ts runs them. */
export const UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES: TripleExamples = {
  positive: [
    // The pronoun stands for the programme named just before: the phase reaches are that programme's.
    { text: "MIDA began with health workers in Ghana. In its second phase it was widened to Ethiopia and Somalia.", expect: ["OPERATES_IN", "ini:mida", "ctry:so"] },
    { text: "MIDA began with health workers in Ghana. Phase II extends to Ethiopia and Somalia.", expect: ["OPERATES_IN", "ini:mida", "ctry:so"] },
  ],
  negative: [
    // "it" is the small fund the sentence before speaks of without a name, not the network the page named earlier.
    { text: "The Harbour Reception Network (HRN) is a joint initiative of nine coastal states.\n\nActivities\nReturning deckhands could borrow from a small fund from 2021 onwards. For its next phase it was extended to Benin, Niger and Gabon.", expect: ["OPERATES_IN", "ini:harbour-reception-network", "ctry:bj"] },
    { text: "The Harbour Reception Network (HRN) is a joint initiative of nine coastal states.\n\nTraining\nThe pilot began in May 2021. In its first phase it was extended to Niger and Gabon.", expect: ["OPERATES_IN", "ini:harbour-reception-network", "ctry:ga"] },
  ],
};
