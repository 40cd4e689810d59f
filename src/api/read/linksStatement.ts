/**
 * Statements over links (stored entity-to-entity relations) selected by a LinkFilter: a keyset page
 * in one of the LinkOrders, the counts behind totalCount and the facets (before paging), and the
 * unpaged stream the exports read. The filter's relation types go into the pattern; every other
 * condition is a named parameter that is null when unset, so a statement's text depends only on the
 * types and the order.
 */
import { ENTITY_PROPERTIES } from "../../db/cypher.js";
import type { EntityKind, RelationType } from "../../ontology/ontology.js";
import { Cypher, param, projection, text, typeExpr } from "./builder.js";
import { statementCache, typesKey } from "./statementCache.js";

export interface LinkFilterValues {
  types?: RelationType[] | null;
  fromKinds?: EntityKind[] | null;
  toKinds?: EntityKind[] | null;
  involving?: string[] | null;
  document?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  minConfidence?: number | null;
}

export type LinkOrderName = "CONFIDENCE_DESC" | "EVIDENCE_DESC" | "YEAR_ASC" | "YEAR_DESC";

/** Parameters every link statement takes: the filter's values, null when unset. */
export function filterParams(filter: LinkFilterValues): Record<string, unknown> {
  return {
    fromKinds: filter.fromKinds?.length ? filter.fromKinds : null,
    toKinds: filter.toKinds?.length ? filter.toKinds : null,
    involving: filter.involving?.length ? filter.involving : null,
    document: filter.document ?? null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    minConfidence: filter.minConfidence ?? null,
  };
}

/** The sort key of each order (nulls last either way) and its direction; the relation id breaks ties. */
const ORDER: Record<LinkOrderName, { key: (r: Cypher.Relationship) => Cypher.Expr; desc: boolean }> = {
  CONFIDENCE_DESC: { key: (r) => Cypher.coalesce(r.property("confidence"), new Cypher.Literal(0)), desc: true },
  EVIDENCE_DESC: { key: (r) => Cypher.coalesce(r.property("evidenceCount"), new Cypher.Literal(0)), desc: true },
  YEAR_ASC: { key: (r) => Cypher.coalesce(r.property("year"), new Cypher.Literal(100000)), desc: false },
  YEAR_DESC: { key: (r) => Cypher.coalesce(r.property("year"), new Cypher.Literal(-100000)), desc: true },
};

interface Parts {
  a: Cypher.Node;
  r: Cypher.Relationship;
  b: Cypher.Node;
  match: Cypher.Match;
}

function filtered(types: readonly RelationType[] | null | undefined): Parts {
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const b = new Cypher.Node();
  const ev = new Cypher.Node();
  const unset = (name: string) => Cypher.isNull(param(name));
  const year = r.property("year");
  const match = new Cypher.Match(new Cypher.Pattern(a, { labels: "Entity" }).related(r, { type: typeExpr(types), direction: "right" }).to(b, { labels: "Entity" })).where(
    Cypher.and(
      Cypher.or(unset("fromKinds"), Cypher.in(a.property("kind"), param("fromKinds"))),
      Cypher.or(unset("toKinds"), Cypher.in(b.property("kind"), param("toKinds"))),
      Cypher.or(unset("involving"), Cypher.in(a.property("id"), param("involving")), Cypher.in(b.property("id"), param("involving"))),
      Cypher.or(unset("yearFrom"), Cypher.gte(year, param("yearFrom"))),
      Cypher.or(unset("yearTo"), Cypher.lte(year, param("yearTo"))),
      Cypher.or(unset("minConfidence"), Cypher.gte(r.property("confidence"), param("minConfidence"))),
      Cypher.or(
        unset("document"),
        new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: r.property("id") } })).where(Cypher.eq(ev.property("documentId"), param("document")))),
      ),
    ),
  );
  return { a, r, b, match };
}

/** A link as the resolvers and exports read it: relation properties, both ends projected in full. */
function linkColumns({ a, r, b }: Parts): Array<[Cypher.Expr, string]> {
  return [
    [projection(r, ["id", "year", "role", "confidence", "method", "evidenceCount"]), "link"],
    [Cypher.type(r), "type"],
    [projection(a, ENTITY_PROPERTIES), "from"],
    [projection(b, ENTITY_PROPERTIES), "to"],
  ];
}

