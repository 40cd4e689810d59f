import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { exactLuceneTerm } from "../../src/api/luceneQuery.js";
import { cypher } from "../../src/db/cypher.js";
import type { Database } from "../../src/db/Database.js";
import { applySchema } from "../../src/db/applySchema.js";
import { entityRow } from "../../ingest/load/statements.js";
import type { EntityRecord } from "../../ingest/core/types.js";
import { ENTITY_KINDS } from "../../src/ontology/ontology.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";
import { resetDatabase } from "../support/testDatabase.js";

/** Names chosen to break a non-exact index read: shared words, Lucene syntax, operator words, case. */
const entities: Array<Pick<EntityRecord, "id" | "kind" | "name" | "acronym" | "aliases"> & { mentions: number }> = [
  { id: "org:alpha", kind: "ORGANIZATION", name: "Alpha Beta", acronym: "AB", aliases: ['A "quoted" (one)*', "x AND y", "back\\slash"], mentions: 5 },
  { id: "org:ab-group", kind: "ORGANIZATION", name: "AB Group", acronym: null, aliases: ["ab"], mentions: 7 },
  { id: "conv:ab", kind: "CONVENTION", name: "Accord of Beta", acronym: "AB", aliases: [], mentions: 9 },
  { id: "org:tie-b", kind: "ORGANIZATION", name: "Tied Name", acronym: null, aliases: [], mentions: 3 },
  { id: "org:tie-a", kind: "ORGANIZATION", name: "Tied Name", acronym: null, aliases: [], mentions: 3 },
];

describe("resolve: exact names through the entity_lookup full-text index", () => {
  let db: Database;
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, server, stop } = await startIngestedApi({ ingest: false }));
    await resetDatabase(db);
    await applySchema(db);
    const rows = entities.map((e) => ({ id: e.id, label: [ENTITY_KINDS[e.kind].label], props: { ...entityRow({ ...e, origin: "catalog" }), mentionCount: e.mentions } }));
    await db.write(cypher("upsert-entities"), { rows });
  });
  afterAll(async () => stop());

  const resolve = async (name: string, kind?: string) => {
    const r = await gql(server, `query($name: String!, $kind: EntityKind) { resolve(name: $name, kind: $kind) { id } }`, { name, kind });
    expect(r.errors).toBeUndefined();
    return (r.data.resolve as { id: string } | null)?.id ?? null;
  };

  it("matches a whole name, acronym or alias, whatever the case and surrounding spaces", async () => {
    expect(await resolve("Alpha Beta")).toBe("org:alpha");
    expect(await resolve("  ALPHA beta ")).toBe("org:alpha");
    expect(await resolve("X and Y")).toBe("org:alpha");
  });

  it("never matches a word, prefix or pattern of a name", async () => {
    for (const name of ["alpha", "beta", "alpha*", "alph?", "alpha~", "x", "x OR z", "*", ""]) expect(await resolve(name), name).toBeNull();
  });

  it("reads Lucene syntax in a name literally", async () => {
    expect(await resolve('a "quoted" (one)*')).toBe("org:alpha");
    expect(await resolve("back\\slash")).toBe("org:alpha");
    expect(await resolve('a "quoted" (one)')).toBeNull();
  });

  it("takes the most mentioned of several holders, within the kind when one is given, lowest id on a tie", async () => {
    expect(await resolve("ab")).toBe("conv:ab");
    expect(await resolve("ab", "ORGANIZATION")).toBe("org:ab-group");
    expect(await resolve("ab", "COUNTRY")).toBeNull();
    expect(await resolve("tied name")).toBe("org:tie-a");
  });

  it("reads candidates from the index instead of testing every entity", async () => {
    const target = inject("neo4j");
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    try {
      const name = "alpha beta";
      const { summary } = await driver.executeQuery(`EXPLAIN ${cypher("resolve-name")}`, { name, term: exactLuceneTerm(name), kind: null });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType);
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as { operatorType: string; children: unknown[] });
      expect(operators.some((o) => o.startsWith("ProcedureCall"))).toBe(true);
      expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
    } finally {
      await driver.close();
    }
  });
});
