/**
 * The people a state or body sends to a meeting, named before the state ("the interior ministers of A and B", "senior
 * officials from A", "the foreign ministers of A"), as a regular-expression source ending after "of"/"from" and an
 * optional article. Up to two lower-case words may qualify the noun (a portfolio, a rank); a word that puts the office in
 * another time ("former", "future", "incoming", "would-be") or denies it ("no") names no one who came.
 */
const NOT_THERE = "former|future|incoming|would-be|no|ex";
const PEOPLE = "ministers|minister|delegations|delegation|representatives|officials|delegates|envoys|experts";

export const SENT_PEOPLE = String.raw`(?:the\s+)?(?:(?!(?:${NOT_THERE})\b)[a-z][a-z-]*\s+(?:and\s+)?){0,2}(?:${PEOPLE})\s+(?:of|from)\s+(?:the\s+)?`;
