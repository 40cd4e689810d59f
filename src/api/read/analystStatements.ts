/** Statements behind `overlap` and `timeline`, built with cypher-builder. */
import { ENTITY_PROPERTIES } from "../../db/cypher.js";
import { FORUM_EVENT_LABEL } from "../../ontology/ontology.js";
import { Cypher, param, projection, text, typeExpr } from "./builder.js";
import { FULL_LINK, linkColumns, type LinkProjection } from "./linksStatement.js";
import { statementCache } from "./statementCache.js";

/** Kinds an overlap looks for at the far end: what agencies share, not the agencies themselves. */
export const OVERLAP_KINDS = ["INITIATIVE", "FORUM", "COUNTRY", "CONVENTION"] as const;

const overlaps = statementCache(100);
let timeline: string | undefined;

/**
 * Entities of OVERLAP_KINDS that two or more of `$ids` link to (either direction), each with those
 * links (`link`, `type`, `from`, `to` as linksStatement.ts returns them); most of the given entities
 * reached first, then most links, then name. The shared entities and both ends of every link carry
 * the projection's entity properties, the links its relation properties: what the query selects.
 * Links are projected only for the `$first` shared entities kept: an agency links to many entities
 * that no other given entity reaches, and projecting their links would be thrown away.
 */
export function overlapStatement(projected: LinkProjection = FULL_LINK): string {
  return overlaps(`${projected.entityProps.join(",")}/${projected.linkProps.join(",")}`, () => {
    const id = new Cypher.Variable();
    const e = new Cypher.Node();
    const r = new Cypher.Relationship();
    const n = new Cypher.Node();
    const s = new Cypher.Node();
    const t = new Cypher.Node();
    const x = new Cypher.Relationship();
    const rels = new Cypher.Variable();
    const reached = new Cypher.Variable();
    const order: Array<[Cypher.Expr, "ASC" | "DESC"]> = [[reached, "DESC"], [Cypher.size(rels), "DESC"], [n.property("name"), "ASC"]];
    const projectedLinks = new Cypher.Collect(
      new Cypher.Unwind([rels, x])
        .match(new Cypher.Pattern(s).related(x, { direction: "right" }).to(t))
        .return(new Cypher.Map(Object.fromEntries(linkColumns({ a: s, r: x, b: t }, projected).map(([expr, name]) => [name, expr])))),
    );
    const statement = new Cypher.Unwind([param("ids"), id])
      .match(new Cypher.Pattern(e, { labels: "Entity", properties: { id } }).related(r, { type: typeExpr(null), direction: "undirected" }).to(n, { labels: "Entity" }))
      .where(Cypher.and(Cypher.in(n.property("kind"), param("kinds")), Cypher.not(Cypher.in(n.property("id"), param("ids")))))
      .with(n, [Cypher.count(e).distinct(), reached], [Cypher.collect(r), rels])
      .where(Cypher.gte(reached, new Cypher.Literal(2)))
      .with(n, reached, rels)
      .orderBy(...order)
      .limit(param("first"))
      .return([projection(n, projected.entityProps), "entity"], [projectedLinks, "links"])
      .orderBy(...order);
    return text(statement);
  });
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
