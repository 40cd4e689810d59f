/**
 * The nouns "participating" qualifies when it names who takes part ("Participating States:", "the list of participating
 * delegations", "A and B are its participating agencies"), as regular-expression sources, singular or plural. Every
 * reader of "participating …" builds its words from these groups, so a noun one of them learns the others know.
 */
export const PARTICIPANT_NOUNS = {
  states: String.raw`states?|countr(?:y|ies)|governments?`,
  bodies: String.raw`organi[sz]ations?|agenc(?:y|ies)|entit(?:y|ies)`,
  delegations: String.raw`delegations?`,
};

/** "participating" and one noun of the groups named: "participating\s+(?:states?|…)". */
export function participating(...groups: Array<keyof typeof PARTICIPANT_NOUNS>): string {
  return String.raw`participating\s+(?:${groups.map((g) => PARTICIPANT_NOUNS[g]).join("|")})`;
}
