/**
 * The five questions, each asked three ways: our GraphQL API, hand-written Cypher
 * (served by bench/lib/rawServer.ts) and @neo4j/graphql (bench/lib/neo4jGraphqlTarget.ts).
 */
import { luceneQuery } from "../../src/api/luceneQuery.js";

export interface Operation {
  name: string;
  /** Query for our API. */
  ours: string;
  /** Hand-written Cypher and its parameters. */
  cypher: string;
  params: Record<string, unknown>;
  /** Query for the @neo4j/graphql server. */
  neo: string;
  /** Where the @neo4j/graphql version is not the same question, said in the output. */
  neoNote?: string;
}

const ENTITY = "e {.id, .kind, .name, .acronym, .mentionCount}";
export const TWO_HOP_ORG = "org:world-bank"; // org:undp's only initiative has no OPERATES_IN
const initiativeSel = "id name operatesIn { id name }";

export const operations: Operation[] = [
  {
    name: "lookup",
    ours: `{ resolve(name: "IOM") { id kind name acronym mentionCount } }`,
    cypher: `MATCH (e:Entity) WHERE $name IN e.lookup RETURN ${ENTITY} AS entity ORDER BY e.mentionCount DESC LIMIT 1`,
    params: { name: "iom" },
    neo: `{ entities(where: { lookup: { includes: "iom" } }, sort: [{ mentionCount: DESC }], limit: 1) { id kind name acronym mentionCount } }`,
  },
  {
    name: "one-hop+evidence",
    ours: `{ entity(id: "org:iom") { id name relations(first: 50) { type direction other { id kind name } evidence(first: 1) { text start end } } } }`,
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) { MATCH (e)-[r]-(o:Entity) RETURN r, o ORDER BY r.confidence DESC, o.name LIMIT 50 }
CALL (r) { OPTIONAL MATCH (ev:Evidence {relationId: r.id}) RETURN ev ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT 1 }
RETURN e.id AS id, e.name AS name,
  collect({type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END, other: o {.id, .kind, .name},
           evidence: CASE WHEN ev IS NULL THEN [] ELSE [ev {.text, .start, .end}] END}) AS relations`,
    params: { id: "org:iom" },
    neo: `{ organizations(where: { id: { eq: "org:iom" } }) { id name
  ${["memberOf", "chaired", "supportsForums", "supportsInitiatives", "leads", "participatesIn", "funds", "promotes", "partnersWith", "partneredBy"]
    .map((f) => `${f}Connection { edges { properties { id confidence } node { id kind name } } }`)
    .join("\n  ")}
  relationEvidence { relationId text start end } } }`,
    neoNote:
      "one field per (type, direction, target label) modelled for Organization, no common order or limit across them; " +
      "evidence joined by relationId is a separate @cypher list the client must match to edges",
  },
  {
    name: "two-hop",
    ours: `{ entity(id: "${TWO_HOP_ORG}") { id name ... on Organization { initiatives { type other { id name ... on Initiative { countries { other { id name } } } } } } } }`,
    cypher: `MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, COLLECT {
  MATCH (o)-[r:LEADS|PARTICIPATES_IN|FUNDS|SUPPORTS]->(i:Initiative)
  RETURN {type: type(r), initiative: i {.id, .name}, countries: COLLECT { MATCH (i)-[:OPERATES_IN]->(c:Country) RETURN c {.id, .name} }}
} AS initiatives`,
    params: { id: TWO_HOP_ORG },
    neo: `{ organizations(where: { id: { eq: "${TWO_HOP_ORG}" } }) { id name
  leads { ${initiativeSel} } participatesIn { ${initiativeSel} } funds { ${initiativeSel} } supportsInitiatives { ${initiativeSel} } } }`,
  },
  {
    name: "search",
    ours: `{ search(text: "migration") { score entity { id kind name } } }`,
    // Same ranking as our search: words matched, whole phrase, then Lucene's score.
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node AS e, score
WITH e, score, toLower(e.name + ' ' + coalesce(e.acronym, '') + ' ' + coalesce(e.aliasText, '')) AS text
WITH e, score, size([t IN $terms WHERE text CONTAINS t]) AS matched, text CONTAINS $phrase AS phrase
RETURN e {.id, .kind, .name} AS entity, score ORDER BY matched DESC, phrase DESC, score DESC LIMIT 10`,
    params: { query: luceneQuery("migration"), terms: ["migration"], phrase: "migration" },
    neo: `{ entityNameSearch(phrase: ${JSON.stringify(luceneQuery("migration"))}, first: 10, sort: [{ score: DESC }]) { edges { score node { id kind name } } } }`,
    neoNote: "@fulltext on entity_names ranked by Lucene's score only; the client must build the Lucene phrase (our API escapes, adds prefix terms and ranks by words matched)",
  },
  {
    name: "path",
    ours: `{ paths(from: "org:undp", to: "forum:gmg") { nodes { id kind name } steps { type relationId from { id } to { id } } } }`,
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF|CHAIRED|SUPPORTS|LEADS|PARTICIPATES_IN|FUNDS|OPERATES_IN|PROMOTES|RATIFIED|HOSTED|PART_OF|PARTNERS_WITH*1..4]-(b))
WITH p, reduce(s = 0, r IN relationships(p) | s + coalesce(r.evidenceCount, 0)) AS evidence
ORDER BY length(p), evidence DESC LIMIT 5
RETURN [n IN nodes(p) | n {.id, .kind, .name}] AS nodes,
       [r IN relationships(p) | {type: type(r), relationId: r.id, from: startNode(r).id, to: endNode(r).id}] AS steps`,
    params: { from: "org:undp", to: "forum:gmg" },
    neo: `{ shortestPaths(from: "org:undp", to: "forum:gmg") { nodes { id kind name } steps { type relationId from to } } }`,
    neoNote: "no path support in @neo4j/graphql: a Query @cypher field running the same allShortestPaths statement",
  },
];
