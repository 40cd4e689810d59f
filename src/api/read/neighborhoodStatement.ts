import { ENTITY_PROPERTIES } from "../../db/cypher.js";
import { Cypher, param, projection, text, typeExpr } from "./builder.js";

const cache = new Map<number, string>();

/**
 * Relations within `depth` hops of `$id` (entity-to-entity types only, so Passage MENTIONS are never
 * expanded; `$types`, when set, must hold for every hop), each once, up to `$limit`. The hop bound is
 * part of the pattern, so each depth is its own statement, built once.
 */
export function neighborhoodStatement(depth: number): string {
  let built = cache.get(depth);
  if (built === undefined) cache.set(depth, (built = build(depth)));
  return built;
}

function build(depth: number): string {
  const a = new Cypher.Node();
  const p = new Cypher.PathVariable();
  const r = new Cypher.Variable();
  const s = new Cypher.Node();
  const t = new Cypher.Node();
  const x = new Cypher.Variable();
  const match = new Cypher.Match(new Cypher.Pattern(a, { labels: "Entity", properties: { id: param("id") } }))
    .match(new Cypher.Pattern(a).related({ type: typeExpr(null), direction: "undirected", length: { min: 1, max: depth } }).to({ labels: "Entity" }).assignTo(p))
    .where(Cypher.or(Cypher.isNull(param("types")), Cypher.all(x, Cypher.relationships(p), Cypher.in(Cypher.type(x), param("types")))));
  const edges = new Cypher.Unwind([Cypher.relationships(p), r])
    .with(r)
    .distinct()
    .limit(param("limit"))
    .with(r, [Cypher.startNode(r), s], [Cypher.endNode(r), t])
    .return([projection(s, ENTITY_PROPERTIES), "source"], [projection(t, ENTITY_PROPERTIES), "target"], [Cypher.type(r), "type"]);
  return text(Cypher.utils.concat(match, edges));
}
