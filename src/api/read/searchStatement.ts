import { Cypher, param, projection, text } from "./builder.js";

const cache = new Map<string, string>();

/** Lucene hits re-ranked when the ranking can differ from Lucene's own order. */
export const RERANK_POOL = 200;

/**
 * How many Lucene hits Neo4j fetches before ranking. With one search word and no kind filter every
 * hit holds that word (or a word it begins), so "words matched" and "whole phrase" are equal for all
 * hits, the order is Lucene's, and the first `first` hits are the answer. With several words, or with
 * a kind filter applied after Lucene, a wider pool is ranked so that hits holding more of the words,
 * or of the wanted kind, are not cut off by Lucene's limit.
 */
export function searchPool(terms: readonly string[], kinds: readonly string[] | null, first: number): number {
  return terms.length === 1 && kinds === null ? first : Math.max(RERANK_POOL, first);
}

/**
 * Full-text candidates (terms OR-ed, see luceneQuery.ts), ranked by how many of `$terms` the name,
 * acronym or aliases contain, then by whether they hold `$phrase` whole, then by Lucene's score, then by id
 * (so that equal scores come back in the same order every time);
 * each hit projected to the properties the query selects. `$pool` comes from searchPool. Built once per property list.
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
  const haystack = new Cypher.Variable();
  const matched = new Cypher.Variable();
  const phrase = new Cypher.Variable();
  const t = new Cypher.Variable();
  const empty = new Cypher.Literal("");
  const space = new Cypher.Literal(" ");
  const call = Cypher.db.index.fulltext
    .queryNodes("entity_names", param("query"), { limit: param("pool") })
    .yield(["node", node], ["score", score])
    .where(Cypher.or(Cypher.isNull(param("kinds")), Cypher.in(node.property("kind"), param("kinds"))));
  // Graphs loaded before `searchText` was stored are lower-cased here instead.
  const lowered = Cypher.coalesce(
    node.property("searchText"),
    Cypher.toLower(
      Cypher.plus(node.property("name"), space, Cypher.coalesce(node.property("acronym"), empty), space, Cypher.coalesce(node.property("aliasText"), empty)),
    ),
  );
  const ranked = new Cypher.With(node, score, [lowered, haystack]).with(
    node,
    score,
    [Cypher.size(new Cypher.ListComprehension(t).in(param("terms")).where(Cypher.contains(haystack, t))), matched],
    [Cypher.contains(haystack, param("phrase")), phrase],
  );
  const ret = new Cypher.Return([projection(node, entityProps), "entity"], [score, "score"])
    .orderBy([matched, "DESC"], [phrase, "DESC"], [score, "DESC"], [node.property("id"), "ASC"])
    .limit(param("first"));
  return text(Cypher.utils.concat(call, ranked, ret));
}
