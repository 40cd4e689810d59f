/**
 * The five entity connections (organizations, initiatives, …): a keyset page of one kind in one
 * EntityOrder, and the count behind totalCount, under an EntityFilter. `relationTypes` go into the
 * pattern; every other condition is a named parameter that is null when unset.
 */
import { ENTITY_PROPERTIES } from "../../db/cypher.js";
import type { RelationType } from "../../ontology/ontology.js";
import { Cypher, param, projection, text, typeExpr } from "./builder.js";
import { statementCache, typesKey } from "./statementCache.js";

export type EntityOrderName = "NAME_ASC" | "MENTIONS_DESC" | "DEGREE_DESC";

type Types = readonly RelationType[] | null | undefined;

/** Sort keys; the degree counts only relations of the filter's relationTypes when it names some. */
const ORDER: Record<EntityOrderName, { key: (e: Cypher.Node, types: Types) => Cypher.Expr; desc: boolean }> = {
  NAME_ASC: { key: (e) => e.property("name"), desc: false },
  MENTIONS_DESC: { key: (e) => Cypher.coalesce(e.property("mentionCount"), new Cypher.Literal(0)), desc: true },
  DEGREE_DESC: { key: (e, types) => new Cypher.Count(new Cypher.Match(new Cypher.Pattern(e).related({ type: typeExpr(types), direction: "undirected" }).to({ labels: "Entity" }))), desc: true },
};

function filtered(relationTypes: readonly RelationType[] | null | undefined): { e: Cypher.Node; match: Cypher.Match } {
  const e = new Cypher.Node();
  const x = new Cypher.Node();
  const p = new Cypher.Node();
  const unset = (name: string) => Cypher.isNull(param(name));
  const related = new Cypher.Exists(
    new Cypher.Match(new Cypher.Pattern(e).related({ type: typeExpr(relationTypes), direction: "undirected" }).to(x, { labels: "Entity" })).where(Cypher.or(unset("relatedTo"), Cypher.eq(x.property("id"), param("relatedTo")))),
  );
  const conditions: Cypher.Predicate[] = [
    Cypher.or(unset("name"), Cypher.contains(Cypher.toLower(e.property("name")), param("name")), Cypher.in(param("name"), e.property("lookup"))),
    Cypher.or(unset("minMentions"), Cypher.gte(Cypher.coalesce(e.property("mentionCount"), new Cypher.Literal(0)), param("minMentions"))),
    Cypher.or(
      unset("document"),
      new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(p, { labels: "Passage", properties: { documentId: param("document") } }).related({ type: "MENTIONS", direction: "right" }).to(e))),
    ),
  ];
  // Related to $relatedTo (through relationTypes when given), or, with only relationTypes, having such a relation at all.
  if (relationTypes?.length) conditions.push(related);
  else conditions.push(Cypher.or(unset("relatedTo"), related));
  const match = new Cypher.Match(new Cypher.Pattern(e, { labels: "Entity", properties: { kind: param("kind") } })).where(Cypher.and(...conditions));
  return { e, match };
}

const cached = statementCache();

/** `$first` entities after the keyset cursor (`$afterKey`, `$afterId`; null on the first page), each with its sort key. */
export function entitiesPageStatement(relationTypes: readonly RelationType[] | null | undefined, order: EntityOrderName): string {
  return cached(`page|${typesKey(relationTypes)}|${order}`, () => {
    const { e, match } = filtered(relationTypes);
    const { key: keyOf, desc } = ORDER[order];
    const key = new Cypher.Variable();
    const beyond = desc ? Cypher.lt(key, param("afterKey")) : Cypher.gt(key, param("afterKey"));
    const page = new Cypher.With(e, [keyOf(e, relationTypes), key])
      .where(Cypher.or(Cypher.isNull(param("afterId")), beyond, Cypher.and(Cypher.eq(key, param("afterKey")), Cypher.gt(e.property("id"), param("afterId")))))
      .return([projection(e, ENTITY_PROPERTIES), "entity"], [key, "key"])
      .orderBy([key, desc ? "DESC" : "ASC"], [e.property("id"), "ASC"])
      .limit(param("first"));
    return text(Cypher.utils.concat(match, page));
  });
}

export function entitiesCountStatement(relationTypes: readonly RelationType[] | null | undefined): string {
  return cached(`count|${typesKey(relationTypes)}`, () => {
    const { e, match } = filtered(relationTypes);
    return text(Cypher.utils.concat(match, new Cypher.Return([Cypher.count(e), "total"])));
  });
}
