import type { NameRule } from "./NameRule.js";

/**
 * Two capitalised words joined by a slash are one word of a name ("the Harbour Entry/Exit Register"). Both halves are
 * written in lower case after their capital, so two bodies' acronyms side by side ("UNHCR/IOM") stay two names.
 */
export const SLASHED = "(?:(?<=\\p{Ll})\\/\\p{Lu}\\p{Ll}[\\p{L}\\-]*)?";

export const SLASHED_WORDS: NameRule = {
  id: "slashed-words",
  what: "Two capitalised words joined by a slash ('Entry/Exit') are one word of a name, before an acronym in brackets too; acronyms joined by a slash ('UNHCR/IOM') are not joined (namePatterns.ts).",
  words: [],
  positive: [
    { text: "The agency runs the Harbour Arrival/Departure Programme for the ports of Tinland.", name: "Harbour Arrival/Departure Programme", kind: "INITIATIVE" },
    { text: "The agency is building the Arrival/Departure System (ADS) for the coastal ports.", name: "Arrival/Departure System", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The agency is building the Arrival/Departure System (ADS) for the coastal ports.", name: "Departure System" },
    { text: "The agency runs the Harbour Arrival/Departure Programme for the ports of Tinland.", name: "Departure Programme" },
  ],
};
