import { engine, lexiconSize } from "./analysis.js";

const seen = new Map<string, boolean>();

/**
 * Whether wink's English lexicon holds the word, lower-cased: common words do ("hope", "united", "refugees"), most
 * given names and family names do not ("maria", "lopez", "grandi"), so a capitalised name whose words it lacks may
 * be a person's (listedNames.ts).
 */
export function inLexicon(word: string): boolean {
  const lower = word.toLowerCase();
  let known = seen.get(lower);
  if (known === undefined) {
    const nlp = engine();
    const ids = nlp.readDoc(lower).tokens().out(nlp.its.uniqueId) as unknown as number[];
    known = ids.length === 1 && ids[0]! < lexiconSize();
    seen.set(lower, known);
  }
  return known;
}
