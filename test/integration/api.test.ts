import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import { cypher } from "../../src/db/cypher.js";
import type { AppServer } from "../../src/api/createServer.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";

describe("the GraphQL API over the ingested corpus", () => {
  let db: Database;
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, server, stop } = await startIngestedApi());
  });
  afterAll(async () => stop());

  it("answers health and documents", async () => {
    const r = await gql(server, "{ health { neo4j version } documents { title source } }");
    expect(r.data.health.neo4j).toBe(true);
    expect(r.data.documents).toHaveLength(5);
  });

  it("resolves names, acronyms and aliases case-insensitively", async () => {
    const r = await gql(server, `{ a: resolve(name: "iom") { id } b: resolve(name: "International Organization for Migration") { id } c: resolve(name: "no such thing") { id } }`);
    expect(r.data).toEqual({ a: { id: "org:iom" }, b: { id: "org:iom" }, c: null });
  });

  it("lists the members of the GMG with evidence from the book", async () => {
    const r = await gql(server, `{ entity(id: "forum:gmg") { ... on Forum { members { other { id } evidence(first: 1) { text start end document { source } } } } } }`);
    const members = r.data.entity.members as Array<{ other: { id: string }; evidence: Array<{ document: { source: string } }> }>;
    expect(members.map((m) => m.other.id)).toContain("org:undp");
    expect(members.every((m) => m.evidence.length === 1)).toBe(true);
  });

  it("batches relationship fields: round trips grow with depth, not with the number of entities", async () => {
    const statements: Array<{ cypher: string; ids: number }> = [];
    const off = db.onQuery((cypher, params) => statements.push({ cypher, ids: Array.isArray(params?.ids) ? params.ids.length : 0 }));
    const r = await gql(server, `{ organizations(first: 30) { edges { node { id relations(first: 5) { type other { id relations(first: 3) { type evidence(first: 1) { text document { title } } } } evidence(first: 1) { text } } } } } }`);
    off();
    expect(r.errors).toBeUndefined();
    expect(r.data.organizations.edges.length).toBe(30);
    const of = (file: string) => statements.filter((s) => s.cypher === cypher(file));
    // The thirty entities of the page go to Neo4j in one statement, not thirty.
    expect(of("relations-of-entities").length, "the page's relations were read by the per-field loader").toBeGreaterThan(0);
    expect(of("relations-of-entities")[0]!.ids).toBe(30);
    // One statement per nesting level: relations at levels 1 and 2, evidence at levels 1 and 2.
    expect(of("relations-of-entities")).toHaveLength(2);
    expect(of("evidence-of-relations")).toHaveLength(2);
    // Only level-2 evidence asks for its document. A level-2 relation that is also a level-1 relation has its
    // evidence from the level-1 batch (the loader caches by relation id), so documents are asked for in two
    // waves, one per evidence batch. Whether the second wave names a document the first did not depends on
    // the data and on which batch returns first, so it takes one statement or two.
    expect(of("documents-by-id").length).toBeGreaterThanOrEqual(1);
    expect(of("documents-by-id").length).toBeLessThanOrEqual(2);
    // page + count, the four statements above, and the documents.
    expect(statements.length).toBeLessThanOrEqual(8);
  });

  it("answers node(id) for entities and documents alike", async () => {
    const docs = await gql(server, `{ documents { id } }`);
    const docId = docs.data.documents[0].id;
    const r = await gql(server, `{ org: node(id: "org:iom") { id ... on Organization { name } } doc: node(id: "${docId}") { id ... on Document { title } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.org).toEqual({ id: "org:iom", name: "International Organization for Migration" });
    expect(r.data.doc.id).toBe(docId);
    expect(r.data.doc.title.length).toBeGreaterThan(5);
  });

  it("gives BAD_USER_INPUT for a malformed id or an oversized page, and null for an unknown id", async () => {
    const bad = await gql(server, `{ entity(id: "not an id") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const big = await gql(server, `{ search(text: "migration", first: 1000) { score } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await gql(server, `{ entity(id: "org:does-not-exist") { id } }`);
    expect(unknown.data.entity).toBeNull();
  });

  it("searches with Lucene metacharacters without erroring", async () => {
    for (const text of [`"unbalanced`, `a AND OR (`, `~*?:\\/[]{}^`, `Global Migration`]) {
      const r = await gql(server, `{ search(text: ${JSON.stringify(text)}) { entity { id } score } }`);
      expect(r.errors).toBeUndefined();
    }
    const r = await gql(server, `{ search(text: "Global Migration Group", kinds: [FORUM]) { entity { id } } }`);
    expect(r.data.search[0].entity.id).toBe("forum:gmg");
  });

  it("puts the entity whose name, acronym or alias is the whole text before names that only contain it", async () => {
    const r = await gql(server, `{ a: search(text: "IOM", first: 5) { entity { id } score } b: search(text: " international organization for MIGRATION ") { entity { id } } c: search(text: "IOM", kinds: [FORUM]) { entity { id } } }`);
    expect(r.errors).toBeUndefined();
    const a = r.data.a as Array<{ entity: { id: string }; score: number }>;
    expect(a[0]!.entity.id).toBe("org:iom");
    expect(a.length, "other entities holding the word still follow").toBeGreaterThan(1);
    expect(a[0]!.score).toBeGreaterThan(a[1]!.score);
    expect(r.data.b[0].entity.id).toBe("org:iom");
    // The kind filter still applies to an exact match.
    expect((r.data.c as Array<{ entity: { id: string } }>).map((h) => h.entity.id)).not.toContain("org:iom");
  });

  it("rejects an over-deep query before it reaches Neo4j", async () => {
    const statements: string[] = [];
    const off = db.onQuery((c) => statements.push(c));
    const deep = `{ entity(id: "org:iom") { relations { other { relations { other { relations { other { relations { other { relations { other { relations { other { id } } } } } } } } } } } } } }`;
    const r = await gql(server, deep);
    off();
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(r.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded, found \d+/);
    expect(statements).toHaveLength(0);
  });

  it("finds paths with typed steps", async () => {
    const r = await gql(server, `{ paths(from: "org:undp", to: "forum:gmg", maxHops: 2) { steps { type from { id } to { id } evidence { text } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.paths.length).toBeGreaterThan(0);
    expect(r.data.paths[0].steps[0].type).toBe("MEMBER_OF");
  });

  it("answers the same through the read-ahead (entity) as through the batched loaders (search), however fields mix", async () => {
    // entity(id) reads ahead with lean projections; search hands its entities to the per-field loaders.
    const selection = `id name aliases
      ... on Organization {
        initiatives { type role confidence other { id name aliases mentionCount ... on Initiative { countries { other { id name aliases ... on Country { iso2 iso3 } } } organizations { other { id acronym } } } } evidence(first: 2) { text start end section document { id title } } }
        forums { other { name ... on Forum { isEvent year members { other { id } } } } }
        conventions { other { id ... on Convention { adoptedYear } } }
      }
      relations(first: 100) { type direction year other { id kind name acronym } }
      funded: relations(types: [FUNDS, LEADS], direction: OUT) { other { aliases mentionCount } evidence { text } }`;
    for (const [id, text] of [["org:world-bank", "World Bank"], ["org:iom", "International Organization for Migration"]]) {
      const ahead = await gql(server, `{ entity(id: "${id}") { ${selection} } }`);
      const batched = await gql(server, `{ search(text: "${text}", kinds: [ORGANIZATION], first: 1) { entity { ${selection} } } }`);
      expect(ahead.errors).toBeUndefined();
      expect(batched.errors).toBeUndefined();
      expect(batched.data.search[0].entity.id).toBe(id);
      expect(ahead.data.entity.initiatives.length + ahead.data.entity.relations.length).toBeGreaterThan(3);
      expect(ahead.data.entity).toEqual(batched.data.search[0].entity);
    }
  });

  it("gives the same relations whether or not a typed field shares the request", async () => {
    const alone = await gql(server, `{ entity(id: "org:world-bank") { relations(first: 100) { type other { id } } } }`);
    const mixed = await gql(server, `{ entity(id: "org:world-bank") { ... on Organization { initiatives { other { id ... on Initiative { countries { other { id } } } } } } relations(first: 100) { type other { id } } } }`);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data.entity.relations).toEqual(alone.data.entity.relations);
    const statements: string[] = [];
    const off = db.onQuery((c) => statements.push(c));
    const twoHop = await gql(server, `{ entity(id: "org:world-bank") { ... on Organization { initiatives { other { ... on Initiative { countries { other { id } } } } } } } }`);
    off();
    expect(twoHop.data.entity.initiatives.length).toBeGreaterThan(0);
    expect(statements).toHaveLength(1);
  });
});

describe("HTTP safety", () => {
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ server, stop } = await startIngestedApi({ ingest: false }));
  });
  afterAll(async () => stop());

  it("keeps Apollo's CSRF prevention on: a simple GET without a preflight header is refused", async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ health { neo4j } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it("is read-only: the schema has no mutations", async () => {
    const r = await gql(server, "{ __schema { mutationType { name } } }");
    expect(r.data.__schema.mutationType).toBeNull();
  });
});

describe("query cost", () => {
  let server: AppServer;
  let db: Database;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, server, stop } = await startIngestedApi({ ingest: false }));
  });
  afterAll(async () => stop());

  it("rejects an over-costly query before it reaches Neo4j", async () => {
    const statements: string[] = [];
    const off = db.onQuery((c) => statements.push(c));
    // Few fields, but each level multiplies: 100 × 100 × 100 relations.
    const r = await gql(server, `{ organizations(first: 100) { edges { node { relations(first: 100) { other { relations(first: 100) { other { id } } } } } } } }`);
    off();
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(statements).toHaveLength(0);
  });

  it("lists conventions named alongside an initiative", async () => {
    // The graph loaded by the suites above in this file is still there.
    const r = await gql(server, `{ resolve(name: "Global Campaign for Ratification") { ... on Initiative { conventions { id kind } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.resolve.conventions).toContainEqual({ id: "conv:cmw", kind: "CONVENTION" });
  });
});
