import { HEAD_NOUNS } from "./headNouns.js";
import type { NameRule } from "./NameRule.js";

/** Head nouns that end a name: after one, a slash parts two names ("the X Institute/Y Group"), it joins no words. */
const HEADS = Object.values(HEAD_NOUNS.words).flat().filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));

/**
 * Two capitalised words joined by a slash are one word of a name ("the Harbour Entry/Exit Programme"). Both halves are
 * written in lower case after their capital, so two bodies' acronyms side by side ("UNHCR/IOM") stay two names; and
 * the first is no head noun, so two full names joined by a slash ("the Reef Institute/Lagoon Group") stay two.
 * The slash is looked for first: the look back over every head noun is then made only where one stands, not at the end
 * of every capitalised word.
 */
export const SLASHED = `(?:(?=\\/)(?<=\\p{Ll})(?<!\\b(?:${HEADS.join("|")}))\\/\\p{Lu}\\p{Ll}[\\p{L}\\-]*)?`;

export const SLASHED_WORDS: NameRule = {
  id: "slashed-words",
  what: "Two capitalised words joined by a slash ('Entry/Exit') are one word of a name, before an acronym in brackets too; acronyms joined by a slash ('UNHCR/IOM'), or a head noun and the next name ('X Institute/Y Group'), are not joined (namePatterns.ts).",
  words: [],
  positive: [
    { text: "The agency runs the Harbour Arrival/Departure Programme for the ports of Tinland.", name: "Harbour Arrival/Departure Programme", kind: "INITIATIVE" },
    { text: "The agency is building the Arrival/Departure System (ADS) for the coastal ports.", name: "Arrival/Departure System", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The agency is building the Arrival/Departure System (ADS) for the coastal ports.", name: "Departure System" },
    { text: "The agency runs the Harbour Arrival/Departure Programme for the ports of Tinland.", name: "Departure Programme" },
    // Two names joined by a slash: the first ends on its head noun.
    { text: "Funds came from the Reef Fisheries Institute/Lagoon Crews Group in 2019.", name: "Reef Fisheries Institute/Lagoon Crews Group" },
  ],
};
