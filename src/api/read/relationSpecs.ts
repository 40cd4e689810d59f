import type { Row } from "../../db/Database.js";
import { RELATION_TYPES, RELATION_TYPE_NAMES, SYMMETRIC_RELATION_TYPES, type EntityKind, type RelationType } from "../../ontology/ontology.js";
import { Direction } from "../types/enums.js";
import type { RelationSpec } from "./fieldSpecs.js";

/** Whether a spec may reach a symmetric relation type, which fields see whatever direction they ask for. */
const reachesSymmetric = (types: readonly string[] | null) => types === null || types.some((t) => SYMMETRIC_RELATION_TYPES.has(t));

/** Several fields' needs as one fetch: union of types and kinds, one direction only if all agree (and no symmetric type is in play). */
export function unionSpec(specs: readonly RelationSpec[]): RelationSpec {
  const union = <T>(lists: ReadonlyArray<readonly T[] | null>): T[] | null => (lists.some((l) => l === null) ? null : [...new Set(lists.flat() as T[])]);
  const types = union(specs.map((s) => s.types));
  const directions = new Set(specs.map((s) => s.direction));
  const direction = directions.size === 1 && !reachesSymmetric(types) ? [...directions][0]! : Direction.BOTH;
  return { types, direction, kinds: union(specs.map((s) => s.kinds)) };
}

/** Whether rows fetched for `fetched` hold every row a field asking for `wanted` would see. */
export function covers(fetched: RelationSpec, wanted: RelationSpec): boolean {
  const subset = <T>(inner: readonly T[] | null, outer: readonly T[] | null) => outer === null || (inner !== null && inner.every((x) => outer.includes(x)));
  const direction = fetched.direction === Direction.BOTH || (wanted.direction === fetched.direction && !reachesSymmetric(wanted.types));
  return subset(wanted.types, fetched.types) && subset(wanted.kinds, fetched.kinds) && direction;
}

/**
 * Whether a relation (as the loaders and the read-ahead return it, `direction` OUT or IN as stored,
 * BOTH for symmetric types) is one a field asking for `spec` shows.
 */
export function matches(spec: RelationSpec, row: Row): boolean {
  const type = row.type as RelationType;
  if (spec.types && !spec.types.includes(type)) return false;
  if (spec.direction !== Direction.BOTH && row.direction !== spec.direction && !SYMMETRIC_RELATION_TYPES.has(type)) return false;
  return !spec.kinds || spec.kinds.includes((row.other as Row).kind as EntityKind);
}

/**
 * Whether the ontology alone already keeps a spec's far ends to its kinds: every type it reads, in the
 * direction it reads it, can only reach those kinds (OPERATES_IN out of an initiative reaches only
 * countries). Ingest stores no relation the ontology forbids, so a statement can then skip the far
 * end's label test, one database hit per row.
 */
export function kindsImplied(spec: RelationSpec): boolean {
  const reachable = new Set<EntityKind>();
  for (const type of spec.types ?? RELATION_TYPE_NAMES) {
    const ends = RELATION_TYPES[type];
    const outward = spec.direction !== Direction.IN || SYMMETRIC_RELATION_TYPES.has(type);
    const inward = spec.direction !== Direction.OUT || SYMMETRIC_RELATION_TYPES.has(type);
    if (outward) for (const k of ends.to) reachable.add(k);
    if (inward) for (const k of ends.from) reachable.add(k);
  }
  return spec.kinds === null || [...reachable].every((k) => spec.kinds!.includes(k));
}
