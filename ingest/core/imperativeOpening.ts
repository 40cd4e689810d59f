import { analyse } from "./analysis.js";
import { headKind } from "./headKind.js";

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
 * Whether wink tags `word` a verb in "word the thing.": the answer depends on the word alone and the same few opening
 * words ("The", "In", "Take") come back on every page, so it is remembered (bounded, so memory stays flat).
 */
const verbAnswers = new Map<string, boolean>();
function opensOnVerb(word: string): boolean {
  let answer = verbAnswers.get(word);
  if (answer === undefined) {
    answer = analyse(`${word} the thing.`).tokens[0]?.pos === "VERB";
    if (verbAnswers.size >= 10_000) verbAnswers.clear();
    verbAnswers.set(word, answer);
  }
  return answer;
}
