import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../src/db/Database.js";
import { runIngest } from "../../ingest/runIngest.js";
import { resetDatabase, testDatabase } from "../support/testDatabase.js";

const snapshot = async (db: Database) => (await db.read(
  `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
   CALL () { MATCH (e:Entity) RETURN collect(e.id) AS ids } RETURN nodes, rels, size(ids) AS entities`))[0];

describe("ingesting the bundled corpus into Neo4j", () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    await runIngest({ paths: ["data/corpus"], db, reset: true });
  });
  afterAll(async () => db.close());

  it("stores the five documents with hashes and passages", async () => {
    const rows = await db.read("MATCH (d:Document) RETURN d.source AS source, d.hash AS hash, COUNT { (d)-[:HAS_PASSAGE]->() } AS passages ORDER BY source");
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.passages).toBeGreaterThan(0);
    }
  });

  it("reads the GMG membership enumeration as sixteen MEMBER_OF links, and none for the non-GMG agencies", async () => {
    const rows = await db.read("MATCH (o:Organization)-[:MEMBER_OF]->(:Forum {id: 'forum:gmg'}) RETURN collect(o.id) AS ids");
    const ids = rows[0]!.ids as string[];
    for (const id of ["org:ilo", "org:iom", "org:unctad", "org:un-desa", "org:undp", "org:unesco", "org:unfpa", "org:unhcr", "org:unicef", "org:unitar", "org:unodc", "org:ohchr", "org:un-women", "org:who", "org:world-bank"]) expect(ids).toContain(id);
    for (const id of ["org:fao", "org:icao", "org:ifad", "org:imo", "org:unaids", "org:unep", "org:upu", "org:wipo", "org:wmo"]) expect(ids).not.toContain(id);
  });

  it("backs every relation with evidence that quotes the source file at its offsets", async () => {
    const [orphans] = await db.read("MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT EXISTS { MATCH (ev:Evidence {relationId: r.id}) } RETURN count(r) AS n");
    expect(orphans!.n).toBe(0);
    const sample = await db.read("MATCH (ev:Evidence) MATCH (d:Document {id: ev.documentId}) RETURN ev.text AS text, ev.start AS start, ev.end AS end, d.source AS source LIMIT 20");
    const { readFileSync } = await import("node:fs");
    for (const ev of sample) {
      const source = readFileSync(join("data/corpus", ev.source as string), "utf8").slice(ev.start as number, ev.end as number);
      const words = (ev.text as string).split(/\s+/).slice(0, 3).join(" ").replace(/[^\p{L}\s]/gu, "");
      expect(source.replace(/\s+/g, " ")).toContain(words.split(" ")[0]!);
    }
  });

  it("changes nothing when the same input is ingested again", async () => {
    const before = await snapshot(db);
    const second = await runIngest({ paths: ["data/corpus"], db });
    expect(second.loads.every((l) => l.status === "unchanged")).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it("reloads a document extracted by an older pipeline, ending with the same graph", async () => {
    const before = await snapshot(db);
    await db.write("MATCH (d:Document) WHERE d.source STARTS WITH '00' SET d.pipeline = 'older'");
    const again = await runIngest({ paths: ["data/corpus"], db });
    expect(again.loads.every((l) => l.status === "loaded")).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it("rejects bad files by name and loads the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
    writeFileSync(join(dir, "notes.pdf"), "x");
    writeFileSync(join(dir, "good.md"), "# Note\n\nThe International Organization for Migration (IOM) works with UNHCR in partnership with the British Red Cross.\n");
    const result = await runIngest({ paths: [dir, join(dir, "missing.txt")], db });
    const messages = result.errors.map((e) => e.message).join("\n");
    expect(messages).toMatch(/empty\.txt: file is empty/);
    expect(messages).toMatch(/binary\.txt: file looks binary/);
    expect(messages).toMatch(/latin1\.txt: file is not valid UTF-8/);
    expect(messages).toMatch(/notes\.pdf: unsupported extension/);
    expect(messages).toMatch(/missing\.txt: no such file/);
    expect(result.loads.map((l) => l.source)).toEqual(["good.md"]);
    const [doc] = await db.read("MATCH (d:Document {source: 'good.md'}) RETURN d.passageCount AS n");
    expect(doc!.n).toBeGreaterThan(0);
  });
});

describe("loading documents one transaction each", () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
  });
  afterAll(async () => db.close());

  it("fails a bad document alone, names its file, and keeps the others", async () => {
    const { buildGraphs } = await import("../../ingest/core/pipeline.js");
    const { defaultCatalog } = await import("../../ingest/catalog/catalog.js");
    const { loadGraphs } = await import("../../ingest/load/loadGraph.js");
    const doc = (name: string, text: string) => ({ path: name, name, format: "txt" as const, text, bytes: text.length, hash: name });
    const graphs = buildGraphs([doc("a.txt", "UNDP supports the GFMD."), doc("b.txt", "IOM supports the GMG."), doc("c.txt", "ILO supports the GFMD.")], defaultCatalog());
    // Corrupt b.txt's graph after extraction: a relation type the ontology does not know.
    graphs[1]!.relations[0]!.type = "OWNS" as never;
    const results = await loadGraphs(db, graphs);
    expect(results.map((r) => r.status)).toEqual(["loaded", "failed", "loaded"]);
    expect(results[1]!.error).toMatch(/^b\.txt: .*OWNS/);
    const rows = await db.read("MATCH (d:Document) RETURN d.source AS source ORDER BY source");
    expect(rows.map((r) => r.source)).toEqual(["a.txt", "c.txt"]);
    const [b] = await db.read("MATCH (p:Passage {documentId: 'doc:b-txt'}) RETURN count(p) AS n");
    expect(b!.n).toBe(0);
  });
});
