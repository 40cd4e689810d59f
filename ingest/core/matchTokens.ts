import { foldWord } from "./fold.js";
import { possessiveLength, wordEnd } from "./wordEdges.js";

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
 * Every passage is read this way, so the scan is written out by hand (wordEdges.ts). test/unit/matchTokens.test.ts
 * holds it to that expression.
 */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const wordEnds = wordEnd(text, i);
    if (wordEnds === -1) {
      const c = text.charCodeAt(i);
      if (c === AMPERSAND || c === COMMA) {
        const entry = writtenWord(text[i]!);
        out.push({ text: text[i]!, fold: entry.fold, word: entry, start: i, end: i + 1 });
      }
      // The second half of a character outside the Basic Multilingual Plane that is no letter is no letter either.
      i++;
      continue;
    }
    i = wordEnds;
    const end = wordEnds - possessiveLength(text, start, wordEnds);
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
  /** The number that trie gave the node the word leads to from its root, -1 for none: a number, so that no trie is kept alive by a word. */
  root?: number;
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
