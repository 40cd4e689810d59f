import { escapeRegExp } from "./escapeRegExp.js";

/**
 * UNNAMED_ANTECEDENT: "Caritas began a door-to-door campaign of its own, and Norway funded the campaign": the sentence
 * brings in an unnamed thing with a description's head noun ("a … campaign") before the description, so "the campaign"
 * is that one, not a named campaign the page spoke of earlier (coreference.ts leaves it unresolved). Only an indefinite
 * that brings in a new thing counts: "the campaign … the campaign" may both be the named one; "X was launched as a
 * campaign for …" says what the named one is; and a named campaign written after the indefinite is the nearer one.
 */
export const UNNAMED_ANTECEDENT = {
  id: "unnamed-antecedent",
  positive: [
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. Years later IOM printed leaflets for a campaign of its own and took part in the campaign until 2016.\n", notLinked: ["org:iom", "ini:safe-harbours-campaign"] },
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. Caritas ran another campaign in 2015 and UNICEF supported the campaign.\n", notLinked: ["org:unicef", "ini:safe-harbours-campaign"] },
  ],
  negative: [
    // A predicative indefinite says what the named campaign is; it brings in no other one.
    { text: "Started by the ILO in 2004, the Safe Harbours Campaign is a campaign for safer ports, and UNICEF has supported the campaign since 2012.\n", linked: ["SUPPORTS", "org:unicef", "ini:safe-harbours-campaign"] },
    // The named campaign, written after the indefinite, is the nearer antecedent.
    { text: "The Safe Harbours Campaign was launched by the ILO in 2004. In 2012 Norway paid Caritas for a campaign in Ghana, UNICEF joined the Safe Harbours Campaign, and UNICEF supported the campaign.\n", linked: ["SUPPORTS", "org:unicef", "ini:safe-harbours-campaign"] },
  ],
};

/** An indefinite article and up to three words before the head: "a poster campaign", "another campaign". */
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}$/;
/** The indefinite is a predicate or a role of the thing before it ("is a campaign", "launched as a campaign"). */
const PREDICATIVE = /\b(?:as|is|was|are|were|be|been|became|becomes|remains|remained)\s+(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}$/;

/** Whether the sentence brings in an unnamed thing with this head noun before `at`, outside every mention. */
export function unnamedAntecedent(text: string, at: number, head: string, covered: ReadonlyArray<{ start: number; end: number }>): boolean {
  const word = `\\b${escapeRegExp(head.toLowerCase())}\\b`;
  const named = new RegExp(word, "i");
  for (const h of text.slice(0, at).matchAll(new RegExp(word, "g"))) {
    const s = h.index!;
    if (covered.some((m) => m.start < s + head.length && s < m.end)) continue;
    const before = text.slice(Math.max(0, s - 60), s);
    if (!INDEFINITE_BEFORE.test(before) || PREDICATIVE.test(before)) continue;
    // A named one with that head between the indefinite and the description is the nearer antecedent.
    if (covered.some((m) => m.start > s && m.end <= at && named.test(text.slice(m.start, m.end)))) continue;
    return true;
  }
  return false;
}
