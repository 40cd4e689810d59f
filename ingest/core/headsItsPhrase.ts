import { tokenAt, type AToken } from "./analysis.js";
import { SAME_THING_NOUNS } from "./relationTable.js";

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/**
 * The name heads its phrase: "the Nansen Initiative’s consultation" or "a GMG publication" is about something else.
 * A verb with two objects puts the receiver before the thing given ("gave the Nansen Initiative support"): where the
 * verb's entry says what that second object is (`secondObject`, tested on `rest`, the text after the name), a noun
 * right after the name that opens it starts a phrase of its own, and the name still heads its own.
 */
export function headsItsPhrase(tokens: AToken[], end: number, secondObject?: { rest: string; reads: RegExp }): boolean {
  const t = tokens[tokenAt(tokens, end)];
  if (!t) return true;
  if (POSSESSIVE.has(t.lower)) return false;
  // "World Bank-led", "European Commission-financed": the name qualifies what follows.
  if (t.start === end && t.text.startsWith("-")) return false;
  const nounAfter = (t.pos === "NOUN" || t.pos === "PROPN") && !SAME_THING_NOUNS.has(t.lower) && t.start === end + 1;
  return !nounAfter || (secondObject !== undefined && secondObject.reads.test(secondObject.rest));
}
