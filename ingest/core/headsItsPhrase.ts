import { tokenAt, type AToken } from "./analysis.js";
import { SAME_THING_NOUNS } from "./relationTable.js";

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/** The name heads its phrase: "the Nansen Initiative’s consultation" or "a GMG publication" is about something else. */
export function headsItsPhrase(tokens: AToken[], end: number): boolean {
  const t = tokens[tokenAt(tokens, end)];
  if (!t) return true;
  if (POSSESSIVE.has(t.lower)) return false;
  // "World Bank-led", "European Commission-financed": the name qualifies what follows.
  if (t.start === end && t.text.startsWith("-")) return false;
  return !((t.pos === "NOUN" || t.pos === "PROPN") && !SAME_THING_NOUNS.has(t.lower) && t.start === end + 1);
}