const cached = statementCache();

/**
 * One page: `$first` links after the keyset cursor (`$afterKey`, `$afterId`; both null on the first
 * page), each with its sort key (`key`) for the next cursor.
 */
export function linksPageStatement(types: readonly RelationType[] | null | undefined, order: LinkOrderName): string {
  return cached(`page|${typesKey(types)}|${order}`, () => {
    const parts = filtered(types);
    const { r } = parts;
    const { key: keyOf, desc } = ORDER[order];
    const key = new Cypher.Variable();
    const beyond = desc ? Cypher.lt(key, param("afterKey")) : Cypher.gt(key, param("afterKey"));
    const after = Cypher.or(Cypher.isNull(param("afterId")), beyond, Cypher.and(Cypher.eq(key, param("afterKey")), Cypher.gt(r.property("id"), param("afterId"))));
    const page = new Cypher.With(parts.a, r, parts.b, [keyOf(r), key])
      .where(after)
      .return(...linkColumns(parts), [key, "key"])
      .orderBy([key, desc ? "DESC" : "ASC"], [r.property("id"), "ASC"])
      .limit(param("first"));
    return text(Cypher.utils.concat(parts.match, page));
  });
}

/** Counts of the filtered links grouped by type, end kinds and year: totalCount and four facets are sums of these rows. */
export function linkCountsStatement(types: readonly RelationType[] | null | undefined): string {
  return cached(`counts|${typesKey(types)}`, () => {
    const parts = filtered(types);
    const ret = new Cypher.Return(
      [Cypher.type(parts.r), "type"],
      [parts.a.property("kind"), "fromKind"],
      [parts.b.property("kind"), "toKind"],
      [parts.r.property("year"), "year"],
      [Cypher.count(parts.r), "count"],
    );
    return text(Cypher.utils.concat(parts.match, ret));
  });
}

/** How many of the filtered links each document gives evidence for, most first. */
export function linkDocumentsStatement(types: readonly RelationType[] | null | undefined): string {
  return cached(`documents|${typesKey(types)}`, () => {
    const parts = filtered(types);
    const ev = new Cypher.Node();
    const doc = new Cypher.Variable();
    const count = new Cypher.Variable();
    const per = new Cypher.Match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: parts.r.property("id") } }))
      .with([ev.property("documentId"), doc], [Cypher.count(parts.r).distinct(), count])
      .return([doc, "key"], [count, "count"])
      .orderBy([count, "DESC"], [doc, "ASC"]);
    return text(Cypher.utils.concat(parts.match, per));
  });
}

/** Every filtered link (up to `$limit`), strongest first, with its first evidence sentence: what the exports stream. */
export function linksExportStatement(types: readonly RelationType[] | null | undefined): string {
  return cached(`export|${typesKey(types)}`, () => {
    const parts = filtered(types);
    const ev = new Cypher.Node();
    const first = new Cypher.Match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: parts.r.property("id") } }))
      .return(ev.property("text"))
      .orderBy([ev.property("confidence"), "DESC"], [ev.property("documentId"), "ASC"], [ev.property("start"), "ASC"])
      .limit(new Cypher.Literal(1));
    const ret = new Cypher.Return(...linkColumns(parts), [Cypher.head(new Cypher.Collect(first)), "sentence"])
      .orderBy([parts.r.property("confidence"), "DESC"], [parts.r.property("id"), "ASC"])
      .limit(param("limit"));
    return text(Cypher.utils.concat(parts.match, ret));
  });
}

/** One link by relation id (node(id)). */
export function linkByIdStatement(): string {
  return cached("byId", () => {
    const a = new Cypher.Node();
    const r = new Cypher.Relationship();
    const b = new Cypher.Node();
    const match = new Cypher.Match(new Cypher.Pattern(a, { labels: "Entity" }).related(r, { type: typeExpr(null), direction: "right" }).to(b, { labels: "Entity" })).where(
      Cypher.eq(r.property("id"), param("id")),
    );
    return text(Cypher.utils.concat(match, new Cypher.Return(...linkColumns({ a, r, b, match }))));
  });
}
