import type { Row } from "../../db/Database.js";
import type { Relation } from "../types/Relation.js";
import type { RelationSpec } from "./fieldSpecs.js";

/**
 * Per-request results of the read-ahead, held in the request context (ctx.reads) and keyed by the
 * very objects the resolvers receive as roots: an entity → the relations read for it (and the spec
 * they cover), a relation → the evidence read for it (and how many per relation). Keys are object
 * identities, not ids, so only the part of the result tree the read-ahead planned for sees its lean
 * projections; the same entity reached elsewhere in the query goes to the loaders instead. WeakMaps:
 * nothing here outlives the response objects.
 */
export class ReadStore {
  private readonly relations = new WeakMap<object, { spec: RelationSpec; rows: Relation[] }>();
  private readonly evidence = new WeakMap<object, { limit: number; rows: Row[] }>();

  putRelations(entity: object, spec: RelationSpec, rows: Relation[]): void {
    this.relations.set(entity, { spec, rows });
  }

  relationsOf(entity: object): { spec: RelationSpec; rows: Relation[] } | undefined {
    return this.relations.get(entity);
  }

  putEvidence(relation: object, limit: number, rows: Row[]): void {
    this.evidence.set(relation, { limit, rows });
  }

  evidenceOf(relation: object): { limit: number; rows: Row[] } | undefined {
    return this.evidence.get(relation);
  }
}
