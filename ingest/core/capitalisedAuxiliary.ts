/**
 * CAPITALISED_AUXILIARY: a name may open on a word that is also an auxiliary or modal verb ("Can Tho University",
 * "May Pen Hospital"). A verb is written with a capital only where its sentence (or a quoted title) starts, so such a
 * word opening a capitalised run in mid-sentence (after a comma or a lower-case word, on the same line) is part of the
 * name, not a clause before it; at a sentence's start ("Can States Opt Out?") LEADING_NOISE drops it as before.
 * ("May" is left out: it is a month as well, and a leading month opens the clause, nameTrim.ts LEADING_DATE.)
 */
export const CAPITALISED_AUXILIARY = {
  words: "Is Are Was Were Has Have Had Will Would Can Could Should Must".split(" "),
  examples: {
    positive: [
      { text: "Partners: the Mekong Delta Research Institute, Can Tho University, and the Tinland Coastal Office.", name: "Can Tho University" },
      { text: "The study was run with staff of Can Tho University in the delta.", name: "Can Tho University" },
    ],
    negative: [
      // At the start of a sentence the capital is the sentence's: the verb opens no name.
      { text: "Can Coastal Fishers Union members vote? They can.", name: "Can Coastal Fishers Union" },
      { text: "The plan was agreed. Will Harbour Migration Network staff help? Yes.", name: "Will Harbour Migration Network" },
    ],
  },
};

const OPENING = new RegExp(`^(?:${CAPITALISED_AUXILIARY.words.join("|")})\\s+(?=[A-Z])`);

/**
 * The auxiliary-looking word that opens `phrase` and belongs to the name (the phrase starts mid-sentence), or "" when
 * there is none; `text` is the passage and `phraseStart` the phrase's offset in it.
 */
export function nameOpeningAuxiliary(text: string, phrase: string, phraseStart: number): string {
  const m = OPENING.exec(phrase);
  if (!m) return "";
  const before = text.slice(Math.max(0, phraseStart - 40), phraseStart);
  // Mid-sentence: the nearest character before it is a comma or a lower-case letter, with no line break between.
  return /(?:,|\p{Ll})[^\S\n]+$/u.test(before) ? m[0] : "";
}
