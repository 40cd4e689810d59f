/**
 * Class nouns that, put beside a name, say it is an organization ("the Harbour Trust, a local NGO"). Kept apart from
 * kindRules.ts so that the rules it imports (NGO_FORUMS in forumOrganisation.ts) read the same cues without a cycle.
 */
export const ORGANISATION_CLASS_NOUNS: readonly string[] = "NGO non-governmental organization organisation foundation charity".split(" ");

/** The class nouns a charity or NGO carrying a meeting head in its name is called by, over the shared ones. */
export const NON_PROFIT_CLASS_NOUNS: readonly string[] = [...ORGANISATION_CLASS_NOUNS, ..."NGOs non-profit not-for-profit nonprofit".split(" ")];
