import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/** "joined" (or "acceded") closing its clause with no object: "… joined later.", "… joined in 2005,", "… have since joined." */
const JOINED_ALONE = /\b(?:joined|acceded)(?=\s*(?:(?:later|subsequently|too|as\s+well|also|afterwards|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})\s*)*(?:[.;,]|$))/;

/**
 * Where the object of a bare "joined" belongs ("Fiji and Nauru joined later."): right after the verb, when someone named
 * before it joined and the sentence names no forum or initiative of its own; else null. Coreference.ts decides what was
 * joined (the forum or initiative the sentence right before was about).
 */
export function joinedObjectAt(text: string, ms: M[]): number | null {
  const v = JOINED_ALONE.exec(text);
  if (!v) return null;
  const at = v.index + v[0].length;
  const close = at + /[.;,]|$/.exec(text.slice(at))!.index;
  if (!ms.some((m) => m.end <= v.index) || ms.some((m) => m.kind === "FORUM" || m.kind === "INITIATIVE" || (m.start >= at && m.start < close))) return null;
  return at;
}

/** Sentences the bare "joined" must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const JOINED_OBJECT_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Bali Process was founded in 2002. Fiji, Nauru and Palau joined later.", expect: ["MEMBER_OF", "ctry:nr", "forum:bali-process"] },
    { text: "The Rabat Process was launched in 2006. Ghana joined in 2008, and Niger hosted a meeting in 2010.", expect: ["MEMBER_OF", "ctry:gh", "forum:rabat-process"] },
  ],
  negative: [
    { text: "The Bali Process was founded in 2002. Fiji has not joined.", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
    { text: "The Bali Process was founded in 2002. Fiji may have joined later.", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
    // The forum was named two sentences back: what was joined is no longer clear.
    { text: "The Bali Process was founded in 2002. The text was short. Fiji joined later.", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
    // An organization named before is not taken as what was joined.
    { text: "The Bali Process met in 2002. IOM opened an office in Suva. Fiji joined later.", expect: ["MEMBER_OF", "ctry:fj", "forum:bali-process"] },
    // A state opened the sentence before: the forum there is what that state took part in, not what was joined.
    { text: "History of the Centre\n\nGreece already took part in the Budapest Process and the Prague Process. The Netherlands joined in 2023.", expect: ["MEMBER_OF", "ctry:nl", "forum:budapest-process"] },
  ],
};
