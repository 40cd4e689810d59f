import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import type { AppServer } from "../../src/api/createServer.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";

/** Reads over the bundled corpus that dashboards and analysts rely on (issue 11), one ingest for the file. */
describe("reads for dashboards and analysts", () => {
  let db: Database;
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, server, stop } = await startIngestedApi());
  });
  afterAll(async () => stop());

  const ok = async (query: string, variables?: object) => {
    const r = await gql(server, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };

  it("neighborhood answers nodes and edges around an entity, each edge touching it at depth 1", async () => {
    const d = await ok(`{ neighborhood(id: "org:iom") { nodes { id } edges { source target type } } }`);
    expect(d.neighborhood.edges.length).toBeGreaterThan(5);
    expect(d.neighborhood.edges.every((e: any) => e.source === "org:iom" || e.target === "org:iom")).toBe(true);
    const ids = new Set(d.neighborhood.nodes.map((n: any) => n.id));
    expect(d.neighborhood.edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const two = await ok(`{ neighborhood(id: "org:iom", depth: 2, types: [MEMBER_OF], limit: 40) { edges { type } } }`);
    expect(two.neighborhood.edges.length).toBeGreaterThan(d.neighborhood.edges.filter((e: any) => e.type === "MEMBER_OF").length);
    expect(two.neighborhood.edges.every((e: any) => e.type === "MEMBER_OF")).toBe(true);
  });

  it("paths: shortest only by default; shortestOnly: false lists indirect paths too, fewest hops first", async () => {
    const route = (p: any) => p.nodes.map((n: any) => n.id).join(">");
    const shortest = await ok(`{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 2) { nodes { id } } }`);
    expect(shortest.paths.map(route)).toEqual(["org:unicef>forum:gfmd"]);
    const all = await ok(`{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 2, shortestOnly: false, first: 20) { nodes { id } steps { type } } }`);
    const routes = all.paths.map(route);
    expect(routes[0]).toBe("org:unicef>forum:gfmd");
    expect(routes).toContain("org:unicef>forum:gfmd-2008>forum:gfmd");
    const hops = all.paths.map((p: any) => p.steps.length);
    expect(hops).toEqual([...hops].sort((a: number, b: number) => a - b));
    expect(all.paths.every((p: any) => new Set(p.nodes.map((n: any) => n.id)).size === p.nodes.length)).toBe(true);
    const tooFar = await gql(server, `{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 5, shortestOnly: false) { nodes { id } } }`);
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reads the symmetric PARTNERS_WITH as BOTH, whichever direction is asked", async () => {
    const d = await ok(`{ entity(id: "org:iom") { ... on Organization { statedPartnerships { direction other { id } } }
      out: relations(types: [PARTNERS_WITH], direction: OUT) { direction other { id } }
      in: relations(types: [PARTNERS_WITH], direction: IN) { direction other { id } } } }`);
    expect(d.entity.statedPartnerships.length).toBeGreaterThan(2);
    expect(new Set(d.entity.statedPartnerships.map((r: any) => r.direction))).toEqual(new Set(["BOTH"]));
    expect(d.entity.out).toEqual(d.entity.in);
    expect(d.entity.out).toEqual(d.entity.statedPartnerships);
    const batched = await ok(`{ search(text: "International Organization for Migration", kinds: [ORGANIZATION], first: 1) { entity { relations(types: [PARTNERS_WITH]) { direction } } } }`);
    expect(new Set(batched.search[0].entity.relations.map((r: any) => r.direction))).toEqual(new Set(["BOTH"]));
  });

  it("search ranks by matched words: an exact name plus a stray word still finds the name first", async () => {
    const d = await ok(`{ search(text: "Global Migration Group xyzzy") { entity { id } } }`);
    expect(d.search[0].entity.id).toBe("forum:gmg");
    const partial = await ok(`{ search(text: "Migration Group", first: 3) { entity { id } } }`);
    expect(partial.search[0].entity.id).toBe("forum:gmg");
  });

  it("relationCount shows how many relations a list held before first cut it", async () => {
    const d = await ok(`{ entity(id: "org:iom") { relationCount cut: relations(first: 3) { id: type } all: relations(first: 100) { type }
      supportsIn: relationCount(types: [SUPPORTS], direction: IN) supportsOut: relationCount(types: [SUPPORTS], direction: OUT) out: relations(types: [SUPPORTS], direction: OUT, first: 100) { type } } }`);
    expect(d.entity.cut).toHaveLength(3);
    expect(d.entity.relationCount).toBe(d.entity.all.length);
    expect(d.entity.relationCount).toBeGreaterThan(3);
    expect(d.entity.supportsOut).toBe(d.entity.out.length);
    expect(d.entity.supportsIn).toBe(0);
    void db;
  });
});
