/** A sentence's end in a passage: a stop before a capital or an opening quote, or a line break (global: read with matchAll). */
export const SENTENCE_STOP = /[.!?]["”’)]?\s+(?=[A-Z"“])|\n/g;

/**
 * The sentence of a passage around [start, end): from the last sentence stop (or line break) before it to the next
 * one after it, for readers that hold a mention's offsets in its passage's text rather than its sentence.
 */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  // One character past the start, so that a stop's look-ahead sees the capital that opens this sentence.
  const before = text.slice(0, start + 1);
  const stops = [...before.matchAll(SENTENCE_STOP)];
  const last = stops[stops.length - 1];
  const from = last ? last.index! + last[0].length : 0;
  const next = /[.!?]["”’)]?(?:\s+(?=[A-Z"“])|\s*$)|\n/.exec(text.slice(end));
  return { from, to: next ? end + next.index! : text.length };
}

/** Where a clause ends inside a sentence: a semicolon (global: read with matchAll). */
const CLAUSE_STOP = /;\s+/g;

/**
 * The clause around [start, end): its sentence (sentenceAround) cut at the last semicolon before the span and the
 * first one after it, for readers that ask what one clause says of a name ("In Accra, …", "its Ministry of X").
 */
export function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const sentence = sentenceAround(text, start, end);
  const last = [...text.slice(sentence.from, start).matchAll(CLAUSE_STOP)].pop();
  const from = last ? sentence.from + last.index! + last[0].length : sentence.from;
  const next = text.slice(end, sentence.to).indexOf(";");
  return { from, to: next < 0 ? sentence.to : end + next };
}
