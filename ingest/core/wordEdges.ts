/**
 * Where a word of `[\p{L}\p{N}]+(?:[’'.+][\p{L}\p{N}]+)*` ends, found by hand: the matcher's tokens (matchTokens.ts)
 * and the folded words of a name (fold.ts) are read this way, and a regular-expression iterator allocates a match
 * array per word.
 */

/** The end of the word that starts at `i`, or -1 when no letter or digit stands there. */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  if (i >= n) return -1;
  let c = text.codePointAt(i)!;
  if (!isLetterOrDigit(c)) return -1;
  for (;;) {
    while (i < n && isLetterOrDigit((c = text.codePointAt(i)!))) i += c > 0xffff ? 2 : 1;
    // A joiner continues the word only when a letter or digit follows it: "IOM’s", "U.S"; "C++" is the word "C".
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrDigit((c = text.codePointAt(i + 1)!))) {
      i += c > 0xffff ? 3 : 2;
      continue;
    }
    return i;
  }
}

/** The length of the word's end that is a possessive ’s ("IOM’s"), else 0. */
export function possessiveLength(text: string, start: number, end: number): number {
  return end - start > 2 && text.charCodeAt(end - 1) === LOWER_S && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0;
}

const LOWER_S = 0x73;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isJoiner = (c: number) => isApostrophe(c) || c === 0x2e || c === 0x2b;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per code unit of the Basic Multilingual Plane: 0 not yet asked, 1 a letter or digit, 2 neither. */
const bmp = new Uint8Array(0x10000);

function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
  let known = bmp[c]!;
  if (known === 0) known = bmp[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
