import { RELATION_TYPES, RELATION_TYPE_NAMES, allowsEndpoints, type EntityKind, type RelationSpec } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";

/** Kind pairs some relation type allows, by the source's kind: a sentence is analysed only if it holds one. */
const PAIRS = new Map<EntityKind, Set<EntityKind>>();
for (const t of RELATION_TYPE_NAMES) {
  const spec: RelationSpec = RELATION_TYPES[t];
  for (const f of spec.from) for (const to of spec.to) if (allowsEndpoints(t, f, to)) (PAIRS.get(f) ?? PAIRS.set(f, new Set()).get(f)!).add(to);
}
// A sentence that opens with a role list ("Members include A") or a participle with no subject ("Funded by the European
// Union") may be about the section's or page's forum or initiative (predicateReader.ts decides).
export const ROLE_OPENING = /^\W*(?:(?:The\s+|Its\s+|Current\s+|Founding\s+)?(?:members?|membership|participants?|participating|partners?|donors?|funders?)\b|(?:Co-)?(?:[A-Z][a-z]+ed|Led|Run)\s+by\b|An?\s+(?:joint\s+)?(?:initiative|project|programme|program)\s+of\b)/i;
export const hasCandidatePair = (ms: M[]) => ms.some((a) => ms.some((b) => a.id !== b.id && PAIRS.get(a.kind)?.has(b.kind) === true));
