import { foldWord } from "./fold.js";

/** A word as the matcher sees it: hyphens split words, "&" is a word, a possessive ’s is not part of it. */
export interface MatchToken {
  text: string;
  /** Spelling-folded letters (see fold.ts): "High-level" and "High level" walk the same path. */
  fold: string;
  /** Letters and digits as written, for case-sensitive forms; computed when first needed. */
  exact?: string;
  start: number;
  end: number;
}

/**
 * The words of `text` as the matcher walks them: what `/[\p{L}\p{N}]+(?:[’'.+][\p{L}\p{N}]+)*|&|,/gu` matches, a
 * trailing possessive ’s dropped. Commas are words too, so "Global Compact for Safe, Orderly and Regular Migration"
 * matches whole and "UNDP, UNICEF" is never one name.
 *
 * Every passage is read this way, so the scan is written out by hand: a regular-expression iterator allocates a
 * match array per word, which was most of the cost. test/unit/matchTokens.test.ts holds it to that expression.
 */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.codePointAt(i)!;
    if (!isLetterOrDigit(c)) {
      if (c === AMPERSAND || c === COMMA) out.push({ text: text[i]!, fold: foldWord(text[i]!), start: i, end: i + 1 });
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isLetterOrDigit((c = text.codePointAt(i)!))) i += c > 0xffff ? 2 : 1;
      // A joiner continues the word only when a letter or digit follows it: "IOM’s", "U.S"; "C++" is the word "C".
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrDigit((c = text.codePointAt(i + 1)!))) {
        i += c > 0xffff ? 3 : 2;
        continue;
      }
      break;
    }
    let end = i;
    if (end - start > 2 && text.charCodeAt(end - 1) === LOWER_S && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    const word = text.slice(start, end);
    const fold = foldWord(word);
    if (fold) out.push({ text: word, fold, start, end });
  }
  return out;
}

const AMPERSAND = 0x26;
const COMMA = 0x2c;
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
