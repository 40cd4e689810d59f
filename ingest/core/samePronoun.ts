import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The "it" read last before `at` in the same sentence, when nothing of its kind is named between the two:
 * "IOM and SDC launched it in Bangkok, and Switzerland contributes 7.5 million dollars to it", "Egypt hosted it; the
 * United Nations convened it". A sentence goes on about one thing, and a second pronoun takes it up again; a thing of
 * the same kind named in between may be what the second means, so then this says nothing. An agency between ("through
 * SDC") is no rival for a programme. `kinds`: what the verb before the second "it" can
 * act on, when it says.
 */
export function earlierIt(text: string, at: number, ms: readonly M[], kinds: readonly EntityKind[] | null): M | null {
  const its = ms.filter((m) => m.via === "coref" && m.end <= at && /^it$/i.test(text.slice(m.start, m.end))).sort((a, b) => b.end - a.end);
  const last = its[0];
  if (!last) return null;
  if (kinds && !kinds.includes(last.kind)) return null;
  const between = ms.some((m) => m.start >= last.end && m.end <= at && m.via !== "coref" && m.kind === last.kind);
  return between ? null : last;
}

/** Sentences a second "it" must get right ([type, sourceId, targetId]); test/unit/samePronoun.test.ts runs them. */
export const SAME_PRONOUN_EXAMPLES: TripleExamples = {
  positive: [
    { text: "MIDA is a programme of IOM. IOM launched it in 2001 in the Great Lakes region, and Italy contributes money to it.", expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: "MIDA is the migration programme of the Global Forum on Migration and Development. IOM launched it in 2001, and Italy gives 2 million euros to it.", expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
  negative: [
    // The forum named in the sentence before is not what the second "it" takes up.
    { text: "MIDA is the migration programme of the Global Forum on Migration and Development. IOM launched it in 2001, and Italy gives 2 million euros to it.", expect: ["SUPPORTS", "ctry:it", "forum:gfmd"] },
    // A thing named between the two may be what the second "it" means: neither is taken for it.
    { text: "MIDA is the migration programme of the Global Forum on Migration and Development. IOM launched it in 2001 with the Financing Facility for Remittances, and Italy gives 2 million euros to it.", expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: "MIDA is the migration programme of the Global Forum on Migration and Development. IOM launched it in 2001 with the Financing Facility for Remittances, and Italy gives 2 million euros to it.", expect: ["FUNDS", "ctry:it", "ini:ffr"] },
  ],
};
