// The fields of a mention this reads (mentionLists.ts M), kept here so that mentionLists.ts can import this file.
interface Named {
  start: number;
  end: number;
  via?: "coref";
}

// A non-restrictive relative clause between a name and the verb: ", which runs the X," / ", who chairs the Y,".
const ASIDE_TO = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\s[^,;:.]*$/i;

/**
 * "IOM, which runs the Harbour Skills Programme, works in Ghana": a name inside a relative clause set off by commas
 * is that clause's object or subject, and the verb after the closing comma is its antecedent's. Returns the antecedent
 * of the aside that `headStart` stands in, or undefined where it stands in none.
 */
export function relativeAsideAntecedent<T extends Named>(ms: readonly T[], text: string, headStart: number): T | undefined {
  const earlier = ms.filter((m) => m.end <= headStart && m.via !== "coref");
  for (let k = earlier.length - 1; k >= 0; k--) {
    const gap = text.slice(earlier[k]!.end, headStart);
    if (ASIDE_TO.test(gap)) return earlier[k];
    if (/[,;:.]/.test(gap.replace(/^\s*(?:\([^()]{1,20}\)\s*)?,/, ""))) return undefined;
  }
  return undefined;
}
