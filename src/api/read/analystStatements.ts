/** Statements behind `overlap` and `timeline`, built with cypher-builder. */
import { ENTITY_PROPERTIES } from "../../db/cypher.js";
import { FORUM_EVENT_LABEL } from "../../ontology/ontology.js";
import { Cypher, param, projection, text, typeExpr } from "./builder.js";

/** Kinds an overlap looks for at the far end: what agencies share, not the agencies themselves. */
export const OVERLAP_KINDS = ["INITIATIVE", "FORUM", "COUNTRY", "CONVENTION"] as const;

let overlap: string | undefined;
let timeline: string | undefined;

/**
 * Entities of OVERLAP_KINDS that two or more of `$ids` link to (either direction), each with those
 * links (`link`, `type`, `from`, `to` as linksStatement.ts returns them); most of the given entities
 * reached first, then most links, then name.
 */
export function overlapStatement(): string {
  overlap ??= (() => {
    const id = new Cypher.Variable();
    const e = new Cypher.Node();
    const r = new Cypher.Relationship();
    const n = new Cypher.Node();
    const s = new Cypher.Node();
    const t = new Cypher.Node();
    const links = new Cypher.Variable();
    const reached = new Cypher.Variable();
    const statement = new Cypher.Unwind([param("ids"), id])
      .match(new Cypher.Pattern(e, { labels: "Entity", properties: { id } }).related(r, { type: typeExpr(null), direction: "undirected" }).to(n, { labels: "Entity" }))
      .where(Cypher.and(Cypher.in(n.property("kind"), param("kinds")), Cypher.not(Cypher.in(n.property("id"), param("ids")))))
      .with(e, r, n, [Cypher.startNode(r), s], [Cypher.endNode(r), t])
      .with(
        n,
        [Cypher.count(e).distinct(), reached],
        [
          Cypher.collect(
            new Cypher.Map({
              link: projection(r, ["id", "year", "role", "confidence", "method", "evidenceCount"]),
              type: Cypher.type(r),
              from: projection(s, ENTITY_PROPERTIES),
              to: projection(t, ENTITY_PROPERTIES),
            }),
          ),
          links,
        ],
      )
      .where(Cypher.gte(reached, new Cypher.Literal(2)))
      .return([projection(n, ENTITY_PROPERTIES), "entity"], [links, "links"])
      .orderBy([reached, "DESC"], [Cypher.size(links), "DESC"], [n.property("name"), "ASC"])
      .limit(param("first"));
    return text(statement);
  })();
  return overlap;
}

/** The dated meetings (ForumEvent) that are PART_OF `$forum`, by year, each with its hosts and chairs. */
export function timelineStatement(): string {
  timeline ??= (() => {
    const f = new Cypher.Node();
    const ev = new Cypher.Node();
    const h = new Cypher.Node();
    const c = new Cypher.Node();
    const ends = (who: Cypher.Node, type: "HOSTED" | "CHAIRED") =>
      new Cypher.Collect(
        new Cypher.Match(new Cypher.Pattern(who, { labels: "Entity" }).related({ type: typeExpr([type]), direction: "right" }).to(ev))
          .return([projection(who, ENTITY_PROPERTIES), "entity"])
          .orderBy([who.property("name"), "ASC"]),
      );
    const statement = new Cypher.Match(
      new Cypher.Pattern(f, { labels: "Entity", properties: { id: param("forum") } }).related({ type: typeExpr(["PART_OF"]), direction: "left" }).to(ev, { labels: FORUM_EVENT_LABEL }),
    )
      .return([projection(ev, ENTITY_PROPERTIES), "event"], [ev.property("year"), "year"], [ends(h, "HOSTED"), "hosts"], [ends(c, "CHAIRED"), "chairs"])
      .orderBy([ev.property("year"), "ASC"], [ev.property("name"), "ASC"]);
    return text(statement);
  })();
  return timeline;
}
