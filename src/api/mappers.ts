import type { Row } from "../db/Database.js";
import { SYMMETRIC_RELATION_TYPES } from "../ontology/ontology.js";
import type { Evidence } from "./types/Evidence.js";
import type { Relation } from "./types/Relation.js";
import { Direction, type RelationType } from "./types/enums.js";

/**
 * Stored rows → GraphQL objects. Optional stored fields become explicit nulls/defaults, in place:
 * rows are fresh from the driver and owned by the request, the defaults are idempotent, and a copy
 * per entity per field was a visible share of a request's CPU.
 */
export function toEntity(row: Row): any {
  row.acronym ??= null;
  row.aliases ??= [];
  row.mentionCount ??= 0;
  row.isEvent = row.isEvent === true;
  return row;
}

export function toRelation(row: Row): Relation {
  return {
    id: row.relId as string,
    type: row.type as RelationType,
    // A symmetric relation is stored once, endpoints in id order; which end is "start" means nothing.
    direction: SYMMETRIC_RELATION_TYPES.has(row.type as string) ? Direction.BOTH : (row.direction as Direction),
    other: toEntity(row.other as Row),
    ...relationProps(row),
  };
}

/** A stored relation's own properties, with the defaults a Relation and a Link both give: null, or 0 for counts. */
export function relationProps(props: Row): Pick<Relation, "year" | "role" | "confidence" | "method" | "evidenceCount"> {
  return {
    year: (props.year as number) ?? null,
    role: (props.role as string) ?? null,
    confidence: (props.confidence as number) ?? 0,
    method: (props.method as string) ?? null,
    evidenceCount: (props.evidenceCount as number) ?? 0,
  };
}

/** In place, as toEntity: a row read ahead is shown by one relation, and the default is idempotent. */
export function toEvidence(row: Row): Evidence {
  row.section ??= null;
  return row as unknown as Evidence;
}
