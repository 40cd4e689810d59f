/**
 * The one pattern of a title run: a run of capitalised words, with the small words titles hold between them, that
 * makes a title ("Towards a Safer Coast for Fishers", "Migration, Environment and Climate Change: Evidence for
 * Policy"). Every reader of a title run derives its pattern here (titleAfterClassNoun.ts, apposedProjectName.ts,
 * classNounTitles.ts, coinedProgrammeNames.ts; headingAcronym.ts its small words) and says in its own shape where it
 * differs on purpose. colonTitles.ts reads another shape, words and small words in any order up to a colon ("Safer
 * Harbours for the:"), read backwards from a subtitle, so it keeps its own pattern.
 *
 * This module imports nothing, so any rule module may import it without closing an import cycle.
 */

/** The small words a title holds between its capitalised words, lower case: "Towards a Safer Coast for Fishers". */
export const TITLE_SMALL_WORDS: readonly string[] = ["a", "an", "the", "of", "for", "to", "and", "through", "in", "on", "with", "from", "against", "at", "by"];

/** How one reader's title run differs from the plain one. */
export interface TitleRunShape {
  /** Small words this reader reads beyond TITLE_SMALL_WORDS ("into", "&"), appended in this order. */
  addSmall?: readonly string[];
  /** The only small words this reader reads, in place of TITLE_SMALL_WORDS. */
  onlySmall?: readonly string[];
  /** At most one small word between two capitalised words ("Migration in Peru"), not a chain of them. */
  oneSmall?: boolean;
  /** A capitalised word may hold digits ("G20 Partners"). */
  digits?: boolean;
  /** A capitalised word may hold apostrophes ("Fishers’ Rights"); true unless said. */
  apostrophes?: boolean;
  /** A character class of punctuation that may close a word before the next ("[,:]": "Climate Change: Evidence"). */
  punctuation?: string;
  /** The run holds two capitalised words at the least, not one. */
  twoWords?: boolean;
}

/** The pattern of one capitalised word of a title: a capital, then letters (digits, apostrophes, hyphens as shaped). */
export function titleWordPattern(shape: TitleRunShape = {}): string {
  return `[A-Z][\\p{L}${shape.digits ? "\\p{N}" : ""}${shape.apostrophes === false ? "" : "’'"}-]*`;
}

/** The pattern of the small words between two capitalised words, a non-capturing group ("(?:a|an|…)"). */
export function titleSmallPattern(shape: TitleRunShape = {}): string {
  const small = shape.onlySmall ?? [...TITLE_SMALL_WORDS, ...(shape.addSmall ?? [])];
  return `(?:${small.join("|")})`;
}

/** The pattern of a whole title run, with no capturing group: the caller wraps it in its own context. */
export function titleRunPattern(shape: TitleRunShape = {}): string {
  const word = titleWordPattern(shape);
  const small = `${titleSmallPattern(shape)}\\s+`;
  return `${word}(?:${shape.punctuation ? `${shape.punctuation}?` : ""}\\s+${shape.oneSmall ? `(?:${small})?` : `(?:${small})*`}${word})${shape.twoWords ? "+" : "*"}`;
}
