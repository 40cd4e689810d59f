import type { NameRule } from "./NameRule.js";

/**
 * "the Women’s Harbour Forum", "a Children’s Rights Coalition": a capitalised plural (or collective) noun of
 * persons before a possessive is a word of the name, not an owner to cut off as with "UNICEF’s Division of X"
 * (nameDraft.ts). Only a phrase with that one possessive, opening it, is read this way.
 */
export const COLLECTIVE_POSSESSOR: NameRule = {
  id: "collective-possessor",
  what: "A name opening with a capitalised noun for a group of persons in the possessive ('People’s', 'Women’s', 'Children’s', 'Youth’s', 'Men’s') keeps that word: the group is who the body is for, not a body that owns it.",
  words: ["People", "Women", "Children", "Men", "Youth"],
  positive: [
    { text: "Delegates from the Women’s Forum on Seasonal Farm Labour spoke at the opening.", name: "Women’s Forum on Seasonal Farm Labour", kind: "FORUM" },
    { text: "A People's Assembly on Coastal Displacement met beside the ministerial meeting.", name: "People's Assembly on Coastal Displacement", kind: "FORUM" },
  ],
  negative: [
    // A body's possessive still cuts: the owner is no word of the unit's name.
    { text: "UNICEF’s Division of Harbour Statistics produced the tables.", name: "UNICEF’s Division of Harbour Statistics" },
    // Only a word for a group of persons stays: a state's possessive is its owner.
    { text: "Tinland’s Migration Council met in March.", name: "Tinland’s Migration Council" },
  ],
};

/** The group word and its possessive, after the phrase's start, an article or a lower-case word ("from the Women’s Forum"). */
const GROUP = new RegExp(`(?:^|(?<=(?:^|\\s)(?:[a-z]\\p{L}*|A|An|The)\\s+))(?:${COLLECTIVE_POSSESSOR.words.join("|")})[’']s\\s+(?=[A-Z])`, "u");

/** What GROUP needs at the least, for the gate before it. */
const GROUP_WORD = new RegExp(`(?:${COLLECTIVE_POSSESSOR.words.join("|")})[’']s\\s`);

/**
 * Where the name opens at a group word in the possessive ("People’s Forum on …"), when that is the phrase's
 * one possessive; -1 otherwise.
 */
export function collectiveOpening(phrase: string): number {
  // GROUP tests its lookbehind at every position; a phrase without a group word in the possessive fails it anyway.
  if (!GROUP_WORD.test(phrase)) return -1;
  const m = GROUP.exec(phrase);
  return m && (phrase.match(/[’']s\s/g) ?? []).length === 1 ? m.index : -1;
}
