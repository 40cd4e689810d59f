import { ENTITY_LABELS, RELATION_TYPE_NAMES } from "../ontology/ontology.js";
import type { Database } from "./Database.js";
import { cypher, statements, withIdentifiers } from "./cypher.js";

/**
 * Constraints and indexes, applied idempotently at every start. The per-kind id
 * constraints and per-type relation id indexes are derived from the ontology, so a
 * new kind or relation type gets one for free.
 */
export async function applySchema(db: Database): Promise<number> {
  const all = [
    ...statements("schema"),
    ...ENTITY_LABELS.map((label) => withIdentifiers(cypher("kind-constraint").replace(/^\s*\/\/.*$/gm, "").trim(), { label })),
    ...RELATION_TYPE_NAMES.map((type) => withIdentifiers(cypher("relation-id-index").replace(/^\s*\/\/.*$/gm, "").trim(), { type })),
  ];
  for (const statement of all) await db.schema(statement);
  await db.schema("CALL db.awaitIndexes(60)");
  return all.length;
}
