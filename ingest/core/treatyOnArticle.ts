import type { NameRule } from "./NameRule.js";

/**
 * TREATY_ON_ARTICLE: a treaty's title may open its subject with "a" or "an" ("the Agreement on a Common Labour
 * Market", "the Convention on an Open Ferry Zone"): right after a treaty's head and "on", before a capitalised word,
 * the article goes on with the name as "the" does. Anywhere else "on a" is prose ("worked on a Coastal Plan"), and a
 * day or a month after it dates the act ("signed the Agreement on a Monday").
 */
export const TREATY_ON_ARTICLE: NameRule = {
  id: "treaty-on-article",
  what: "'<Convention|Protocol|Agreement|Treaty|Charter> on a/an <Capitalised words>' is one treaty's title; 'on a' elsewhere, or before a day or month, is not.",
  words: ["on a", "on an"],
  positive: [
    { text: "In 1954 the four states concluded the Agreement on a Common Coral Labour Market.", name: "Agreement on a Common Coral Labour Market", kind: "CONVENTION" },
    { text: "Ghana ratified the Convention on an Open Ferry Zone in 2001.", name: "Convention on an Open Ferry Zone", kind: "CONVENTION" },
  ],
  negative: [
    { text: "The ministers signed the Agreement on a Monday in Accra.", name: "Agreement on a Monday" },
    { text: "The agency worked on a Coastal Fishers Plan with Ghana.", name: "on a Coastal Fishers Plan" },
  ],
};

const DATE_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b";

/** The pattern piece NAME_PHRASE reads after a treaty's head: "on a" before a capitalised word (gap: the space between words). */
export const treatyOnArticle = (gap: string) => `(?:(?<=\\b(?:Convention|Protocol|Agreement|Treaty|Charter)${gap})on${gap}an?(?=${gap}(?!${DATE_WORD})\\p{Lu}))`;
