import { Cypher, param, projection, text } from "./builder.js";

const cache = new Map<string, string>();

/**
 * Full-text candidates (terms OR-ed, see luceneQuery.ts), ranked by how many of `$terms` the name,
 * acronym or aliases contain, then by whether they hold `$phrase` whole, then by Lucene's score;
 * each hit projected to the properties the query selects. Built once per property list.
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
    .queryNodes("entity_names", param("query"), { limit: new Cypher.Literal(200) })
    .yield(["node", node], ["score", score])
    .where(Cypher.or(Cypher.isNull(param("kinds")), Cypher.in(node.property("kind"), param("kinds"))));
  const lowered = Cypher.toLower(
    Cypher.plus(node.property("name"), space, Cypher.coalesce(node.property("acronym"), empty), space, Cypher.coalesce(node.property("aliasText"), empty)),
  );
  const ranked = new Cypher.With(node, score, [lowered, haystack]).with(
    node,
    score,
    [Cypher.size(new Cypher.ListComprehension(t).in(param("terms")).where(Cypher.contains(haystack, t))), matched],
    [Cypher.contains(haystack, param("phrase")), phrase],
  );
  const ret = new Cypher.Return([projection(node, entityProps), "entity"], [score, "score"])
    .orderBy([matched, "DESC"], [phrase, "DESC"], [score, "DESC"])
    .limit(param("first"));
  return text(Cypher.utils.concat(call, ranked, ret));
}
