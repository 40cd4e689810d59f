/**
 * The questions, each asked three ways: our GraphQL API, hand-written Cypher
 * (served by bench/lib/rawServer.ts) and @neo4j/graphql (bench/lib/neo4jGraphqlTarget.ts).
 */
import { exactLuceneTerm, luceneQuery } from "../../src/api/luceneQuery.js";

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
    // Candidates from the entity_lookup index, as resolve-name.cypher reads them; the IN test keeps it exact.
    cypher: `CALL db.index.fulltext.queryNodes('entity_lookup', $term) YIELD node AS e
WITH e WHERE $name IN e.lookup RETURN ${ENTITY} AS entity ORDER BY e.mentionCount DESC, e.id LIMIT 1`,
    params: { name: "iom", term: exactLuceneTerm("iom") },
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
  searchOperation("search", "migration"),
  searchOperation("search-2-words", "labour migration"),
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
  {
    name: "links+facets",
    ours: `{ links(filter: { types: [MEMBER_OF, SUPPORTS], involving: ["org:iom", "org:ilo", "org:unhcr"], minConfidence: 0.7 }, first: 10) {
  totalCount edges { node { id type year confidence evidenceCount from { id name } to { id name } } }
  facets { types { key count } fromKinds { key count } toKinds { key count } documents { key count } years { key count } } } }`,
    // One statement: filter, order, then the page and every facet from the collected list.
    cypher: `MATCH (a:Entity)-[r:MEMBER_OF|SUPPORTS]->(b:Entity)
WHERE (a.id IN $involving OR b.id IN $involving) AND r.confidence >= $minConfidence
WITH a, r, b ORDER BY r.confidence DESC, r.id
WITH collect({id: r.id, type: type(r), year: r.year, confidence: r.confidence, evidenceCount: r.evidenceCount, from: a {.id, .name}, to: b {.id, .name}, fromKind: a.kind, toKind: b.kind}) AS selected
RETURN size(selected) AS totalCount, selected[0..10] AS page,
  COLLECT { UNWIND selected AS x WITH x.type AS key, count(*) AS count RETURN {key: key, count: count} } AS types,
  COLLECT { UNWIND selected AS x WITH x.fromKind AS key, count(*) AS count RETURN {key: key, count: count} } AS fromKinds,
  COLLECT { UNWIND selected AS x WITH x.toKind AS key, count(*) AS count RETURN {key: key, count: count} } AS toKinds,
  COLLECT { UNWIND selected AS x WITH x WHERE x.year IS NOT NULL WITH x.year AS key, count(*) AS count RETURN {key: key, count: count} } AS years,
  COLLECT { UNWIND selected AS x MATCH (ev:Evidence {relationId: x.id}) WITH ev.documentId AS key, count(DISTINCT x.id) AS count RETURN {key: key, count: count} } AS documents`,
    params: { involving: ["org:iom", "org:ilo", "org:unhcr"], minConfidence: 0.7 },
    neo: `{ organizations(where: { id: { in: ["org:iom", "org:ilo", "org:unhcr"] } }) { id name
  memberOfConnection(where: { edge: { confidence: { gte: 0.7 } } }) { totalCount edges { properties { id year confidence evidenceCount } node { id name } } }
  supportsForumsConnection(where: { edge: { confidence: { gte: 0.7 } } }) { totalCount edges { properties { id year confidence evidenceCount } node { id name } } }
  supportsInitiativesConnection(where: { edge: { confidence: { gte: 0.7 } } }) { totalCount edges { properties { id year confidence evidenceCount } node { id name } } } } }`,
    neoNote:
      "no cross-type list of relationships: one connection per (type, target label) per organization, each with its own totalCount; " +
      "no common order or page, no facets (the client must merge, sort, page and count; no per-document counts at all)",
  },
  {
    name: "overlap",
    ours: `{ overlap(ids: ["org:iom", "org:ilo", "org:unhcr"], first: 20) { shared { entity { id kind name } links { id type from { id } to { id } confidence } } } }`,
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(n:Entity)
WHERE n.kind IN ['INITIATIVE', 'FORUM', 'COUNTRY', 'CONVENTION'] AND NOT n.id IN $ids
WITH n, count(DISTINCT e) AS reached, collect(r) AS rels
WHERE reached >= 2
WITH n, reached, rels ORDER BY reached DESC, size(rels) DESC, n.name LIMIT 20
RETURN n {.id, .kind, .name} AS entity,
  [x IN rels | {id: x.id, type: type(x), from: startNode(x).id, to: endNode(x).id, confidence: x.confidence}] AS links
ORDER BY reached DESC, size(links) DESC, n.name`,
    params: { ids: ["org:iom", "org:ilo", "org:unhcr"] },
    neo: `{ organizations(where: { id: { in: ["org:iom", "org:ilo", "org:unhcr"] } }) { id
  memberOf { id kind name } chaired { id kind name } supportsForums { id kind name } supportsInitiatives { id kind name }
  leads { id kind name } participatesIn { id kind name } funds { id kind name } promotes { id kind name } } }`,
    neoNote: "no shared-neighbour query: each organization's neighbours per relationship field, the client intersects them (and gets no link ids or confidences)",
  },
];

/**
 * A search as each target asks it. The ranked Lucene query (luceneQuery.ts) orders hits by words matched,
 * whole phrase and relevance by itself, so all three ask Lucene for the first 10 hits of the same query
 * on the same index; @neo4j/graphql's client builds the query as our API does.
 */
function searchOperation(name: string, text: string): Operation {
  return {
    name,
    ours: `{ search(text: ${JSON.stringify(text)}) { score entity { id kind name } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 10}) YIELD node AS e, score
RETURN e {.id, .kind, .name} AS entity, score ORDER BY score DESC, e.id LIMIT 10`,
    params: { query: luceneQuery(text) },
    neo: `{ entityNameSearch(phrase: ${JSON.stringify(luceneQuery(text))}, first: 10, sort: [{ score: DESC }]) { edges { score node { id kind name } } } }`,
    neoNote: "@fulltext on entity_search with the same ranked Lucene query, which its client must build as our API does (escaping, prefix terms, weights); no id order for equal scores",
  };
}
