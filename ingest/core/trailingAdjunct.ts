import { tokenAt, type AToken } from "./analysis.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import { governing } from "./predicatePhrases.js";
import { governsDirectly } from "./governsDirectly.js";
import { ACTORS, type Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import { statedType } from "./statedType.js";

/**
 * "The Global Forum on Remittances is convened by IFAD every two years, with the support of the World Bank": an adjunct
 * set off by a comma at the end of the clause qualifies the whole clause, so its giver stands to the sentence's subject
 * when that subject is a forum or initiative named first. A subject that acts ("IOM ran a workshop, with support from
 * UNHCR") is helped in what it did, and nothing is read.
 */
export function readTrailingAdjunct(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  const S = groups[0];
  if (!S || S.ms.some((m) => ACTORS.has(m.kind)) || !/^\s*(?:the\s+)?$/i.test(text.slice(0, S.start))) return out;
  for (let g = 1; g < groups.length; g++) {
    const G = groups[g]!;
    // Another forum or initiative named first opens a clause of its own: "…, and the Bali Process met, with support from A".
    if (!G.ms.every((m) => ACTORS.has(m.kind))) break;
    const to = tokenAt(tokens, G.start);
    // The adjunct opens right after the last comma before the giver, or right after a passive's agents
    // ("is coordinated by IOM with support from UNHCR": the support goes to what IOM coordinates, not to IOM).
    // "… under the aegis of ECOWAS and with technical support from IOM": a second adjunct joined by "and" opens there too.
    let comma = -1;
    for (let i = to - 1; i > tokenAt(tokens, S.end); i--) if (tokens[i]!.text === "," || (tokens[i]!.lower === "and" && tokens[i + 1]?.lower === "with")) { comma = i; break; }
    const agents = g > 1 ? groups[g - 1]! : null;
    if (agents && /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, agents.start - 12), agents.start)) && tokenAt(tokens, agents.end) > comma) comma = tokenAt(tokens, agents.end) - 1;
    if (comma < 0) continue;
    const f = governing(tokens, comma + 1, to);
    if (!f || f.c.entry.frame !== "adjunct" || !f.c.lead?.has(tokens[comma + 1]!.lower)) continue;
    // "implemented by IOM, in close coordination with A": working with someone is working with the doer, not giving to the subject.
    if ("ORGANIZATION" in f.c.entry.types) continue;
    // "with the generous support of": only articles and adjectives between the preposition and the phrase.
    if (!tokens.slice(comma + 2, f.from).every((t) => t.pos === "DET" || t.pos === "ADJ")) continue;
    if (!governsDirectly(tokens, f.to, to, text, G.start)) continue;
    // Nothing before the adjunct may deny or plan the clause.
    let asserted = true;
    for (let i = tokenAt(tokens, S.end); i < to; i++) if (NON_FACT_LEMMAS.has(tokens[i]!.lemma) || NON_FACT_LEMMAS.has(tokens[i]!.lower) || tokens[i]!.negated) asserted = false;
    if (!asserted) continue;
    for (const a of G.ms) {
      for (const r of S.ms) {
        const type = statedType(f.c.entry.types, a, r);
        if (!type) continue;
        out.push({ type, sourceId: a.id, targetId: r.id, entry: `${f.c.entry.id}:trailing`, year: null });
      }
    }
  }
  return out;
}
