import type { Block, Sentence } from "./types.js";
import { sourceSpan } from "./TextBuilder.js";

/** Abbreviations that end with a dot but do not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Art|Arts|para|paras|e\.g|i\.e|etc|vs|cf|Vol|Rev|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|U\.K|U\.S|U\.N)|\b[A-Z])\.$/;

/**
 * No sentence is longer than this. Relation rules look at every pair of mentions and every
 * verb in a sentence, so an unbounded "sentence" (a PDF dump or minified page with no full
 * stops) made extraction quadratic in its length. The longest sentence in the bundled corpus
 * is about 1,400 characters.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Splits a block's text into sentences, each mapped back to source offsets. */
export function splitSentences(block: Pick<Block, "text" | "offsets">): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let begin = 0;
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  for (const m of text.matchAll(boundary)) {
    const endOfSentence = m.index! + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(begin, endOfSentence - 8), endOfSentence))) continue;
    push(begin, endOfSentence);
    begin = m.index! + m[0].length;
  }
  push(begin, text.length);
  return out;

  function push(from: number, to: number): void {
    // Over-long: cut at the last clause break (else the last space) in the window's second half.
    while (to - from > MAX_SENTENCE_CHARS) {
      const window = text.slice(from, from + MAX_SENTENCE_CHARS);
      const half = MAX_SENTENCE_CHARS / 2;
      let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(": "));
      if (cut < half) cut = window.lastIndexOf(" ");
      const at = cut >= half ? from + cut + 1 : from + MAX_SENTENCE_CHARS;
      pushOne(from, at);
      from = at;
    }
    pushOne(from, to);
  }

  function pushOne(from: number, to: number): void {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const s = from + lead;
    const e = from + slice.trimEnd().length;
    if (e <= s) return;
    out.push({ text: text.slice(s, e), localStart: s, localEnd: e, ...sourceSpan(block, s, e) });
  }
}
