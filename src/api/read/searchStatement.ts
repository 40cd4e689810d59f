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
 * Full-text hits of the ranked query (see luceneQuery.ts) on the entities' `searchText`, in Lucene's
 * order, then by id so that equal scores come back in the same order every time; each hit projected to
 * the properties the query selects. `$pool` comes from searchPool. Built once per property list.
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
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const call = Cypher.db.index.fulltext
    .queryNodes("entity_search", param("query"), { limit: param("pool") })
    .yield(["node", node], ["score", score])
    .where(Cypher.or(Cypher.isNull(param("kinds")), Cypher.in(node.property("kind"), param("kinds"))));
  const ret = new Cypher.Return([projection(node, entityProps), "entity"], [score, "score"])
    .orderBy([score, "DESC"], [node.property("id"), "ASC"])
    .limit(param("first"));
  return text(Cypher.utils.concat(call, ret));
}
