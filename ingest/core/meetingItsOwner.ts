import { sentenceAround } from "./sentenceAround.js";
import type { Mention } from "./types.js";

/**
 * What "its" stands for: the last body named before it in its sentence, passing over an aside that names another
 * ("The X, led by the League of Arab States, held its fourth meeting"); a sentence that opens on "Its" with no body
 * before it is the previous sentence's first body ("The X is convened by the AU. Its fifth edition …").
 */
export function itsOwner(text: string, sorted: readonly Mention[], sentenceStart: number, at: number): Mention | undefined {
  const before = sorted.filter((m) => m.kind !== "COUNTRY" && m.localEnd <= at && m.localStart >= sentenceStart);
  const last = before[before.length - 1];
  const previous = before[before.length - 2];
  if (last && previous && /,/.test(text.slice(previous.localEnd, last.localStart)) && /^[^,]*,[^,]*$/.test(text.slice(last.localEnd, at))) return previous;
  if (last || !/^\s*$/.test(text.slice(sentenceStart, at))) return last;
  const { from } = sentenceAround(text, Math.max(0, sentenceStart - 2), Math.max(0, sentenceStart - 1));
  return sorted.find((m) => m.kind !== "COUNTRY" && m.localStart >= from && m.localEnd < sentenceStart);
}
