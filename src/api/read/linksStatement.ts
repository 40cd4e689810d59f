/**
 * Statements over links (stored entity-to-entity relations) selected by a LinkFilter: a keyset page
 * in one of the LinkOrders, the counts behind totalCount and the facets (before paging), and the
 * unpaged stream the exports read. The filter's relation types go into the pattern; every other
 * condition is a named parameter that is null when unset, so a statement's text depends only on the
 * types and the order.
 */
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from "../../db/cypher.js";
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
  /** The clauses that bind a, r and b to the filtered links. */
  match: Cypher.Clause;
}

/**
 * The filtered links. With `seeded` (the filter names entities to involve), they are found by
 * expanding from those entities, looked up by their id index; without, every relation of the
 * types is tested, which grows with the graph. (A UNION of one branch per end planned several
 * times slower on a first request.)
 */
function filtered(types: readonly RelationType[] | null | undefined, seeded = false): Parts {
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const b = new Cypher.Node();
  const ev = new Cypher.Node();
  const unset = (name: string) => Cypher.isNull(param(name));
  const year = r.property("year");
  const conditions = Cypher.and(
    Cypher.or(unset("fromKinds"), Cypher.in(a.property("kind"), param("fromKinds"))),
    Cypher.or(unset("toKinds"), Cypher.in(b.property("kind"), param("toKinds"))),
    seeded ? undefined : Cypher.or(unset("involving"), Cypher.in(a.property("id"), param("involving")), Cypher.in(b.property("id"), param("involving"))),
    Cypher.or(unset("yearFrom"), Cypher.gte(year, param("yearFrom"))),
    Cypher.or(unset("yearTo"), Cypher.lte(year, param("yearTo"))),
    Cypher.or(unset("minConfidence"), Cypher.gte(r.property("confidence"), param("minConfidence"))),
    Cypher.or(
      unset("document"),
      new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: r.property("id") } })).where(Cypher.eq(ev.property("documentId"), param("document")))),
    ),
  );
  const pattern = (aProps?: Record<string, Cypher.Expr>, bProps?: Record<string, Cypher.Expr>) =>
    new Cypher.Pattern(a, { labels: "Entity", properties: aProps }).related(r, { type: typeExpr(types), direction: "right" }).to(b, { labels: "Entity", properties: bProps });
  if (!seeded) return { a, r, b, match: new Cypher.Match(pattern()).where(conditions) };
  // Each link once: a link between two involving entities is met from both ends.
  const id = new Cypher.Variable();
  const x = new Cypher.Node();
  const y = new Cypher.Node();
  const match = new Cypher.Unwind([param("involving"), id])
    .match(new Cypher.Pattern(x, { labels: "Entity", properties: { id } }).related(r, { type: typeExpr(types), direction: "undirected" }).to(y, { labels: "Entity" }))
    .with(r)
    .distinct()
    .with(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b])
    .where(conditions);
  return { a, r, b, match };
}

/** What a link row projects: entity properties of both ends, relationship properties besides id and confidence. */
export interface LinkProjection {
  entityProps: readonly string[];
  linkProps: readonly string[];
}

/** Every property the API reads: what the exports and node(id) need. */
export const FULL_LINK: LinkProjection = { entityProps: ENTITY_PROPERTIES, linkProps: RELATION_PROPERTIES };

/**
 * A link as the resolvers and exports read it: id, confidence and the projection's relation properties,
 * both ends reduced to the projection's entity properties. A GraphQL page asks only for what it selects:
 * every unselected property cost Neo4j, the driver and the statement's length.
 */
export function linkColumns({ a, r, b }: Pick<Parts, "a" | "r" | "b">, shape: LinkProjection = FULL_LINK): Array<[Cypher.Expr, string]> {
  return [
    [projection(r, ["id", "confidence", ...shape.linkProps]), "link"],
    [Cypher.type(r), "type"],
    [projection(a, shape.entityProps), "from"],
    [projection(b, shape.entityProps), "to"],
  ];
}

const shapeKey = (shape: LinkProjection) => `${shape.entityProps.join(",")}/${shape.linkProps.join(",")}`;

const cached = statementCache();

