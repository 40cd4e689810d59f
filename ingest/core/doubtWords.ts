/**
 * Words that put a clause in doubt: one lexicon for the readers that ask whether a fact is stated or only supposed.
 * A condition ("if", "unless", "should") doubts whatever follows it in its clause, so a subject after one states
 * nothing (subjectOpensClause.ts); a prospect modal ("may", "will") doubts only a clause fronted before the subject
 * ("If donors agree,", "As the Board may decide,": frontedDoubt.ts), since after a subject it is the fact's own verb.
 */
export const DOUBT_WORDS = {
  conditions: ["if", "unless", "whether", "should", "would", "could", "might"],
  prospects: ["may", "will", "can", "shall"],
} as const;

/** A condition word anywhere in a stretch of text. */
export const CONDITION_WORD = new RegExp(`\\b(?:${DOUBT_WORDS.conditions.join("|")})\\b`, "i");

/** Every doubt word, lower-case: a condition or a prospect. */
export const DOUBT_WORD_SET: ReadonlySet<string> = new Set<string>([...DOUBT_WORDS.conditions, ...DOUBT_WORDS.prospects]);

/** "in May 2016", "12 May": the month beside a number, not the modal. */
export function isMonthMay(word: string, before: string | undefined, after: string | undefined): boolean {
  return word === "May" && (/^\d/.test(before ?? "") || /^\d/.test(after ?? ""));
}
