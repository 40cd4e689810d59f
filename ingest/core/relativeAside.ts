// The fields of a mention this reads (mentionLists.ts M), kept here so that mentionLists.ts can import this file.
interface Named {
  start: number;
  end: number;
  via?: "coref";
}

// A non-restrictive relative clause from its antecedent to the verb after it: ", which runs the X in A, B and C," /
// ", which Norway funds," / ", who chairs the Y, now". Commas inside the clause may list names; a second clause
// joined by ", and" is no longer the aside, nor is anything past a semicolon, colon or full stop.
const ASIDE_TO_VERB = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\s(?:(?!,\s*(?:and|or|but)\s)[^;:.])*,\s*(?:(?:now|also|still|today|then|currently|\w+ly)\s+)?$/i;

// The name right after one of these words is that phrase's object ("an NGO backed by UNICEF, which …"), not the
// subject of any verb.
const PREPOSITION_BEFORE = /\b(?:by|of|from|with|for|to)\s+(?:the\s+)?$/i;

/**
 * "IOM, which runs the Harbour Skills Programme, works in Ghana": a name inside a relative clause set off by commas
 * is that clause's object or subject, and the verb after the closing comma is its antecedent's. Returns the antecedent
 * of the aside that `headStart` stands in and that closes right before `verbStart`, or undefined where it stands in
 * none; `null` where the antecedent is itself a preposition's object, so the verb has no subject here.
 */
export function relativeAsideAntecedent<T extends Named>(ms: readonly T[], text: string, headStart: number, verbStart: number): T | null | undefined {
  const earlier = ms.filter((m) => m.end <= headStart && m.via !== "coref");
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k]!;
    if (!ASIDE_TO_VERB.test(text.slice(m.end, verbStart))) continue;
    return PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) ? null : m;
  }
  return undefined;
}
