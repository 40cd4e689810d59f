import { readFileSync } from "node:fs";
import { buildSchema, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/api/buildSchema.js";
import { LIMITS } from "../../src/api/limits.js";
import { createCostModel, queryCost, UNSIZED_LIST_SIZE, UncostableQueryError, type CostModel } from "../../src/api/queryCost.js";
import { attackQueries, exampleQueries, explorerQueries, readmeQueries } from "../../bench/lib/costedQueries.js";

describe("the cost estimator on the app schema", () => {
  let model: CostModel;
  const cost = (query: string, variables?: Record<string, unknown>) => queryCost(model, parse(query), variables);
  beforeAll(async () => {
    model = createCostModel(await buildAppSchema());
  });

  it("multiplies by a field's page size, its default included", () => {
    // each hit: the SearchHit and its entity
    expect(cost(`{ search(text: "x") { entity { id } } }`)).toBe(10 * 2);
    expect(cost(`{ search(text: "x", first: 100) { entity { id } } }`)).toBe(100 * 2);
    expect(cost(`query($n: Int!) { search(text: "x", first: $n) { entity { id } } }`, { n: 100 })).toBe(100 * 2);
  });

  it("charges leaves nothing and objects one each", () => {
    expect(cost(`{ health { neo4j version } }`)).toBe(1);
    expect(cost(`{ entity(id: "org:iom") { id name acronym aliases mentionCount } }`)).toBe(1);
  });

  it("multiplies nested lists level by level", () => {
    const one = cost(`{ entity(id: "org:iom") { relations(first: 10) { other { id } } } }`);
    expect(one).toBe(1 + 10 * (1 + 1));
    const two = cost(`{ entity(id: "org:iom") { relations(first: 10) { other { relations(first: 10) { other { id } } } } } }`);
    expect(two).toBe(1 + 10 * (1 + 1 + 10 * (1 + 1)));
    const three = cost(`{ entity(id: "org:iom") { relations(first: 10) { other { relations(first: 10) { other { relations(first: 10) { other { id } } } } } } } }`);
    expect(three).toBeGreaterThan(9 * two);
  });

  it("pays for every alias", () => {
    const one = cost(`{ a: search(text: "x", first: 50) { entity { id } } }`);
    expect(cost(`{ a: search(text: "x", first: 50) { entity { id } } b: search(text: "y", first: 50) { entity { id } } }`)).toBe(2 * one);
  });

  it("multiplies paths by first × maxHops and neighborhoods by limit × depth, counting their inner lists once", () => {
    expect(cost(`{ paths(from: "org:a", to: "org:b") { steps { type } } }`)).toBe(5 * 4 * (1 + 1));
    expect(cost(`{ paths(from: "org:a", to: "org:b", first: 2, maxHops: 3) { steps { type } nodes { id } } }`)).toBe(2 * 3 * (1 + 1 + 1));
    // A subgraph or connection is one object; its limit × depth or first multiplies its item lists.
    expect(cost(`{ neighborhood(id: "org:a") { nodes { id } edges { type } } }`)).toBe(1 + 200 * 1 + 200 * 1);
    expect(cost(`{ neighborhood(id: "org:a", limit: 100, depth: 3) { nodes { id } } }`)).toBe(1 + 100 * 3);
    expect(cost(`{ organizations(first: 30) { totalCount edges { node { id } } } }`)).toBe(1 + 30 * (1 + 1));
  });

  it("charges a connection's facets and pageInfo once, not once per item", () => {
    const facets = `facets { types { key count } years { key count } }`;
    const edges = `edges { node { id } }`;
    const both = cost(`{ links(first: 50) { ${edges} ${facets} pageInfo { hasNextPage } } }`);
    const edgesOnly = cost(`{ links(first: 50) { ${edges} } }`);
    const facetsOnly = cost(`{ links(first: 50) { ${facets} } }`);
    // The facets cost the same at any page size, and add their own cost to the edges' once.
    expect(cost(`{ links(first: 5) { ${facets} } }`)).toBe(facetsOnly);
    expect(both).toBe(edgesOnly + (facetsOnly - 1) + 1);
    expect(edgesOnly).toBe(1 + 50 * (1 + 1));
    // Through a fragment too.
    expect(cost(`query { links(first: 50) { ...F } } fragment F on LinkConnection { ${edges} }`)).toBe(edgesOnly);
  });

  it("charges typed relationship lists, which take no page size, UNSIZED_LIST_SIZE", () => {
    expect(cost(`{ entity(id: "forum:gmg") { ... on Forum { members { other { id } } } } }`)).toBe(1 + UNSIZED_LIST_SIZE * 2);
    expect(cost(`{ documents { id } }`)).toBe(UNSIZED_LIST_SIZE);
  });

  it("charges an abstract selection at its dearest possible type", () => {
    const forum = cost(`{ entity(id: "x") { ... on Forum { members { other { id } } } ... on Country { iso2 } } }`);
    expect(forum).toBe(1 + UNSIZED_LIST_SIZE * 2);
  });

  it("lists as bounded exactly the lists inside what a sized field returns", () => {
    expect([...model.boundedLists].sort()).toEqual(["EntityConnection.edges", "LinkConnection.edges", "Overlap.entities", "Overlap.shared", "Path.nodes", "Path.steps", "Subgraph.edges", "Subgraph.nodes"]);
  });

  it("charges introspection nothing and honours @skip/@include", () => {
    expect(cost(`{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }`)).toBe(0);
    expect(cost(`query($no: Boolean!) { search(text: "x", first: 100) @include(if: $no) { entity { id } } health { neo4j } }`, { no: false })).toBe(1);
  });

  it("refuses to cost a document with more selections than it visits", () => {
    const fragments = Array.from({ length: 15 }, (_, i) => `fragment F${i} on Health { ${i === 14 ? "neo4j" : `...F${i + 1} ...F${i + 1}`} }`).join(" ");
    expect(() => queryCost(model, parse(`{ health { ...F0 } } ${fragments}`))).toThrow(UncostableQueryError);
  });

  it("keeps every example and explorer query well within the limit, and every attack far beyond it", () => {
    for (const q of [...readmeQueries(), ...exampleQueries(), ...explorerQueries]) expect(cost(q.query), q.name).toBeLessThanOrEqual(LIMITS.cost / 5);
    for (const q of attackQueries.filter((a) => a.code === "QUERY_TOO_COMPLEX")) expect(cost(q.query), q.name).toBeGreaterThan(LIMITS.cost);
  });

  it("states in the README the cost this estimator computes for each example", () => {
    const readme = readFileSync("README.md", "utf8");
    const queries = [...readmeQueries(), ...exampleQueries(), ...explorerQueries];
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      const row = readme.split("\n").find((line) => line.startsWith(`| ${q.name} |`));
      expect(row, `README cost table row for ${q.name}`).toBeDefined();
      expect(row!.split("|")[2]!.trim(), q.name).toBe(String(cost(q.query)));
    }
  });
});

