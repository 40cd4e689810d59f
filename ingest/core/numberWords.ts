/**
 * Number words, in one list that every reader of counts derives its words from ("three delegations", "two years
 * earlier", a counted list's "four members: …", "twenty-first"). Kept apart from ordinals.ts, which imports readers
 * of names, so rule data may use them too.
 */
export const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** The number words from one to nineteen, each at its value less one. */
export const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
/** The number words from two to twelve, as alternatives: the counts a list of names is written with. */
export const COUNT_WORD = NUMBER_WORDS.slice(1, 12).join("|");
/** "four" → 4; 0 for a word that is no number word. */
export const numberWordValue = (word: string): number => NUMBER_WORDS.indexOf(word.toLowerCase()) + 1;