/** Which parts of a LinkConnection a request selects; a statement computes only those. */
export interface LinkParts {
  page: boolean;
  counts: boolean;
  documents: boolean;
}

/**
 * One statement for a LinkConnection: the filtered links are matched once and collected, then the
 * selected parts are taken from that list. `total`; `page`, `$first` links after the keyset cursor
 * (`$afterKey`, `$afterId`, both null on the first page) as {link, type, from, to, key}; `counts`,
 * {type, fromKind, toKind, year, count} groups whose sums are totalCount and four facets; `documents`,
 * how many of the links each document gives evidence for, most first.
 */
export function linksStatement(types: readonly RelationType[] | null | undefined, order: LinkOrderName, want: LinkParts, seeded: boolean, projected: LinkProjection = FULL_LINK): string {
  const shape = `${want.page ? "p" : ""}${want.counts ? "c" : ""}${want.documents ? "d" : ""}`;
  return cached(`links|${typesKey(types)}|${order}|${shape}|${seeded}|${shapeKey(projected)}`, () => {
    const parts = filtered(types, seeded);
    const { a, r, b } = parts;
    const { key: keyOf, desc } = ORDER[order];
    const selected = new Cypher.Variable();
    const collected = new Cypher.With([
      Cypher.collect(new Cypher.Map({ a, r, b, key: keyOf(r), type: Cypher.type(r), fromKind: a.property("kind"), toKind: b.property("kind"), year: r.property("year") })),
      selected,
    ]);
    const x = new Cypher.Variable();
    const each = () => new Cypher.Unwind([selected, x]);
    const columns: Array<[Cypher.Expr, string]> = [[Cypher.size(selected), "total"]];
    if (want.page) {
      const [pa, pr, pb, key] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node(), new Cypher.Variable()];
      const beyond = desc ? Cypher.lt(key, param("afterKey")) : Cypher.gt(key, param("afterKey"));
      const after = Cypher.or(Cypher.isNull(param("afterId")), beyond, Cypher.and(Cypher.eq(key, param("afterKey")), Cypher.gt(pr.property("id"), param("afterId"))));
      const link = new Cypher.Map(Object.fromEntries([...linkColumns({ a: pa, r: pr, b: pb }, projected).map(([expr, name]) => [name, expr]), ["key", key]]));
      const page = each()
        .with([x.property("a"), pa], [x.property("r"), pr], [x.property("b"), pb], [x.property("key"), key])
        .where(after)
        .return(link)
        .orderBy([key, desc ? "DESC" : "ASC"], [pr.property("id"), "ASC"])
        .limit(param("first"));
      columns.push([new Cypher.Collect(page), "page"]);
    }
    if (want.counts) {
      const [type, fromKind, toKind, year, count] = [new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable()];
      const counts = each()
        .with([x.property("type"), type], [x.property("fromKind"), fromKind], [x.property("toKind"), toKind], [x.property("year"), year], [Cypher.count(x), count])
        .return(new Cypher.Map({ type, fromKind, toKind, year, count }));
      columns.push([new Cypher.Collect(counts), "counts"]);
    }
    if (want.documents) {
      const [ev, doc, count] = [new Cypher.Node(), new Cypher.Variable(), new Cypher.Variable()];
      const documents = each()
        .match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: x.property("r", "id") } }))
        .with([ev.property("documentId"), doc], [Cypher.count(x).distinct(), count])
        .return(new Cypher.Map({ key: doc, count }))
        .orderBy([count, "DESC"], [doc, "ASC"]);
      columns.push([new Cypher.Collect(documents), "documents"]);
    }
    return text(Cypher.utils.concat(parts.match, collected, new Cypher.Return(...columns)));
  });
}

/** Every filtered link (up to `$limit`), strongest first, with its first evidence sentence: what the exports stream. */
export function linksExportStatement(types: readonly RelationType[] | null | undefined, seeded = false): string {
  return cached(`export|${typesKey(types)}|${seeded}`, () => {
    const parts = filtered(types, seeded);
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
    return text(Cypher.utils.concat(match, new Cypher.Return(...linkColumns({ a, r, b }))));
  });
}
