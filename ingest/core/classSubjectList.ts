import { RELATION_TYPES, allowsEndpoints, type RelationSpec } from "../../src/ontology/ontology.js";
import { tokenAt, type AToken } from "./analysis.js";
import { CLASS_NOUNS } from "./exemplarBridge.js";
import { governing } from "./predicatePhrases.js";
import { governsDirectly } from "./governsDirectly.js";
import { ACTORS, type Group } from "./predicateGroups.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import type { Proposal } from "./Proposal.js";
import type { TargetKey } from "./rules/PredicateEntry.js";

/**
 * Words of the class phrase besides its class noun: "The following", "Five", "Several other", "Forty-nine", and the
 * verb's tense.
 */
const CLASS_WORDS = new Set(["the", "following", "these", "those", "some", "several", "other", "many", "all", "both", "have", "has", "had", "are", "were", "is", "was", "been", "also", "now", "since", "then"]);
/**
 * From the object to the list: a colon, perhaps after a year or a bracket ("… in 2005:", "(PP):"), or a comma and a word
 * that picks members out of the class ("Seven countries joined X in Abidjan, among them A, B and C"; "…, notably A";
 * "…, such as A").
 * A venue may stand before it ("in Abidjan").
 */
const TO_LIST = /^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*)?(?:,?\s*(?:in|since|on)\s+(?:[0-9]{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s*)?(?::|,\s*(?:among them|among whom|notably|namely|such as)\b)\s*(?:the\s+)?$/;

/**
 * "The following countries took part in the Prague Process: Ghana, Chile and Peru", "Five agencies are members of the
 * GMG: …": the sentence's subject is a class of actors whose members are listed after the colon, so each of them is
 * the subject of the predicate. The class phrase holds only a determiner, a number, adjectives and one class noun of
 * actors; the predicate governs the object directly, and nothing before it denies or plans.
 */
export function readClassSubjects(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  const [O, L] = groups;
  if (!O || !L || O.ms.some((m) => ACTORS.has(m.kind)) || !L.ms.every((m) => ACTORS.has(m.kind)) || !TO_LIST.test(text.slice(O.end, L.start))) return out;
  const at = tokenAt(tokens, O.start);
  const f = governing(tokens, 0, at);
  if (!f || f.c.entry.frame !== "active" || !governsDirectly(tokens, f.to, at, text, O.start)) return out;
  let classes = 0;
  for (let i = 0; i < f.from; i++) {
    const t = tokens[i]!;
    if (t.negated || NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower)) return out;
    // A class noun before another one modifies it ("Member States", "donor countries", "partner agencies"): one class.
    if (CLASS_NOUNS.has(t.lower)) classes += i + 1 < f.from && CLASS_NOUNS.has(tokens[i + 1]!.lower) ? 0 : 1;
    else if (!(CLASS_WORDS.has(t.lower) || t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || t.pos === "ADV" || isNumberHyphen(tokens, i))) return out;
  }
  for (let i = f.from; i < f.to; i++) if (tokens[i]!.negated || NON_FACT_LEMMAS.has(tokens[i]!.lower)) return out;
  if (classes !== 1) return out;
  for (const o of O.ms) {
    const key: TargetKey = o.isEvent ? "EVENT" : o.kind;
    const types = f.c.entry.types;
    let type = key in types ? types[key] : o.isEvent ? types.FORUM : undefined;
    for (const a of L.ms) {
      if (type && f.c.entry.actorTypes && !allowsEndpoints(type, a.kind, o.kind)) type = f.c.entry.actorTypes[key];
      if (!type || !allowsEndpoints(type, a.kind, o.kind) || ((RELATION_TYPES[type] as RelationSpec).toEventOnly && !o.isEvent)) continue;
      out.push({ type, sourceId: a.id, targetId: o.id, entry: `${f.c.entry.id}:class-list`, year: null });
    }
  }
  return out;
}

/** The hyphen of a number spelled out in two words ("Forty-nine", "twenty-one"). */
const isNumberHyphen = (tokens: AToken[], i: number): boolean =>
  tokens[i]!.text === "-" && tokens[i - 1]?.pos === "NUM" && tokens[i + 1]?.pos === "NUM" && tokens[i - 1]!.end === tokens[i]!.start && tokens[i]!.end === tokens[i + 1]!.start;
