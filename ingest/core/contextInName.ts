import type { NameRule } from "./NameRule.js";

/**
 * "in the context of" before a capitalised word goes on with a name whose topic has begun ("… on Protection and
 * Solutions in the context of Forced Displacement"), as the titles of meetings and reports write a setting. Without a
 * topic word before it ("UNHCR in the context of Covid-19 Response") it is prose, and the name ends before it.
 */
export const IN_CONTEXT_OF = "(?<=\\s(?:on|for)\\s[\\p{L}\\p{N}’'\\-,\\s]{1,120}\\s)in\\s+the\\s+context\\s+of(?=\\s+\\p{Lu})";

export const CONTEXT_IN_NAME: NameRule = {
  id: "context-in-name",
  what: "'in the context of' before a capitalised word goes on with a name after its topic ('Dialogue on X in the context of Y'); before a lower-case word, or in a name with no 'on'/'for' before it, the name ends before it (namePatterns.ts).",
  words: [],
  positive: [
    { text: "The talks, formally the Lagoon Dialogue on Fisher Safety in the context of Coastal Erosion, ran for two days.", name: "Lagoon Dialogue on Fisher Safety in the context of Coastal Erosion", kind: "FORUM" },
    { text: "Tinland hosted the Expert Meeting on Harbour Work in the context of Seasonal Storms in 2019.", name: "Expert Meeting on Harbour Work in the context of Seasonal Storms", kind: "FORUM" },
  ],
  negative: [
    { text: "The talks, formally the Lagoon Dialogue on Fisher Safety in the context of Coastal Erosion, ran for two days.", name: "Lagoon Dialogue on Fisher Safety" },
    // No topic before it: the body acts in a setting, which is no part of its name.
    { text: "The Tinland Harbour Agency in the context of Storm Season Planning moved its boats.", name: "Tinland Harbour Agency in the context of Storm Season Planning" },
    // A lower-case word after it: prose.
    { text: "The Lagoon Dialogue on Fisher Safety in the context of the storms met twice.", name: "Lagoon Dialogue on Fisher Safety in the context of the storms" },
  ],
};
