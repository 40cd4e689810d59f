import { Cypher, param, projection, text, typeExpr } from "./builder.js";

/**
 * Paths between two entities over entity-to-entity relations. `shortest`: allShortestPaths, cheap
 * (breadth-first). Otherwise every simple path (no entity twice) up to `maxHops`, fewest hops first,
 * then most evidence; the hop bound is part of the pattern, so each bound is its own statement.
 */
const cache = new Map<string, string>();

export function pathsStatement(shortest: boolean, maxHops: number, entityProps: readonly string[]): string {
  const key = `${shortest}|${maxHops}|${entityProps.join(",")}`;
  let built = cache.get(key);
  if (built === undefined) {
    built = build(shortest, maxHops, entityProps);
    if (cache.size < 200) cache.set(key, built);
  }
  return built;
}

function build(shortest: boolean, maxHops: number, entityProps: readonly string[]): string {
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const p = new Cypher.PathVariable();
  const n = new Cypher.Variable();
  const m = new Cypher.Variable();
  const r = new Cypher.Variable();
  const acc = new Cypher.Variable();
  const pattern = new Cypher.Pattern(a).related({ type: typeExpr(null), direction: "undirected", length: { min: 1, max: maxHops } }).to(b);
  const ends = new Cypher.Match(new Cypher.Pattern(a, { labels: "Entity", properties: { id: param("from") } })).match(
    new Cypher.Pattern(b, { labels: "Entity", properties: { id: param("to") } }),
  );
  const hops = new Cypher.Variable();
  const evidence = new Cypher.Variable();
  const simple = Cypher.all(n, Cypher.nodes(p), Cypher.single(m, Cypher.nodes(p), Cypher.eq(m, n)));
  // The builder prints `MATCH ALL SHORTEST p = …`, which Neo4j 5.26 rejects (it wants `p = ALL SHORTEST …`), so the
  // classic allShortestPaths() is written around the builder's own pattern, path variable and types.
  const match = shortest
    ? new Cypher.Raw((ctx) => `MATCH ${ctx.compile(p)} = allShortestPaths(${ctx.compile(pattern)})`)
    : new Cypher.Match(pattern.assignTo(p)).where(simple);
  const ranked = new Cypher.With(p, [Cypher.length(p), hops], [Cypher.reduce(acc, new Cypher.Literal(0), r, Cypher.relationships(p), Cypher.plus(acc, Cypher.coalesce(r.property("evidenceCount"), new Cypher.Literal(0)))), evidence])
    .orderBy([hops, "ASC"], [evidence, "DESC"])
    .limit(param("first"));
  const ret = new Cypher.Return(
    [new Cypher.ListComprehension(n).in(Cypher.nodes(p)).map(projection(n, entityProps)), "nodes"],
    [
      new Cypher.ListComprehension(r).in(Cypher.relationships(p)).map(
        new Cypher.Map({ id: r.property("id"), type: Cypher.type(r), source: endId(Cypher.startNode(r)), target: endId(Cypher.endNode(r)) }),
      ),
      "steps",
    ],
  );
  return text(Cypher.utils.concat(ends, match, ranked, ret));
}

/** `startNode(r).id`: the builder types property access on variables only, but prints any expression. */
const endId = (node: Cypher.Expr) => new Cypher.Property(node as Cypher.Variable, "id");