describe("the cost estimator on any schema", () => {
  it("costs a new field by its size arguments with no other code", () => {
    const schema = buildSchema(`
      type Query { links(first: Int = 7, kind: String): [Link!]!  thing: Thing }
      type Link { id: ID! other: Thing! }
      type Thing { id: ID! tags: [String!]! links(limit: Int! = 3): [Link!]! }
    `);
    const model = createCostModel(schema);
    expect(queryCost(model, parse(`{ links { id } }`))).toBe(7);
    expect(queryCost(model, parse(`{ links(first: 2) { other { links { id } } } }`))).toBe(2 * (1 + 1 * (1 + 3)));
    expect(queryCost(model, parse(`{ thing { tags } }`))).toBe(1);
  });

  it("bounds a connection's edges by its first only when every field returning the connection is sized", () => {
    const sized = createCostModel(buildSchema(`type Query { things(first: Int! = 5): ThingConnection! } type ThingConnection { edges: [Thing!]! } type Thing { id: ID! }`));
    expect(queryCost(sized, parse(`{ things { edges { id } } }`))).toBe(1 + 5 * 1);
    const leaky = createCostModel(buildSchema(`type Query { things(first: Int! = 5): ThingConnection! all: ThingConnection! } type ThingConnection { edges: [Thing!]! } type Thing { id: ID! }`));
    expect(queryCost(leaky, parse(`{ all { edges { id } } }`))).toBe(1 + UNSIZED_LIST_SIZE);
  });
});
