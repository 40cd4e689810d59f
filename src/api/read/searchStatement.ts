import { Cypher, param, projection, text } from "./builder.js";

const cache = new Map<string, string>();

/** Lucene hits read when a kind filter, applied after Lucene, may drop many of them. */
export const KIND_FILTER_POOL = 200;

/**
 * How many Lucene hits Neo4j fetches. The ranked query (luceneQuery.ts) scores hits in the order the
 * API answers, so without a kind filter the first `first` hits are the answer; with one, a wider pool
 * is read so that hits of the wanted kinds are not cut off by Lucene's limit.
 */
export function searchPool(kinds: readonly string[] | null, first: number): number {
  return kinds === null ? first : Math.max(KIND_FILTER_POOL, first);
}

/**
 * What a hit whose name, acronym or alias is the whole search text adds to its score: more than every
 * word and phrase clause together, so "IOM" finds the IOM before "IOM Council" and "IOM UK".
 */
export const EXACT_WEIGHT = 1_000_000;

/**
 * Full-text hits of the ranked query (see luceneQuery.ts) on the entities' `searchText`, in Lucene's
 * order, with exact matches of the whole text on a name, acronym or alias (the entity_lookup index, as
 * `resolve` reads it) first; then by id so that equal scores come back in the same order every time.
 * Each hit is projected to the properties the query selects. `$pool` comes from searchPool; `$exact` is
 * the lower-cased text and `$term` the same as one Lucene term (exactLuceneTerm). Built once per
 * property list.
 */
export function searchStatement(entityProps: readonly string[]): string {
  const key = entityProps.join(",");
  let built = cache.get(key);
  if (built === undefined) {
    built = build(entityProps);
    if (cache.size < 200) cache.set(key, built);
  }
  return built;
}

function build(entityProps: readonly string[]): string {
  const node = new Cypher.Variable();
  const score = new Cypher.Variable();
  const boost = new Cypher.Variable();
  const exact = Cypher.db.index.fulltext
    .queryNodes("entity_lookup", param("term"))
    .yield(["node", node])
    .where(Cypher.in(param("exact"), node.property("lookup")))
    .return(node, [new Cypher.Literal(EXACT_WEIGHT), boost]);
  const ranked = Cypher.db.index.fulltext
    .queryNodes("entity_search", param("query"), { limit: param("pool") })
    .yield(["node", node], ["score", score])
    .return(node, [score, boost]);
  const hits = new Cypher.Call(new Cypher.Union(exact, ranked).all());
  const total = new Cypher.Variable();
  const ret = new Cypher.With(node, [Cypher.sum(boost), total])
    .where(Cypher.or(Cypher.isNull(param("kinds")), Cypher.in(node.property("kind"), param("kinds"))))
    .return([projection(node, entityProps), "entity"], [total, "score"])
    .orderBy([total, "DESC"], [node.property("id"), "ASC"])
    .limit(param("first"));
  return text(Cypher.utils.concat(hits, ret));
}
