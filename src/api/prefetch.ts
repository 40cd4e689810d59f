import { cypher, withDirection, withIdentifiers, withProjections, withPropertyList, withSections } from "../db/cypher.js";
import type { Row } from "../db/Database.js";
import { ENTITY_KINDS, ENTITY_LABEL, RELATION_TYPE_NAMES } from "../ontology/ontology.js";
import type { Context } from "./context.js";
import type { LevelPlan, Lookahead } from "./lookahead.js";
import { toRelation } from "./mappers.js";
import { covers, matches, type RelationSpec } from "./relationFields.js";
import type { Relation } from "./types/Relation.js";

/**
 * Rows read ahead travel down the result tree on the objects they belong to
 * (`prefetchedRelations` on an entity, `prefetchedEvidence` on a relation),
 * not through per-request maps keyed by id: only the fields below the root the
 * read-ahead was planned for can see them, so a lean projection made for one
 * part of a query is never served to another part that needs more.
 * Neither property is a GraphQL field, so neither reaches a response.
 */
export interface PrefetchedRelations {
  spec: RelationSpec;
  rows: Row[];
}

export interface PrefetchedEvidence {
  limit: number;
  rows: Row[];
}

/** `f` applied to a value that may still be on its way; a value at hand stays synchronous. */
export const whenReady = <T, U>(value: T | Promise<T>, f: (ready: T) => U): U | Promise<U> => (value instanceof Promise ? value.then(f) : f(value));

const shown = (rows: Row[], wanted: RelationSpec): Relation[] => rows.filter((row) => matches(wanted, row)).map(toRelation);

/**
 * The relations a field asking for `wanted` shows: from rows read ahead when they cover it, else batched.
 * Rows read ahead are answered synchronously, so the executor completes such a field without a promise.
 */
export function relationsFor(ctx: Context, entity: { id: string; prefetchedRelations?: PrefetchedRelations }, wanted: RelationSpec): Relation[] | Promise<Relation[]> {
  const ahead = entity.prefetchedRelations;
  if (ahead && covers(ahead.spec, wanted)) return shown(ahead.rows, wanted);
  return ctx.loaders.relations.load(entity.id).then((rows) => shown(rows, wanted));
}

/** Evidence of a relation: read ahead when enough was fetched (synchronously), else batched. */
export function evidenceFor(ctx: Context, relation: { id: string; prefetchedEvidence?: PrefetchedEvidence }, first: number): Row[] | Promise<Row[]> {
  const ahead = relation.prefetchedEvidence;
  if (ahead && first <= ahead.limit) return ahead.rows;
  return ctx.loaders.relationEvidence.load(relation.id);
}

const labelsOf = (spec: RelationSpec) => (spec.kinds ? spec.kinds.map((k) => ENTITY_KINDS[k].label) : [ENTITY_LABEL]);
const typesOf = (spec: RelationSpec) => (spec.types && spec.types.length > 0 ? spec.types : RELATION_TYPE_NAMES);

// Plans are cached per query (lookahead.ts), so the plan object itself keys its statement.
const texts = new WeakMap<Lookahead, string>();

/** The read-ahead statement for a plan; each plan's text is built once (and Neo4j caches its plan by text). */
function statementFor(ahead: Lookahead, one: LevelPlan, two: LevelPlan | null): string {
  let text = texts.get(ahead);
  if (text) return text;
  text = withSections(cypher("entity-with-relations"), { evidence: one.evidence > 0, next: two !== null });
  text = withDirection(text, { in: "in", out: "out" }, one.spec.direction);
  text = withPropertyList(text, "otherList", "o", one.otherProps);
  text = withPropertyList(text, "relList", "r", one.relationProps);
  text = withProjections(text, { rootProps: ahead.rootProps, evidenceProps: one.evidenceProps.length ? one.evidenceProps : ["start"] });
  const identifiers: Record<string, readonly string[]> = { types: typesOf(one.spec), labels: labelsOf(one.spec) };
  if (two) {
    text = withDirection(text, { in: "nextIn", out: "nextOut" }, two.spec.direction);
    text = withPropertyList(text, "nextList", "o2", two.otherProps);
    text = withPropertyList(text, "nextRelList", "r2", two.relationProps);
    Object.assign(identifiers, { nextTypes: typesOf(two.spec), nextLabels: labelsOf(two.spec) });
  }
  text = withIdentifiers(text, identifiers);
  texts.set(ahead, text);
  return text;
}

const zip = (keys: readonly string[], values: unknown[]): Row => {
  const out: Row = {};
  keys.forEach((k, i) => (out[k] = values[i]));
  return out;
};

/** Back from the positional list the statement returns to the relation row the resolvers read. */
function relationRow(tuple: unknown[], plan: LevelPlan): Row {
  const [type, outgoing, relId, confidence, other, props] = tuple as [string, boolean, string, number, unknown[], unknown[]];
  const row: Row = { type, direction: outgoing ? "OUT" : "IN", relId, confidence, other: zip(plan.otherProps, other) };
  plan.relationProps.forEach((p, i) => (row[p] = props[i]));
  return row;
}

const codepoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order relations-of-entities.cypher returns (Cypher compares strings by code point): strongest first, then the other end's name, then relation id. */
function byConfidenceThenName(a: Row, b: Row): number {
  return (
    Number(b.confidence ?? 0) - Number(a.confidence ?? 0) ||
    codepoints(String((a.other as Row).name), String((b.other as Row).name)) ||
    codepoints(String(a.relId), String(b.relId))
  );
}

/**
 * Fetches a root entity with the relations (and their evidence, and the next
 * level's relations) its selection will read, in one query, and hangs them on
 * the returned row for the field resolvers below it. The root row holds only
 * the selected properties, so it is not shared with the entity loader.
 */
export async function loadEntityWithLookahead(ctx: Context, id: string, ahead: Lookahead): Promise<Row | null> {
  const one = ahead.level1;
  if (!one) return ctx.loaders.entity.load(id);
  const two = ahead.level2;
  const [row] = await ctx.db.read(statementFor(ahead, one, two), { ids: [id], evidence: one.evidence, via: ahead.via });
  if (!row) return null;
  const nextAt = one.evidence > 0 ? 7 : 6;
  const via = ahead.via as readonly string[] | null;
  const relations = (row.relations as unknown[][]).map((tuple) => {
    const r = relationRow(tuple, one);
    if (one.evidence > 0) r.prefetchedEvidence = { limit: one.evidence, rows: tuple[6] as Row[] } satisfies PrefetchedEvidence;
    // Far ends reached through a type outside $via were not read ahead: their list is empty, not complete.
    if (two && (!via || via.includes(r.type as string))) {
      const next = (tuple[nextAt] as unknown[][]).map((t) => relationRow(t, two)).sort(byConfidenceThenName);
      (r.other as Row).prefetchedRelations = { spec: two.spec, rows: next } satisfies PrefetchedRelations;
    }
    return r;
  });
  relations.sort(byConfidenceThenName);
  const entity = row.entity as Row;
  entity.prefetchedRelations = { spec: one.spec, rows: relations } satisfies PrefetchedRelations;
  return entity;
}
