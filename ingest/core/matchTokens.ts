import { foldWord } from "./fold.js";

/** A word as the matcher sees it: hyphens split words, "&" is a word, a possessive ’s is not part of it. */
export interface MatchToken {
  text: string;
  /** Spelling-folded letters (see fold.ts): "High-level" and "High level" walk the same path. */
  fold: string;
  /** The entry every token written the same way shares. */
  word: WrittenWord;
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
      if (c === AMPERSAND || c === COMMA) {
        const entry = writtenWord(text[i]!);
        out.push({ text: text[i]!, fold: entry.fold, word: entry, start: i, end: i + 1 });
      }
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
    const entry = writtenWord(word);
    if (entry.fold) out.push({ text: word, fold: entry.fold, word: entry, start, end });
  }
  return out;
}

/**
 * A word as written, with its fold, shared by every token that writes it. The matcher remembers on it where the word
 * leads from the trie's root (Matcher.ts): every token starts a walk there, and a field of an object the token
 * already holds is cheaper to read than a second map of all the words seen.
 */
export interface WrittenWord {
  readonly fold: string;
  /** Whose trie (and which state of it) `root` was found in. */
  rootOf?: object;
  root?: object | null;
}

/** Bounded, as fold.ts's cache is: past the bound a word gets an entry of its own, and nothing is remembered on it. */
const written = new Map<string, WrittenWord>();
function writtenWord(word: string): WrittenWord {
  let entry = written.get(word);
  if (entry === undefined) {
    entry = { fold: foldWord(word) };
    if (written.size < 200_000) written.set(word, entry);
  }
  return entry;
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
