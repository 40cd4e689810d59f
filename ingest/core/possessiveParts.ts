import type { M } from "./mentionLists.js";
import { SUBUNIT_HEADS } from "./nameRules.js";
import { ORGAN_HEADS } from "./namePatterns.js";

/**
 * "Its High-level Committee on Programmes (HLCP) advises …": a body named right after a possessive
 * pronoun that coreference resolved is a sub-unit of what the pronoun stands for, when its name is
 * that of a sub-unit (a committee, a division, an office …). Data, with example sentences run by
 * test/unit/possessiveParts.test.ts through the whole pipeline.
 */
export const SUBUNIT_HEAD = new RegExp(`\\b(?:${[...SUBUNIT_HEADS.words, ...ORGAN_HEADS, "Institute", "Service"].join("|")})\\b`);

/** [part, whole] pairs: "its <sub-unit>" where "its" is a coreference mention. */
export function possessiveParts(text: string, ms: M[]): Array<[M, M]> {
  const out: Array<[M, M]> = [];
  for (const its of ms) {
    if (its.via !== "coref" || !/^its$/i.test(text.slice(its.start, its.end))) continue;
    const part = ms.find((m) => m.via !== "coref" && /^\s+(?:own\s+)?$/.test(text.slice(its.end, m.start)));
    if (!part || part.id === its.id || part.kind !== "ORGANIZATION" || !SUBUNIT_HEAD.test(text.slice(part.start, part.end))) continue;
    out.push([part, its]);
  }
  return out;
}

export const POSSESSIVE_PART_EXAMPLES: { positive: Array<{ text: string; expect: [string, string] }>; negative: Array<{ text: string; expect: [string, string] }> } = {
  positive: [
    {
      text: "The United Nations System Chief Executives Board for Coordination (CEB) brings together the executive heads. Its High-level Committee on Programmes (HLCP) advises on policy.",
      expect: ["org:hlcp", "org:ceb"],
    },
  ],
  negative: [
    // A partner named after "its" is no sub-unit.
    { text: "The ILO met in Geneva. Its partner UNHCR spoke first.", expect: ["org:unhcr", "org:ilo"] },
    // An agency whose name carries no sub-unit word, straight after "its": not a part.
    { text: "IOM works in Jordan. Its UNHCR colleagues visited the camp.", expect: ["org:unhcr", "org:iom"] },
  ],
};
