import type { Row } from "../db/Database.js";
import { SYMMETRIC_RELATION_TYPES } from "../ontology/ontology.js";
import type { EntityKind, RelationType } from "./types/enums.js";
import { Direction } from "./types/enums.js";

/**
 * What a relationship field reads: relation types, direction and the kinds of
 * entity at the far end (null: any). The resolvers in resolvers/kindFields.ts
 * and the read-ahead in lookahead.ts both take their specs from here, so the
 * Cypher that fetches ahead can never disagree with the field that consumes it.
 */
export interface RelationSpec {
  types: readonly RelationType[] | null;
  direction: Direction;
  kinds: readonly EntityKind[] | null;
}

const INITIATIVE_ROLES: RelationType[] = ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"];
const spec = (types: RelationType[], direction: Direction, kinds: EntityKind[] | null = null): RelationSpec => ({ types, direction, kinds });

/** Typed relationship fields, keyed `Type.field`. `Organization.initiatives(role)` narrows its types to the role. */
export const TYPED_RELATION_FIELDS = {
  "Organization.initiatives": spec(INITIATIVE_ROLES, Direction.OUT, ["INITIATIVE"]),
  "Organization.forums": spec(["MEMBER_OF", "SUPPORTS", "CHAIRED"], Direction.OUT, ["FORUM"]),
  "Organization.conventions": spec(["PROMOTES"], Direction.OUT),
  "Organization.statedPartnerships": spec(["PARTNERS_WITH"], Direction.BOTH),
  "Initiative.organizations": spec(INITIATIVE_ROLES, Direction.IN, ["ORGANIZATION"]),
  "Initiative.countries": spec(["OPERATES_IN"], Direction.OUT),
  "Initiative.partOf": spec(["PART_OF"], Direction.OUT),
  "Country.initiatives": spec(["OPERATES_IN"], Direction.IN),
  "Country.hostedEvents": spec(["HOSTED"], Direction.OUT),
  "Convention.promoters": spec(["PROMOTES"], Direction.IN),
  "Convention.ratifiedBy": spec(["RATIFIED"], Direction.IN),
  "Forum.members": spec(["MEMBER_OF"], Direction.IN),
  "Forum.events": spec(["PART_OF"], Direction.IN, ["FORUM"]),
  "Forum.parent": spec(["PART_OF"], Direction.OUT),
  "Forum.chairs": spec(["CHAIRED"], Direction.IN),
  "Forum.hosts": spec(["HOSTED"], Direction.IN),
} as const satisfies Record<string, RelationSpec>;

export type TypedRelationField = keyof typeof TYPED_RELATION_FIELDS;

/** Fields that return the far entity itself rather than Relation objects. */
export const ENTITY_VALUED_FIELDS = new Set<string>(["Forum.parent"]);

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

/** Whether a relation row (as the loaders and the read-ahead return it) is one a field asking for `spec` shows. */
export function matches(spec: RelationSpec, row: Row): boolean {
  const type = row.type as RelationType;
  if (spec.types && !spec.types.includes(type)) return false;
  if (spec.direction !== Direction.BOTH && row.direction !== spec.direction && !SYMMETRIC_RELATION_TYPES.has(type)) return false;
  return !spec.kinds || spec.kinds.includes((row.other as Row).kind as EntityKind);
}
