/**
 * Gives a test file the shared real Neo4j and a way to start from an empty graph.
 * Community Neo4j has one user database, so files run one at a time and each
 * wipes the graph in `beforeAll` before loading exactly what it asserts on.
 */
import { inject } from "vitest";
import { Database } from "../../src/db/Database.js";

const MARKER = "TestDatabaseMarker";

export function testDatabase(): Database {
  const target = inject("neo4j");
  if (!target.uri) throw new Error("no Neo4j for tests: run without a test/unit-only filter, or set NEO4J_URI");
  return new Database({ uri: target.uri, user: target.user, password: target.password });
}

/**
 * Deletes everything. Refuses on a NEO4J_URI database that holds data and was
 * never marked as a test database, unless NEO4J_TEST_ALLOW_WIPE=1: pointing the
 * tests at a real graph must not destroy it.
 */
export async function resetDatabase(db: Database): Promise<void> {
  const target = inject("neo4j");
  if (target.source === "env" && process.env.NEO4J_TEST_ALLOW_WIPE !== "1") {
    const [row] = await db.read(
      `OPTIONAL MATCH (m:${MARKER}) WITH count(m) AS marked
       OPTIONAL MATCH (n) WHERE NOT n:${MARKER} WITH marked, count(n) AS nodes
       RETURN marked, nodes`,
    );
    if (row && Number(row.nodes) > 0 && Number(row.marked) === 0) {
      throw new Error(
        `Refusing to wipe ${target.uri}: it holds data and is not a test database. ` +
          "Use an empty database or set NEO4J_TEST_ALLOW_WIPE=1.",
      );
    }
  }
  await db.autoCommit("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  await db.write(`MERGE (:${MARKER} {id: 'marker'})`);
}
