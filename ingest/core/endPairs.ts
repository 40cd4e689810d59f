import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EndPair, RelationRule } from "./rules/RelationRule.js";

/**
 * Which of a rule's (subject kind, object kind) pairings a link may take (RelationRule.pairs): one rule can read a
 * state's seat in an organization and a member of a forum, each pairing with its own trigger words and confidence,
 * where two near-copies of the rule used to. A rule without pairs allows whatever ends its reading found.
 */
export function pairFor(rule: RelationRule, subject: EntityKind, object: EntityKind, triggerWords: readonly string[]): { confidence: number } | null {
  if (!rule.pairs) return { confidence: rule.confidence };
  const pair = rule.pairs.find((p) => p.subjects.includes(subject) && p.objects.includes(object));
  if (!pair || (pair.notTriggeredBy && triggerWords.some((w) => wordsOf(pair).has(w)))) return null;
  return { confidence: pair.confidence ?? rule.confidence };
}

const words = new WeakMap<EndPair, ReadonlySet<string>>();
function wordsOf(pair: EndPair): ReadonlySet<string> {
  let set = words.get(pair);
  if (!set) words.set(pair, (set = new Set(pair.notTriggeredBy!.split("|"))));
  return set;
}
