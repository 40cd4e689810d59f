/**
 * The read-ahead statement for a plan, built with @neo4j/cypher-builder: one round trip for a root
 * entity, its relations of the plan's types to entities of the plan's kinds, each far end reduced to
 * the selected properties, up to `$evidence` evidence rows per relation, and (for relations whose
 * type is in `$via`, null: all) the far end's own relations, reduced the same way.
 *
 * Relation rows come back as lists, not maps: decoding map keys cost the driver a third more Node CPU
 * (two-hop statement, process.cpuUsage over 1,500 sequential reads: 909 µs with maps, 609 µs with
 * lists). So that nothing is matched to the RETURN list by hand, the builder hands back, with the
 * text, the layout of those lists: column name → position, and the property names of the nested
 * lists. readAhead.ts decodes by those names. COLLECT subqueries rather than CASE around them: the
 * planner runs them as RollUpApply, about half the database hits.
 */
import { Direction } from "../types/enums.js";
import { Cypher, labelExpr, param, projection, propertyList, text, typeExpr } from "./builder.js";
import type { LevelPlan, ReadPlan } from "./planner.js";
import { kindsImplied } from "./relationSpecs.js";

/** Positions in a relation row. */
export interface RelationLayout {
  type: number;
  outgoing: number;
  id: number;
  confidence: number;
  /** A list of the far end's properties, named by `otherProps`. */
  other: number;
  otherProps: readonly string[];
  /** A list of the relationship's properties, named by `relationProps`. */
  props: number;
  relationProps: readonly string[];
  /** A list of evidence maps (−1: not read). */
  evidence: number;
  /** The far end's own relations, rows of `nextLayout` (−1: not read). */
  next: number;
  nextLayout: RelationLayout | null;
}

export interface ReadAheadStatement {
  text: string;
  /** Result columns: `entity` (a map of the root's selected properties) and `relations` (rows of `layout`). */
  columns: { entity: "entity"; relations: "relations" };
  layout: RelationLayout;
}

/** The far end's label test, left out where the ontology already allows only the wanted kinds there. */
const farEnd = (level: LevelPlan) => (kindsImplied(level.spec) ? {} : { labels: labelExpr(level.spec.kinds) });

const arrow = (d: Direction) => (d === Direction.OUT ? "right" : d === Direction.IN ? "left" : "undirected");

function relationRow(from: Cypher.Node, level: LevelPlan, extra: Array<{ name: "evidence" | "next"; expr: Cypher.Expr }>, relVar: Cypher.Relationship, far: Cypher.Node) {
  const base: Array<[keyof RelationLayout, Cypher.Expr]> = [
    ["type", Cypher.type(relVar)],
    ["outgoing", Cypher.eq(Cypher.startNode(relVar), from)],
    ["id", relVar.property("id")],
    ["confidence", relVar.property("confidence")],
    ["other", propertyList(far, level.otherProps)],
    ["props", propertyList(relVar, level.relationProps)],
  ];
  const columns = [...base, ...extra.map((e) => [e.name, e.expr] as [keyof RelationLayout, Cypher.Expr])];
  const position = (name: string) => columns.findIndex(([n]) => n === name);
  const layout: RelationLayout = {
    type: position("type"),
    outgoing: position("outgoing"),
    id: position("id"),
    confidence: position("confidence"),
    other: position("other"),
    otherProps: level.otherProps,
    props: position("props"),
    relationProps: level.relationProps,
    evidence: position("evidence"),
    next: position("next"),
    nextLayout: null,
  };
  return { list: new Cypher.List(columns.map(([, e]) => e)), layout };
}

export function readAheadStatement(plan: ReadPlan & { level1: LevelPlan }): ReadAheadStatement {
  const one = plan.level1;
  const two = plan.level2;
  const id = new Cypher.Variable();
  const e = new Cypher.Node();
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();

  const extra: Array<{ name: "evidence" | "next"; expr: Cypher.Expr }> = [];
  if (one.evidence > 0) {
    const ev = new Cypher.Node();
    const evidence = new Cypher.Match(new Cypher.Pattern(ev, { labels: "Evidence", properties: { relationId: r.property("id") } }))
      // Aliased: an unaliased map projection shadows `ev`, and ORDER BY would then sort on the projected map.
      .return([projection(ev, one.evidenceProps.length ? one.evidenceProps : ["start"]), "evidence"])
      .orderBy([ev.property("confidence"), "DESC"], [ev.property("documentId"), "ASC"], [ev.property("start"), "ASC"])
      .limit(param("evidence"));
    extra.push({ name: "evidence", expr: new Cypher.Collect(evidence) });
  }
  let nextLayout: RelationLayout | null = null;
  if (two) {
    const r2 = new Cypher.Relationship();
    const o2 = new Cypher.Node();
    const row = relationRow(o, two, [], r2, o2);
    nextLayout = row.layout;
    const next = new Cypher.Match(new Cypher.Pattern(o).related(r2, { type: typeExpr(two.spec.types), direction: arrow(two.spec.direction) }).to(o2, farEnd(two)))
      .where(Cypher.or(Cypher.isNull(param("via")), Cypher.in(Cypher.type(r), param("via"))))
      .return(row.list);
    extra.push({ name: "next", expr: new Cypher.Collect(next) });
  }
  const row = relationRow(e, one, extra, r, o);
  const relations = new Cypher.Match(new Cypher.Pattern(e).related(r, { type: typeExpr(one.spec.types), direction: arrow(one.spec.direction) }).to(o, farEnd(one))).return(row.list);
  const statement = new Cypher.Unwind([param("ids"), id])
    .match(new Cypher.Pattern(e, { labels: "Entity", properties: { id } }))
    .return([projection(e, plan.rootProps), "entity"], [new Cypher.Collect(relations), "relations"]);
  return { text: text(statement), columns: { entity: "entity", relations: "relations" }, layout: { ...row.layout, nextLayout } };
}
