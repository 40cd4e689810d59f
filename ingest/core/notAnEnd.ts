import type { TripleExamples } from "./TripleExamples.js";
import type { EntityRecord, Mention } from "./types.js";

/** "since the 2006 HLD", "in preparation for the 2013 HLD": a meeting used as a date is no relation end. */
const TIME_REFERENCE = /\b(?:since|after|before|until|following|prior to|ahead of|in preparation for|in the run-up to|in the lead-up to|in the follow-up to|as a follow-up to)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** ", which …" right after a meeting: a relative clause whose antecedent is that meeting. */
const OWN_RELATIVE = /^,\s*which\b/;

/** A mention the sentence uses as a date: a time word before it ("since the 2006 HLD", "ahead of the second summit"). */
export function usedAsDate(text: string, m: { start: number }): boolean {
  return TIME_REFERENCE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A meeting used only as a date: one that a relative clause of its own goes on about ("years went by before the second
 * summit, which Portugal hosted in Lisbon") is that clause's end all the same.
 */
export function usedOnlyAsDate(text: string, m: { start: number; end: number }): boolean {
  return usedAsDate(text, m) && !OWN_RELATIVE.test(text.slice(m.end, m.end + 12));
}
/** "other UN agencies", "the UN system": a generic body is no actor. */
const GENERIC_AFTER = /^\s*(?:agencies|agency|system|entities|bodies|organizations|organisations|partners|family|funds|country teams?|member states|peacekeeping)\b/i;
/** "the UNAIDS Co-sponsors", "EU Member States": the members of a body, not the body. */
const MEMBERS_AFTER = /^\s*(?:co-?sponsors|cosponsoring agencies|member states|member agencies|member organi[sz]ations)\b/i;

/**
 * Mentions that are no relation end: a generic "UN"; a body named for its members; a currency ("US$"); a country right after an
 * agency's name ("UNICEF Philippines" is the agency's country office); "the Office" of the chapter's agency
 * when it opens a longer name ("the Office of the UN High Commissioner for Refugees").
 */
export function notAnEnd(m: Mention, text: string, start: number, end: number, prev: Mention | undefined): boolean {
  const after = text.slice(end);
  // "a pre-GFMD meeting", "post-HLD consultations": the prefix names another thing, held before or after the body's.
  if (/\b(?:pre|post)-$/i.test(text.slice(Math.max(0, start - 5), start))) return true;
  if (m.entityId === "org:un" && (GENERIC_AFTER.test(after) || /\bother\s+$/i.test(text.slice(Math.max(0, start - 6), start)))) return true;
  if (m.kind === "ORGANIZATION" && MEMBERS_AFTER.test(after.slice(0, 30))) return true;
  // "US$ 2.8 million", "NZ$": a country's code glued to a currency sign names a currency, not the country.
  if (m.kind === "COUNTRY" && /^\$/.test(after)) return true;
  if (m.kind === "COUNTRY" && prev?.kind === "ORGANIZATION" && prev.localEnd <= m.localStart && /^\s+$/.test(text.slice(start - (m.localStart - prev.localEnd), start))) return true;
  return m.method === "chapter-self-reference" && /^\s+of\s/.test(after.slice(0, 5));
}

/**
 * A catalog entry named in lower case ("regional consultative processes on migration") stands for a class of bodies,
 * not one body: it may be mentioned and searched for, but it is no relation end (no one is a member of a class).
 */
export function namesAClass(e: Pick<EntityRecord, "name" | "origin"> | undefined): boolean {
  // Discovered meetings may open on a lower-case ordinal ("fifth session of the World Urban Forum"): only the catalog's names say this.
  return e !== undefined && e.origin === "catalog" && /^[a-z]/.test(e.name);
}

const SUMMIT = "The Coastal Summit\n\nThe Coastal Summit brings leaders together every few years.\n\n";
/** Pages a meeting used as a date must get right (test/unit/timeReference.test.ts): `expect` is [type, source, target]. */
export const TIME_REFERENCE_EXAMPLES: TripleExamples = {
  positive: [
    // A relative clause of the meeting's own goes on about it, though the meeting dates the main clause.
    { text: `${SUMMIT}Six years went by before the second summit, which Ghana hosted in Accra on 3 May 2007.\n`, expect: ["HOSTED", "ctry:gh", "forum:coastal-summit-2007"] },
  ],
  negative: [
    // The meeting only dates what someone else did: the country hosted another gathering.
    { text: `${SUMMIT}The second summit met in Accra in 2007. Before the second summit, Togo hosted talks on fisheries in Lomé.\n`, expect: ["HOSTED", "ctry:tg", "forum:coastal-summit-2007"] },
    { text: `${SUMMIT}The second summit met in Accra in 2007. Years went by after the second summit, when Togo hosted talks on fisheries.\n`, expect: ["HOSTED", "ctry:tg", "forum:coastal-summit-2007"] },
  ],
};
