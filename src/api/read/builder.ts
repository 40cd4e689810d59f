/**
 * Small typed helpers over @neo4j/cypher-builder shared by the read statements. Labels and
 * relationship types come only from the ontology (the builder escapes whatever it is given, and
 * these helpers accept only ontology names); values are always named parameters, so a statement's
 * text depends on its shape alone and Neo4j caches one plan per shape.
 */
import Cypher from "@neo4j/cypher-builder";
import invariant from "tiny-invariant";
import { ENTITY_KINDS, ENTITY_LABEL, RELATION_TYPE_NAMES, type EntityKind, type RelationType } from "../../ontology/ontology.js";
import { ENTITY_PROPERTIES, EVIDENCE_PROPERTIES, RELATION_PROPERTIES } from "../../db/cypher.js";

export { Cypher };

const TYPES = new Set<string>(RELATION_TYPE_NAMES);
const READABLE = new Set<string>([...ENTITY_PROPERTIES, ...EVIDENCE_PROPERTIES, ...RELATION_PROPERTIES, "id", "confidence"]);

/** `A|B|C` over relation types of the ontology; null or empty means every entity-to-entity type. */
export function typeExpr(types: readonly RelationType[] | null | undefined): Cypher.LabelExpr {
  const list = types && types.length > 0 ? types : RELATION_TYPE_NAMES;
  for (const t of list) invariant(TYPES.has(t), `relation type ${t} is not in the ontology`);
  return Cypher.labelExpr.or(...list);
}

/** `Organization|Initiative` for entity kinds; null means any entity. */
export function labelExpr(kinds: readonly EntityKind[] | null | undefined): Cypher.LabelExpr | string {
  if (!kinds || kinds.length === 0) return ENTITY_LABEL;
  return Cypher.labelExpr.or(...kinds.map((k) => ENTITY_KINDS[k].label));
}

/** `v {.a, .b}`; only properties the API reads. */
export function projection(variable: Cypher.Variable, props: readonly string[]): Cypher.MapProjection {
  for (const p of props) invariant(READABLE.has(p), `property ${p} is not one the API reads`);
  return new Cypher.MapProjection(variable, [...props]);
}

/** `[v.a, v.b]`; only properties the API reads. Lists decode cheaper than maps (see readAhead.ts). */
export function propertyList(variable: Cypher.Variable, props: readonly string[]): Cypher.List {
  for (const p of props) invariant(READABLE.has(p), `property ${p} is not one the API reads`);
  return new Cypher.List(props.map((p) => variable.property(p)));
}

export const param = (name: string) => new Cypher.NamedParam(name);

/**
 * The statement text, without the builder's indentation; parameters are passed by name at run time,
 * never inlined. Short text matters: a RUN message over the driver's 1,400-byte chunk leaves in two writes.
 */
export function text(clause: Cypher.Clause): string {
  return clause
    .build()
    .cypher.split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}
