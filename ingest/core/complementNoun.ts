import type { NameRule } from "./NameRule.js";

/**
 * A name whose own head has no kind may still take one from a head noun that closes it ("Internal Labour Mobility in
 * Tinland Initiative"). Not when an article stands right before that noun: "Briefing on the Protocol" is a phrase about
 * a treaty, its last noun the complement's ("on the Protocol"), so the closing word says nothing of what the phrase
 * names. Data with example sentences, run by test/unit/kindRules.test.ts.
 */
export const COMPLEMENT_NOUN: NameRule = {
  id: "complement-noun",
  what: "A head noun closing a name heads it only where no article stands before it: 'Briefing on the Protocol' or 'Reception for the Covenant' names no treaty (the noun is the complement's); 'Coastal Mobility in Tinland Initiative' is a programme.",
  words: ["the", "this", "that", "its", "their"],
  positive: [
    // The contrast: the same closing noun with no article before it heads the name.
    { text: "Norway funds the Coastal Labour Mobility in Tinland Initiative until 2026.", name: "Coastal Labour Mobility in Tinland Initiative", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Ocean Watch's diary lists a Briefing on the Protocol, held in Suva after the port strike.", name: "Briefing on the Protocol", notKind: "CONVENTION" },
    { text: "Ocean Watch organised a Reception for the Covenant in Suva in 2011.", name: "Reception for the Covenant", notKind: "CONVENTION" },
  ],
};

const ARTICLES = new Set(COMPLEMENT_NOUN.words);

/** Whether the name's last word follows an article, so belongs to a complement (COMPLEMENT_NOUN). */
export const closesOnComplement = (words: readonly string[]): boolean => words.length >= 3 && ARTICLES.has(words[words.length - 2]!);
