import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import { applySchema } from "../../src/db/applySchema.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

describe("the real Neo4j behind the tests", () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
  });
  afterAll(async () => db.close());

  it("is Neo4j 5.26", async () => {
    const info = await db.serverInfo();
    expect(info.version).toMatch(/^Neo4j\/5\.26\./);
  });

  it("stores a node and reads it back, with integers as plain numbers", async () => {
    await db.write("CREATE (:Document {id: $id, title: $title, bytes: $bytes})", { id: "doc:t", title: "T", bytes: 1234 });
    const rows = await db.read("MATCH (d:Document {id: $id}) RETURN d.title AS title, d.bytes AS bytes", { id: "doc:t" });
    expect(rows).toEqual([{ title: "T", bytes: 1234 }]);
  });

  it("applies the schema idempotently, with one id constraint per ontology kind", async () => {
    await applySchema(db);
    const first = await db.read("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n");
    await applySchema(db);
    const second = await db.read("SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS labels");
    expect(second[0]!.labels).toEqual(expect.arrayContaining(["Entity", "Organization", "Forum", "Document", "Passage"]));
    expect((second[0]!.labels as string[]).length).toBe(first[0]!.n);
  });

  it("skips the schema statements when everything is there, and recreates what is missing", async () => {
    await applySchema(db);
    expect(await applySchema(db)).toBe(0);
    await db.schema("DROP INDEX passage_document");
    const kindConstraint = await db.read("SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE labelsOrTypes = ['Country'] RETURN name");
    await db.schema(`DROP CONSTRAINT ${kindConstraint[0]!.name as string}`);
    expect(await applySchema(db)).toBeGreaterThan(0);
    const after = await db.read("SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'passage_document' OR labelsOrTypes = ['Country'] RETURN count(*) AS n");
    expect(after[0]!.n).toBe(2);
    expect(await applySchema(db)).toBe(0);
  });

  it("drops the search index that entity_search replaced, from a graph made before it", async () => {
    await applySchema(db);
    await db.schema("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.acronym]");
    expect(await applySchema(db)).toBeGreaterThan(0);
    const left = await db.read("SHOW INDEXES YIELD name WHERE name IN ['entity_names', 'entity_search'] RETURN collect(name) AS names");
    expect(left[0]!.names).toEqual(["entity_search"]);
    expect(await applySchema(db)).toBe(0);
  });

  it("enforces id uniqueness", async () => {
    await db.write("MERGE (:Entity:Organization {id: 'org:x'})");
    await expect(db.write("CREATE (:Entity:Organization {id: 'org:x'})")).rejects.toThrow(/already exists/);
  });

  it("rolls a failed write transaction back entirely", async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run("CREATE (:Document {id: 'doc:rollback'})");
        await tx.run("CREATE (:Entity:Organization {id: 'org:x'})");
      }),
    ).rejects.toThrow();
    const rows = await db.read("MATCH (d:Document {id: 'doc:rollback'}) RETURN count(d) AS n");
    expect(rows[0]!.n).toBe(0);
  });
});
