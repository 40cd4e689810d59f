/**
 * THE table of relationship fields. Each row is one GraphQL field on an entity type that lists the
 * entity's relations (or, for `returns: "entity"`, the single far entity). The schema
 * (resolvers/relationFieldResolvers.ts builds the field, its arguments and its resolver from the row),
 * the read-ahead planner (planner.ts pushes types, direction and far-end kinds into the one Cypher
 * statement) and the resolvers (relationsFor filters the read rows by the same spec) all read it.
 *
 * Adding a relationship field is one row here, e.g.
 *   { parent: "Country", field: "ratified", types: ["RATIFIED"], direction: Direction.OUT, kinds: null }
 * then `npm run schema:print`.
 */
import type { EntityKind, RelationType } from "../../ontology/ontology.js";
import { Direction } from "../types/enums.js";

/** What a relationship field reads: relation types (null: all), direction and far-end kinds (null: any). */
export interface RelationSpec {
  types: readonly RelationType[] | null;
  direction: Direction;
  kinds: readonly EntityKind[] | null;
}

export type EntityTypeName = "Organization" | "Initiative" | "Convention" | "Country" | "Forum";

export interface RelationFieldSpec extends RelationSpec {
  parent: EntityTypeName;
  field: string;
  types: readonly RelationType[];
  description?: string;
  /** "relations" (default): a list of Relation; "entity": the far end of the first relation, or null. */
  returns?: "relations" | "entity";
  /** An optional `role: RelationType` argument that narrows `types` to one of them. */
  roleArg?: boolean;
  /** `first` argument: default and largest value (lists only). */
  first?: { default: number; max: number };
}

/** Default page of a typed relation list: the size the cost model charges (src/api/queryCost.ts); `relationCount` tells when a list is longer. */
export const RELATION_LIST_FIRST = { default: 20, max: 100 } as const;
/** `Entity.relations(first)`. */
export const RELATIONS_FIRST = { default: 50, max: 100 } as const;
/** `Relation.evidence(first)`, `Link.evidence(first)`. */
export const EVIDENCE_FIRST = { default: 3, max: 100 } as const;
/** `Entity.evidence(first)`. */
export const ENTITY_EVIDENCE_FIRST = { default: 5, max: 100 } as const;

const INITIATIVE_ROLES: RelationType[] = ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"];
const { OUT, IN, BOTH } = Direction;

const ROWS: Array<Omit<RelationFieldSpec, "first">> = [
  { parent: "Organization", field: "initiatives", types: INITIATIVE_ROLES, direction: OUT, kinds: ["INITIATIVE"], roleArg: true, description: "Initiatives it leads, takes part in, funds or supports; `role` filters by relation type." },
  { parent: "Organization", field: "forums", types: ["MEMBER_OF", "SUPPORTS", "CHAIRED"], direction: OUT, kinds: ["FORUM"], description: "Forums it is a member of, supports or chaired." },
  { parent: "Organization", field: "conventions", types: ["PROMOTES"], direction: OUT, kinds: null },
  { parent: "Organization", field: "members", types: ["MEMBER_OF"], direction: IN, kinds: null, description: "Its member states and member bodies (an intergovernmental organization's, an alliance's)." },
  { parent: "Organization", field: "statedPartnerships", types: ["PARTNERS_WITH"], direction: BOTH, kinds: null, description: "Stated partnerships only, with their evidence." },
  { parent: "Initiative", field: "organizations", types: INITIATIVE_ROLES, direction: IN, kinds: ["ORGANIZATION"] },
  { parent: "Initiative", field: "countries", types: ["OPERATES_IN"], direction: OUT, kinds: null },
  { parent: "Initiative", field: "members", types: ["MEMBER_OF"], direction: IN, kinds: null, description: "Members of a network or alliance." },
  { parent: "Initiative", field: "partOf", types: ["PART_OF"], direction: OUT, kinds: null, description: "Larger initiatives or forums it belongs to." },
  // An organization may work in a country too (OPERATES_IN); this field lists the initiatives only.
  { parent: "Country", field: "initiatives", types: ["OPERATES_IN"], direction: IN, kinds: ["INITIATIVE"] },
  { parent: "Country", field: "hostedEvents", types: ["HOSTED"], direction: OUT, kinds: null },
  { parent: "Country", field: "memberships", types: ["MEMBER_OF"], direction: OUT, kinds: null, description: "Forums and organizations it is a member of." },
  { parent: "Convention", field: "promoters", types: ["PROMOTES"], direction: IN, kinds: null },
  { parent: "Convention", field: "ratifiedBy", types: ["RATIFIED"], direction: IN, kinds: null },
  { parent: "Forum", field: "members", types: ["MEMBER_OF"], direction: IN, kinds: null },
  { parent: "Forum", field: "events", types: ["PART_OF"], direction: IN, kinds: ["FORUM"], description: "Dated meetings of this forum; each carries its host and chair through its own relations." },
  { parent: "Forum", field: "parent", types: ["PART_OF"], direction: OUT, kinds: null, returns: "entity" },
  { parent: "Forum", field: "chairs", types: ["CHAIRED"], direction: IN, kinds: null, description: "Who chaired it, with the period in `role`." },
  { parent: "Forum", field: "hosts", types: ["HOSTED"], direction: IN, kinds: null },
];

/** Every list field takes `first` (default and maximum RELATION_LIST_FIRST). */
export const RELATION_FIELDS: readonly RelationFieldSpec[] = ROWS.map((row) => (row.returns === "entity" ? row : { ...row, first: RELATION_LIST_FIRST }));

const BY_KEY = new Map(RELATION_FIELDS.map((s) => [`${s.parent}.${s.field}`, s]));

/** The row for `Type.field`, if it is a typed relationship field. */
export function relationField(parent: string, field: string): RelationFieldSpec | undefined {
  return BY_KEY.get(`${parent}.${field}`);
}
