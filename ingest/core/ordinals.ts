import { headWord } from "./headKind.js";
import { COUNT_WORD, TENS } from "./numberWords.js";

/** Ordinals of numbered meetings: words ("twenty-first"), numbers ("5th"), Roman numerals ("XIII"). */
export const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
export const ORDINAL = `((?:(?:${TENS.join("|")})-)?(?:${ORDINAL_WORDS.join("|")})|\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2})`;
/** An ordinal spelled out ("third", "twenty-first"), as a group that captures nothing. */
export const SPELLED_ORDINAL = `(?:(?:${TENS.join("|")})-)?(?:${ORDINAL_WORDS.join("|")})`;
/** Words that count things: "three", "several", "12". */
export const CARDINAL = `(?:${COUNT_WORD}|several|\\d{1,2})`;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** "XIII" → 13; 0 for what is no well-formed Roman numeral up to 399. */
export function romanNumber(numeral: string): number {
  let n = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i]!]!;
    n += v < (ROMAN[numeral[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral) ? n : 0;
}

/** "twenty-first" → "21", "5th" → "5", "XIV" → "14". */
export function ordinalNumber(word: string): string {
  if (/^[IVXLC]+$/.test(word)) return String(romanNumber(word) || "");
  const [tens, unit] = word.toLowerCase().includes("-") ? word.toLowerCase().split("-") : [null, word.toLowerCase()];
  const i = ORDINAL_WORDS.indexOf(unit!);
  if (i >= 0) return String((tens ? (TENS.indexOf(tens) + 2) * 10 : 0) + i + 1);
  return word.replace(/\D/g, "");
}

/**
 * "the 5th Coastal Ministerial Conference on Trade and Ports" is the series' fifth Conference: its natural key is the
 * ordinal and the series' head noun (the word before the complement), the same key "the fifth Conference" gives,
 * never the name's last word.
 */
export function seriesHead(name: string): string {
  return (headWord(name) ?? name.split(/\s+/).pop()!).toLowerCase();
}

/** "5 ministerial meeting": the ordinal with the words that name the kind of meeting (ORDINAL_YEAR). */
export const meetingKind = (ordinal: string, modifiers: string, noun: string) => `${ordinalNumber(ordinal)} ${modifiers.trim().toLowerCase()} ${noun.toLowerCase()}`.replace(/\s+/g, " ");
