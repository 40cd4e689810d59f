/** Words of a rule's data as one regex alternation (the words are plain, so no escaping is needed). */
export const alternation = (words: readonly string[]): string => words.join("|");

/**
 * The words right after a name that describe it: an optional bracketed short name, then an apposition or a copula
 * (", a …", ", the …", " is a …", " was one of the …") and up to two words before the describing noun, never "of"
 * ("a member of the ministerial council" describes another body). Readers append their own noun
 * (ministerialBody.ts, organisationNetwork.ts).
 */
export const STATED_LEAD = String.raw`^(?:\s*\([^()]{1,15}\))?(?:,\s+(?:an?|the)|\s+(?:is|was)\s+(?:an?|the|one\s+of\s+the))\s+(?:(?!of\b)[\w-]+\s+){0,2}?`;
