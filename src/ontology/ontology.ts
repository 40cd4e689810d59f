/**
 * The ontology is data: every entity kind and relation type the graph may hold,
 * with direction and meaning. Constraints, ingest validation, Cypher label/type
 * allow-lists and the GraphQL enums are all derived from these two tables, so a
 * new kind or relation is added here and nowhere else.
 */

export const ENTITY_KINDS = {
  ORGANIZATION: {
    label: "Organization",
    idPrefix: "org",
    meaning: "An agency, programme, office, NGO, government department or other body that acts.",
  },
  INITIATIVE: {
    label: "Initiative",
    idPrefix: "ini",
    meaning: "A named programme, project, fund, network, campaign, guideline or joint initiative.",
  },
  CONVENTION: {
    label: "Convention",
    idPrefix: "conv",
    meaning: "An international treaty, convention or protocol.",
  },
  COUNTRY: {
    label: "Country",
    idPrefix: "ctry",
    meaning: "A state, identified by ISO 3166-1.",
  },
  FORUM: {
    label: "Forum",
    idPrefix: "forum",
    meaning:
      "A standing process for dialogue (GMG, GFMD, HLD, a regional consultative process) or one dated meeting of it (a forum event).",
  },
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];
export const ENTITY_LABELS = ENTITY_KIND_NAMES.map((k) => ENTITY_KINDS[k].label);

/** Shared label carried by every entity node, so one index/constraint covers all kinds. */
export const ENTITY_LABEL = "Entity";
/** Extra label for a dated meeting of a forum (GFMD 2010, HLD 2006); its kind stays FORUM. */
export const FORUM_EVENT_LABEL = "ForumEvent";

/**
 * `from`/`to` list the entity kinds allowed at each end. `event` marks an end
 * that must be a forum event rather than a standing forum. `symmetric` relations
 * are stored once with endpoints in id order and read in both directions.
 */
export interface RelationSpec {
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  readonly toEventOnly?: boolean;
  readonly symmetric?: boolean;
  /** When set, only these [from, to] kind pairs are allowed (PART_OF: sub-units within organizations, not an initiative within an agency). */
  readonly pairs?: ReadonlyArray<readonly [EntityKind, EntityKind]>;
  /** Relations of this type are told apart by `role` too (a body that chaired twice has two CHAIRED relations, one per period). */
  readonly keyedByRole?: boolean;
  readonly meaning: string;
}

export const RELATION_TYPES = {
  MEMBER_OF: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["FORUM", "ORGANIZATION", "INITIATIVE"],
    // A state belongs to an intergovernmental organization (IOM's or the AU's member states); a body to an alliance,
    // or to a network that counts members (the European Migration Network).
    meaning: "The organization or state is a member of the forum, organization or network (one of the GMG members, a participating state of a regional process, a member state of the African Union, a member of a network).",
  },
  CHAIRED: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["FORUM"],
    keyedByRole: true,
    meaning: "Chaired the forum or one of its meetings; `role` holds the period as stated, one relation per period.",
  },
  SUPPORTS: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["FORUM", "INITIATIVE"],
    meaning: "Gives substantive, technical or financial support to a forum or initiative.",
  },
  LEADS: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["INITIATIVE", "FORUM"],
    meaning: "Launched, leads, manages or implements the initiative, or organized the forum meeting.",
  },
  PARTICIPATES_IN: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["INITIATIVE", "FORUM"],
    meaning: "Takes part in the initiative or forum alongside others.",
  },
  FUNDS: {
    from: ["ORGANIZATION", "COUNTRY"],
    to: ["INITIATIVE"],
    meaning: "Finances or co-finances the initiative.",
  },
  OPERATES_IN: {
    from: ["INITIATIVE", "ORGANIZATION"],
    to: ["COUNTRY"],
    meaning: "The initiative runs in, or targets, the country; or the organization works there (offices, programmes, member bodies).",
  },
  PROMOTES: {
    from: ["ORGANIZATION"],
    to: ["CONVENTION"],
    meaning: "Promotes ratification or implementation of the convention, or supervises it.",
  },
  RATIFIED: {
    from: ["COUNTRY"],
    to: ["CONVENTION"],
    meaning: "The country ratified or acceded to the convention.",
  },
  HOSTED: {
    from: ["COUNTRY"],
    to: ["FORUM"],
    toEventOnly: true,
    meaning: "The country hosted the forum meeting.",
  },
  PART_OF: {
    from: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    to: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    pairs: [
      ["INITIATIVE", "INITIATIVE"],
      ["INITIATIVE", "FORUM"],
      ["FORUM", "FORUM"],
      ["FORUM", "INITIATIVE"],
      ["FORUM", "ORGANIZATION"],
      ["ORGANIZATION", "ORGANIZATION"],
    ],
    meaning: "An initiative within a larger initiative or forum, a forum meeting within its process, or a sub-unit within its organization.",
  },
  PARTNERS_WITH: {
    from: ["ORGANIZATION"],
    to: ["ORGANIZATION"],
    symmetric: true,
    meaning: "The text states a partnership between the two organizations.",
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];
/** Relation types read in both directions whatever direction is asked (see `symmetric`). */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<string> = new Set(RELATION_TYPE_NAMES.filter((t) => (RELATION_TYPES[t] as RelationSpec).symmetric === true));

export function isEntityKind(value: string): value is EntityKind {
  return Object.prototype.hasOwnProperty.call(ENTITY_KINDS, value);
}

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

/** Whether a relation of `type` may join these kinds; used by ingest validation. */
export function allowsEndpoints(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const spec: RelationSpec = RELATION_TYPES[type];
  if (spec.pairs) return spec.pairs.some(([f, t]) => f === from && t === to);
  return spec.from.includes(from) && spec.to.includes(to);
}

export function labelOf(kind: EntityKind): string {
  return ENTITY_KINDS[kind].label;
}

export function kindOfLabel(label: string): EntityKind | undefined {
  return ENTITY_KIND_NAMES.find((k) => ENTITY_KINDS[k].label === label);
}
