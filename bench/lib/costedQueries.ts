/**
 * Queries whose cost the README states and the tests check: the README's examples, every
 * operation of schema/examples.graphql, what the explorer asks, and the attacks issue 10 lists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { REPO_ROOT } from "../../src/repoRoot.js";
import { DASHBOARD_COUNTS_QUERY, DASHBOARD_TIMELINE_QUERY, MOST_LINKED_BY_TYPE_QUERY, MOST_LINKED_QUERY } from "../../web/src/dashboardData.js";

export interface NamedQuery {
  name: string;
  query: string;
}

/** The ```graphql blocks of README.md, in order. */
export function readmeQueries(): NamedQuery[] {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `README example ${i + 1}`, query: m[1]!.trim() }));
}

/** Each operation of schema/examples.graphql. */
export function exampleQueries(): NamedQuery[] {
  const doc = parse(readFileSync(join(REPO_ROOT, "schema/examples.graphql"), "utf8"));
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
    .map((op) => ({ name: `examples.graphql ${op.name?.value ?? "(anonymous)"}`, query: print(op) }));
}

/** What the browser explorer asks: an entity with its relations and a few passages each, and the dashboard's queries (as the page sends them). */
export const explorerQueries: NamedQuery[] = [
  {
    name: "explorer: entity, relations(first: 50), evidence(first: 3)",
    query: `{ entity(id: "org:iom") { id kind name acronym mentionCount relations(first: 50) { type direction confidence evidenceCount other { id kind name acronym } evidence(first: 3) { text section start end document { title source } } } } }`,
  },
  { name: "explorer: search(first: 10)", query: `{ search(text: "migration", first: 10) { score entity { id kind name acronym } } }` },
  { name: "explorer: neighborhood (defaults)", query: `{ neighborhood(id: "forum:gmg") { nodes { id name kind } edges { source target type } } }` },
  { name: "explorer: dashboard counts, links(first: 0) facets", query: DASHBOARD_COUNTS_QUERY },
  { name: "explorer: dashboard timeline, GFMD and HLD timeline, GMG chairs", query: DASHBOARD_TIMELINE_QUERY },
  { name: "explorer: most linked organizations, DEGREE_DESC", query: MOST_LINKED_QUERY },
  { name: "explorer: most linked organizations of one type, one page", query: MOST_LINKED_BY_TYPE_QUERY },
];

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(" ");

/** The attacks issue 10 saw answered, each of which must now be refused before Neo4j is touched. */
export const attackQueries: Array<NamedQuery & { code: string }> = [
  // 300 aliases are ~3,900 tokens: the token cap refuses them before the alias cap is reached.
  { name: "50 aliases of search(first: 100) → relations(first: 100) → relations(first: 100)", code: "TOO_MANY_TOKENS", query: `{ ${repeat(50, (i) => `a${i}: search(text: "migration", first: 100) { entity { relations(first: 100) { other { relations(first: 100) { other { id } } } } } }`)} }` },
  { name: "300 aliases of search(first: 100)", code: "TOO_MANY_TOKENS", query: `{ ${repeat(300, (i) => `a${i}: search(text: "migration", first: 100) { entity { id } }`)} }` },
  { name: "25 aliases of search(first: 100)", code: "TOO_MANY_ALIASES", query: `{ ${repeat(25, (i) => `a${i}: search(text: "migration", first: 100) { entity { id } }`)} }` },
  // 50 aliases of this (issue 10: answered in 2.3 s) are ~1,900 tokens and stop at the token cap; 10 fit under it.
  {
    name: "10 aliases of search(first: 100) → relations(first: 100) → relations(first: 100)",
    code: "QUERY_TOO_COMPLEX",
    query: `{ ${repeat(10, (i) => `a${i}: search(text: "migration", first: 100) { entity { relations(first: 100) { other { relations(first: 100) { other { id } } } } } }`)} }`,
  },
  {
    name: "search(first: 100) → relations(first: 100) → relations(first: 100), no aliases",
    code: "QUERY_TOO_COMPLEX",
    query: `{ search(text: "migration", first: 100) { entity { relations(first: 100) { other { relations(first: 100) { other { id } } } } } } }`,
  },
  {
    name: "organizations(first: 100) with relations(first: 100) three levels",
    code: "QUERY_TOO_COMPLEX",
    query: `{ organizations(first: 100) { edges { node { relations(first: 100) { other { relations(first: 100) { other { relations(first: 100) { other { id } } } } } } } } } }`,
  },
  {
    name: "entity → relations(first: 100) nested four levels (depth 9)",
    code: "QUERY_TOO_COMPLEX",
    query: `{ entity(id: "org:iom") { relations(first: 100) { other { relations(first: 100) { other { relations(first: 100) { other { relations(first: 100) { other { id } } } } } } } } } }`,
  },
  { name: "neighborhood(limit: 1000, depth: 3) twice", code: "QUERY_TOO_COMPLEX", query: `{ a: neighborhood(id: "org:iom", limit: 1000, depth: 3) { nodes { id } edges { type } } b: neighborhood(id: "org:undp", limit: 1000, depth: 3) { nodes { id } edges { type } } }` },
  { name: "members → other → members (unsized lists nested)", code: "QUERY_TOO_COMPLEX", query: `{ organizations(first: 100) { edges { node { ... on Organization { forums { other { ... on Forum { members { other { ... on Organization { forums { other { id } } } } } } } } } } } } }` },
];
