import { tokenAt, type AToken } from "./analysis.js";
import { exemplarBridge } from "./exemplarBridge.js";
import { governing } from "./predicatePhrases.js";
import { ACTORS, type Group } from "./predicateGroups.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import type { Proposal } from "./Proposal.js";
import { statedType } from "./statedType.js";

/** From the object to the inverted subjects: the forum's meeting noun, then a copula ("… meeting in Bali were"). */
const TO_COPULA = /^\s*(?:[a-z-]+\s+){0,2}?(?:(?:meetings?|sessions?|talks|conferences?|summits?|workshops?|consultations?)\s+)?(?:(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?,?\s*(?:are|were|was|is)\s+/;

/**
 * "Taking part in the Bali Process are forty-five states and several agencies, among them UNHCR and IOM", "Also present at
 * the Rabat Process meeting were Ghana and Mali": a participle or adjective phrase opens the sentence and the subjects
 * follow the copula. The phrase must open the sentence (an adverb may precede it) and govern the object directly.
 */
export function readInvertedOpening(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  const [O, S] = groups;
  if (!O || !S || O.ms.some((m) => ACTORS.has(m.kind)) || !S.ms.every((m) => ACTORS.has(m.kind))) return out;
  const at = tokenAt(tokens, O.start);
  const f = governing(tokens, 0, at);
  if (!f || f.c.entry.frame !== "active") return out;
  for (let i = 0; i < f.from; i++) if (tokens[i]!.pos !== "ADV") return out;
  for (let i = f.to; i < at; i++) if (!["DET", "ADJ", "NUM"].includes(tokens[i]!.pos)) return out;
  // The opening is a participle or an adjective, not a finite verb with its own subject.
  const head = tokens[f.from]!;
  if (!(/ing$/.test(head.lower) || head.pos === "ADJ" || head.lower === "present")) return out;
  const copula = TO_COPULA.exec(text.slice(O.end, S.start));
  const from = O.end + (copula?.[0].length ?? 0);
  if (!copula || (from !== S.start && !/^\s*(?:the\s+)?$/.test(text.slice(from, S.start)) && !exemplarBridge(tokens, tokenAt(tokens, from), tokenAt(tokens, S.start), text, S.start))) return out;
  for (let i = 0; i < tokenAt(tokens, S.start); i++) if (tokens[i]!.negated || NON_FACT_LEMMAS.has(tokens[i]!.lower) || NON_FACT_LEMMAS.has(tokens[i]!.lemma)) return out;
  for (const o of O.ms) {
    for (const s of S.ms) {
      const type = statedType(f.c.entry.types, s, o);
      if (!type) continue;
      out.push({ type, sourceId: s.id, targetId: o.id, entry: `${f.c.entry.id}:inverted`, year: null });
    }
  }
  return out;
}
