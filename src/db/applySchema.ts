import { ENTITY_LABELS, RELATION_TYPE_NAMES } from "../ontology/ontology.js";
import type { Database, Row } from "./Database.js";
import { cypher, statements, withIdentifiers } from "./cypher.js";

/**
 * Constraints and indexes, applied idempotently at every start. The per-kind id
 * constraints and per-type relation id indexes are derived from the ontology, so a
 * new kind or relation type gets one for free. Returns how many statements were run:
 * 0 when one read of the index list shows every one already there and online, since a
 * round trip per schema statement and the index wait are most of what a warm re-ingest's
 * set-up costs.
 */
export async function applySchema(db: Database): Promise<number> {
  const named = statements("schema");
  if (schemaPresent(await db.read(cypher("schema-indexes")), named)) return 0;
  const all = [
    ...named,
    ...ENTITY_LABELS.map((label) => withIdentifiers(cypher("kind-constraint").replace(/^\s*\/\/.*$/gm, "").trim(), { label })),
    ...RELATION_TYPE_NAMES.map((type) => withIdentifiers(cypher("relation-id-index").replace(/^\s*\/\/.*$/gm, "").trim(), { type })),
  ];
  for (const statement of all) await db.schema(statement);
  await db.schema("CALL db.awaitIndexes(60)");
  return all.length;
}

/**
 * True when every CREATE statement of schema.cypher names an index or constraint that exists, every DROP
 * statement one that does not, each entity label has
 * a uniqueness constraint on `id`, each relation type an index on `id`, and no index is still populating.
 * A statement whose name cannot be read makes it false, so the statements run as before.
 */
function schemaPresent(indexes: Row[], named: string[]): boolean {
  if (indexes.some((i) => i.state !== "ONLINE")) return false;
  const names = new Set(indexes.map((i) => i.name));
  const on = (entityType: string, target: string, constraint: boolean) =>
    indexes.some((i) => i.entityType === entityType && (i.labelsOrTypes as string[] | null)?.join() === target && (i.properties as string[] | null)?.join() === "id" && (!constraint || i.constraint === true));
  const present = (s: string) => {
    const retired = /^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF EXISTS/i.exec(s)?.[1];
    if (retired !== undefined) return !names.has(retired);
    return names.has(/^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i.exec(s)?.[1]);
  };
  return (
    named.every(present) &&
    ENTITY_LABELS.every((label) => on("NODE", label, true)) &&
    RELATION_TYPE_NAMES.every((type) => on("RELATIONSHIP", type, false))
  );
}
