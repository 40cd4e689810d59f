import { GENERIC_NAMES, HEAD_NOUNS } from "./nameRules.js";
import type { EntityRecord } from "./types.js";
import type { TripleExamples } from "./TripleExamples.js";

/** A demonstrative right before a name: "that Core Group", "this Steering Committee", "the same Working Group". */
const DEMONSTRATIVE = /\b(?:that|this|these|those|the\s+same|such\s+an?)\s+$/i;
/** Words that only say which part a group plays, like the generic words of nameRules ("Core", "Contact"). */
const ROLE_WORDS = new Set("Core Contact Reference Coordination Support Friends Focal Drafting Review Oversight Advisory Steering Working".split(" "));
const GENERIC = new Set(GENERIC_NAMES.words);
const HEADS = new Set(Object.values(HEAD_NOUNS.words).flat());

/**
 * "as members of that Core Group": a demonstrative before a discovered name made only of a head noun and words that
 * say its role points back to a group the text described, not to a body of that name. Such a name is the same words
 * on every page, so read as a relation end it would join unrelated groups of many pages into one.
 */
export function demonstrativeGeneric(entity: EntityRecord | undefined, before: string): boolean {
  if (!entity || entity.origin !== "discovered" || !DEMONSTRATIVE.test(before.slice(-16))) return false;
  const words = entity.name.replace(/^the\s+/i, "").split(/\s+/);
  return words.length <= 3 && HEADS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => GENERIC.has(w) || ROLE_WORDS.has(w));
}

/** Sentences the reading must get right; test/unit/demonstrativeName.test.ts runs them through the pipeline. */
export const DEMONSTRATIVE_EXAMPLES: TripleExamples = {
  positive: [
    // A generic name with no demonstrative is still read.
    { text: "Norway and Mexico are members of the Core Group of the Support Platform.", expect: ["MEMBER_OF", "ctry:mx", "forum:core-group-of-the-support-platform"] },
    { text: "Talks on the central Mediterranean went on. Italy and Malta are members of the Contact Group.", expect: ["MEMBER_OF", "ctry:mt", "forum:contact-group"] },
  ],
  negative: [
    { text: "In 2002 a few states prepared a global commission. Brazil and Morocco wrote its mandate as members of that Core Group.", expect: ["MEMBER_OF", "ctry:br", "forum:core-group"] },
    { text: "Talks on the central Mediterranean went on. Italy and Malta are members of that Contact Group.", expect: ["MEMBER_OF", "ctry:mt", "forum:contact-group"] },
  ],
};
