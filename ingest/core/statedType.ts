import { RELATION_TYPES, allowsEndpoints, type EntityKind, type RelationSpec, type RelationType } from "../../src/ontology/ontology.js";
import type { PredicateEntry, TargetKey } from "./rules/PredicateEntry.js";

/** An end of a relation a predicate reader found: its entity, kind, and whether it is a meeting. */
type End = { id: string; kind: EntityKind; isEvent?: boolean };

/**
 * The relation a predicate entry states from `source` to `target`, or null: the type its `types` give the target's kind
 * (a meeting's by "EVENT", else as its forum's), if the ontology lets the two ends hold it; never a link of an entity
 * to itself, and a type only a meeting may end in (toEventOnly) needs a meeting.
 */
export function statedType(types: PredicateEntry["types"], source: End, target: End): RelationType | null {
  const key: TargetKey = target.isEvent ? "EVENT" : target.kind;
  const type = key in types ? types[key] : target.isEvent ? types.FORUM : undefined;
  if (!type || source.id === target.id || !allowsEndpoints(type, source.kind, target.kind) || ((RELATION_TYPES[type] as RelationSpec).toEventOnly && !target.isEvent)) return null;
  return type;
}
