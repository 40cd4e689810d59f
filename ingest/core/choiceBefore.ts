/**
 * "one or both of the conventions", "either of the two instruments", "any of these processes": a choice among the
 * entities the plural stands for says of none of them in particular that it is meant, so it stands for none.
 */
const choiceBefore = (words: readonly string[]) => new RegExp(String.raw`\b(?:(?:${words.join("|")})\s+(?:or\s+(?:both|all)\s+)?(?:or|of)|either|whichever)\s+$`, "i");
const CHOOSING_WORDS = ["one", "either", "any", "neither", "none", "some"];
/** The choices before a description ("either of the programmes", "each of the conventions"), read in coreference.ts. */
export const CHOICE_BEFORE = choiceBefore([...CHOOSING_WORDS, "each"]);
/** The choices before a plural reference: as CHOICE_BEFORE, but "each of the five States" is every one of them. */
export const PLURAL_CHOICE_BEFORE = choiceBefore(CHOOSING_WORDS);
