/**
 * The one pattern of a title run: a run of capitalised words, with the small words titles hold between them, that
 * makes a title ("Towards a Safer Coast for Fishers", "Migration, Environment and Climate Change: Evidence for
 * Policy"). Every reader of a title run derives its pattern here (titleAfterClassNoun.ts, apposedProjectName.ts,
 * classNounTitles.ts, coinedProgrammeNames.ts, knownAs.ts, passiveSubjectNames.ts, classNounDefinition.ts;
 * headingAcronym.ts its small words) and says in its own shape where it differs on purpose. colonTitles.ts reads
 * another shape, words and small words in any order up to a colon ("Safer Harbours for the:"), read backwards from a
 * subtitle, so it keeps its own pattern; runs of capitalised words with no small words but "and" (jointMeetingNames.ts,
 * subBodyRules.ts, stateNamedOffice.ts) and venues and places (meetingPatterns.ts, meetingActYear.ts) are no titles.
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
  /** How many small words may stand between two capitalised words at the most (1: "Migration in Peru"); any unless said. */
  maxSmall?: number;
  /** A capitalised word may hold digits ("G20 Partners"). */
  digits?: boolean;
  /** A capitalised word may hold apostrophes ("Fishers’ Rights"); true unless said. */
  apostrophes?: boolean;
  /** A character class of punctuation that may close a word before the next ("[,:]": "Climate Change: Evidence"). */
  punctuation?: string;
  /** How many capitalised words the run holds at the least (1 unless said) and at the most (any unless said). */
  minWords?: number;
  maxWords?: number;
}

/** A quantifier from `min` to `max` times (max undefined: no bound), as a pattern writes it. */
function times(min: number, max: number | undefined): string {
  if (max === undefined) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`;
  return min === 0 && max === 1 ? "?" : `{${min},${max}}`;
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
  const between = `${shape.punctuation ? `${shape.punctuation}?` : ""}\\s+(?:${small})${times(0, shape.maxSmall)}`;
  const more = times((shape.minWords ?? 1) - 1, shape.maxWords === undefined ? undefined : shape.maxWords - 1);
  return `${word}(?:${between}${word})${more}`;
}
