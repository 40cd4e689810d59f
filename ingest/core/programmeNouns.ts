/**
 * The lower-case class nouns a programme is written with: "the LEAP project", "a two-year IOM programme", "Type:
 * Campaign", "The fund was set up". Readers that mean "a programme's own noun" take them from here, and a reader that
 * also counts a wider class (a platform, a network, a partnership) adds those words itself and says why.
 */
export const PROGRAMME_NOUNS = ["programme", "program", "project", "initiative", "campaign", "facility", "fund", "scheme"];

/** PROGRAMME_NOUNS as a regular-expression alternation: "programme|program|…". */
export const PROGRAMME_NOUN = PROGRAMME_NOUNS.join("|");
