import { escapeRegExp } from "./escapeRegExp.js";

/**
 * UNNAMED_ANTECEDENT: "a postcard campaign run by Oxfam, which took part in the campaign": the sentence brings in an
 * unnamed thing with a description's head noun ("a … campaign") before the description, so "the campaign" is that one,
 * not a named campaign the page spoke of earlier (coreference.ts leaves it unresolved). Only an indefinite phrase
 * brings one in: "the campaign … the campaign" may both be the named one.
 */
export const UNNAMED_ANTECEDENT = {
  id: "unnamed-antecedent",
  positive: [
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. In 2012 a poster campaign was run by IOM, which took part in the campaign.\n", notLinked: ["org:iom", "ini:safe-harbours-campaign"] },
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. Caritas ran another campaign in 2015 and UNICEF supported the campaign.\n", notLinked: ["org:unicef", "ini:safe-harbours-campaign"] },
  ],
  negative: [
    // No unnamed one brought in: the description is the campaign named before.
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. In 2012 UNICEF supported the campaign.\n", linked: ["SUPPORTS", "org:unicef", "ini:safe-harbours-campaign"] },
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. In 2012 IOM took part in the campaign.\n", linked: ["PARTICIPATES_IN", "org:iom", "ini:safe-harbours-campaign"] },
  ],
};

/** An indefinite article and up to three words before the head: "a postcard campaign", "another campaign". */
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}$/;

/** Whether the sentence brings in an unnamed thing with this head noun before `at`, outside every mention. */
export function unnamedAntecedent(text: string, at: number, head: string, covered: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const h of text.slice(0, at).matchAll(new RegExp(`\\b${escapeRegExp(head.toLowerCase())}\\b`, "g"))) {
    const s = h.index!;
    if (covered.some((m) => m.start < s + head.length && s < m.end)) continue;
    if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, s - 60), s))) return true;
  }
  return false;
}
