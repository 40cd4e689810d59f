import { registerEnumType } from "type-graphql";
import { ENTITY_KINDS, RELATION_TYPES } from "../../ontology/ontology.js";

/** GraphQL enums derived from the ontology, so a new kind or relation type appears here by itself. */
export const EntityKind = Object.fromEntries(Object.keys(ENTITY_KINDS).map((k) => [k, k])) as { [K in keyof typeof ENTITY_KINDS]: K };
export type EntityKind = keyof typeof ENTITY_KINDS;
export const RelationType = Object.fromEntries(Object.keys(RELATION_TYPES).map((k) => [k, k])) as { [K in keyof typeof RELATION_TYPES]: K };
export type RelationType = keyof typeof RELATION_TYPES;
export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}

registerEnumType(EntityKind, {
  name: "EntityKind",
  valuesConfig: Object.fromEntries(Object.entries(ENTITY_KINDS).map(([k, v]) => [k, { description: v.meaning }])),
});
registerEnumType(RelationType, {
  name: "RelationType",
  valuesConfig: Object.fromEntries(Object.entries(RELATION_TYPES).map(([k, v]) => [k, { description: v.meaning }])),
});
registerEnumType(Direction, { name: "Direction", description: "OUT when the entity is the relation's source, IN when its target; symmetric relations (PARTNERS_WITH) read as BOTH." });
