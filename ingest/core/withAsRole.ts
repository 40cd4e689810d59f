import { tokenAt, type AToken } from "./analysis.js";
import { COMPILED } from "./predicatePhrases.js";
import { ACTORS, type Group } from "./predicateGroups.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import type { Proposal } from "./Proposal.js";
import { statedType } from "./statedType.js";

/** Role nouns of the lexicon said of a holder ("partner", "secretariat", "donor", "observer", "member"), by their first word. */
const ROLE_NOUNS = COMPILED.filter((c) => c.entry.frame === "active" && !c.entry.verbal && !c.entry.possessive && !c.entry.beforeOnly && c.entry.id.startsWith("role-"));
/** After the holders: "as (its|a|the) (new|technical|…) <role>", the role ending the phrase. */
const AS_ROLE = /^\s*(?:\([^()]{1,20}\)\s*)?as\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:(?:new|main|key|technical|financial|implementing|founding|permanent|joint|principal|lead)\s+)?([A-Za-z-]+)\b(?!\s+(?:of|to|for|in|at)\b)/i;

/**
 * "The seventh Conference was held in Caracas with IOM as Technical Secretariat", "X is led by A, with B and C as
 * partners": the holders of a role named after "with", whose owner is the forum or programme the clause is about
 * (the nearest one named before "with"). The type is the role entry's for the owner's kind.
 */
export function readWithAsRole(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  for (let g = 1; g < groups.length; g++) {
    const H = groups[g]!;
    if (!H.ms.every((m) => ACTORS.has(m.kind)) || !/\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, H.start - 10), H.start))) continue;
    const as = AS_ROLE.exec(text.slice(H.end));
    if (!as) continue;
    const noun = as[1]!.toLowerCase();
    const role = ROLE_NOUNS.find((c) => c.sequences.some((seq) => seq.length > 1 && seq[0]!.has(noun)));
    if (!role) continue;
    // The owner: the nearest forum or programme before "with", in the same clause.
    let owner: Group | null = null;
    for (let k = g - 1; k >= 0 && !owner; k--) if (!groups[k]!.ms.some((m) => ACTORS.has(m.kind))) owner = groups[k]!;
    if (!owner || /[;:]/.test(text.slice(owner.end, H.start))) continue;
    const withAt = tokenAt(tokens, H.start) - 1;
    let asserted = true;
    for (let i = tokenAt(tokens, 0); i < withAt; i++) if (tokens[i]!.negated || NON_FACT_LEMMAS.has(tokens[i]!.lemma) || NON_FACT_LEMMAS.has(tokens[i]!.lower)) asserted = false;
    if (!asserted) continue;
    for (const o of owner.ms) {
      for (const h of H.ms) {
        const type = statedType(role.entry.types, h, o);
        if (!type) continue;
        out.push({ type, sourceId: h.id, targetId: o.id, entry: `${role.entry.id}:with-as`, year: null });
      }
    }
  }
  return out;
}
