import { analyse } from "./analysis.js";
import { headKind } from "./headKind.js";
import { remembered } from "./remembered.js";

/**
 * IMPERATIVE_OPENING: "Take the Senior Officials' Review Meeting of May 2006." A sentence may open on an imperative
 * verb whose object is a name: the verb's capital is the sentence's, so "Take the" is no part of the name. Read by
 * wink-nlp (the opening word tagged a verb before "the") and only where the words after "the" carry a head noun of
 * their own, so a name made of a verb phrase ("Save the Children", "Stop the Traffik") is left whole.
 */
export const IMPERATIVE_OPENING = {
  examples: {
    positive: [
      { text: "Take the Harbour Officials' Review Meeting of May 2006. Tinland hosted it.", name: "Harbour Officials' Review Meeting" },
      { text: "Consider the Coastal Fisheries Programme: it ran for ten years.", name: "Coastal Fisheries Programme" },
    ],
    negative: [
      { text: "Take the Harbour Officials' Review Meeting of May 2006. Tinland hosted it.", name: "Take the Harbour Officials' Review Meeting" },
      // Mid-sentence the capital is the name's: the words are left to the other rules.
      { text: "The union backed Save the Harbours Now in 2019.", name: "Harbours Now" },
    ],
  },
};

const OPENING = /^([A-Z][a-z]+)\s+the\s+(?=[A-Z])/;

/** The "Verb the " that opens `phrase` at the start of a sentence of `text`, or "" when there is none. */
export function imperativeOpening(text: string, phrase: string, phraseStart: number): string {
  const m = OPENING.exec(phrase);
  if (!m) return "";
  if (!/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, phraseStart - 4), phraseStart))) return "";
  if (!headKind(phrase.slice(m[0].length))) return "";
  return opensOnVerb(m[1]!) ? m[0] : "";
}

/**
 * Whether wink tags the word a verb before "the": read from the word alone, so asked once per word (remembered.ts,
 * bounded, as every document brings new opening words). Many headings and sentences open on the same capitalised word
 * ("The", "Take", "Join"), and each asked the tagger again.
 */
const opensOnVerb = remembered((word) => analyse(`${word} the thing.`).tokens[0]?.pos === "VERB", 10_000);
