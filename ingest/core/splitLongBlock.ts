import { splitSentences } from "./sentences.js";
import type { Block, Sentence } from "./types.js";

/**
 * No passage is longer than this. Mention lookup and relation rules work per passage and
 * compare mentions with each other, so one enormous paragraph (a file with no line breaks)
 * made extraction quadratic in its size. The longest passage in the bundled corpus is about
 * 2,800 characters, so real paragraphs are never cut.
 */
export const MAX_PASSAGE_CHARS = 6_000;

export interface BlockPiece {
  block: Block;
  sentences: Sentence[];
}

/**
 * A block and its sentences, or, when the block is longer than MAX_PASSAGE_CHARS, consecutive
 * runs of whole sentences of at most that length (sentences themselves are capped shorter).
 * Each piece keeps exact source offsets, so evidence still points into the file.
 */
export function splitLongBlock(block: Block): BlockPiece[] {
  const sentences = splitSentences(block);
  if (block.text.length <= MAX_PASSAGE_CHARS || sentences.length < 2) return [{ block, sentences }];
  const pieces: BlockPiece[] = [];
  let first = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i < sentences.length && sentences[i]!.localEnd - sentences[first]!.localStart <= MAX_PASSAGE_CHARS) continue;
    pieces.push(piece(block, sentences.slice(first, i)));
    first = i;
  }
  return pieces;
}

function piece(block: Block, run: Sentence[]): BlockPiece {
  const from = run[0]!.localStart;
  const to = run[run.length - 1]!.localEnd;
  const offsets = block.offsets.subarray(from, to);
  return {
    block: { kind: block.kind, text: block.text.slice(from, to), offsets, start: offsets[0]!, end: offsets[offsets.length - 1]! + 1 },
    sentences: run.map((s) => ({ ...s, localStart: s.localStart - from, localEnd: s.localEnd - from })),
  };
}
