/**
 * Runs the read-ahead: plan (planner.ts, cached per query document and variables) → statement
 * (readAheadStatement.ts, built once per plan) → one round trip → rows decoded by the statement's own
 * layout → Relation objects registered in the request's ReadStore for the field resolvers below.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { Row } from "../../db/Database.js";
import type { Context } from "../context.js";
import { toRelation } from "../mappers.js";
import type { Relation } from "../types/Relation.js";
import { NO_READ_AHEAD, planEntityProps, planLinkProps, planRead, type LevelPlan, type ReadPlan } from "./planner.js";
import { readAheadStatement, type ReadAheadStatement, type RelationLayout } from "./readAheadStatement.js";
import { covers, matches } from "./relationSpecs.js";
import type { RelationSpec } from "./fieldSpecs.js";

type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">;

/** One plan per query text and variables: Apollo reuses the parsed document, so its field nodes key the cache. */
const plans = new WeakMap<object, Map<string, ReadPlan>>();
const statements = new WeakMap<ReadPlan, ReadAheadStatement>();

export function planFor(info: Info): ReadPlan {
  const node = info.fieldNodes[0];
  if (!node) return NO_READ_AHEAD;
  if (info.fieldNodes.length !== 1) return planRead(info);
  const key = JSON.stringify(info.variableValues ?? {});
  let byVars = plans.get(node);
  if (!byVars) plans.set(node, (byVars = new Map()));
  let plan = byVars.get(key);
  if (!plan) {
    plan = planRead(info);
    if (byVars.size < 50) byVars.set(key, plan);
  }
  return plan;
}

/** `plan(info)` cached per root field node: each root field has one call site per cache, so one path list. */
function perRootField(plan: (info: Info) => string[]): (info: Info) => string[] {
  const cache = new WeakMap<object, string[]>();
  return (info) => {
    const node = info.fieldNodes[0];
    const cacheable = node !== undefined && info.fieldNodes.length === 1;
    let props = cacheable ? cache.get(node) : undefined;
    if (!props) {
      props = plan(info);
      if (cacheable) cache.set(node, props);
    }
    return props;
  };
}

const entityProps = new Map<string, (info: Info) => string[]>();
const linkProps = new Map<string, (info: Info) => string[]>();
const cachedPlan = (caches: Map<string, (info: Info) => string[]>, plan: typeof planEntityProps, paths: string[][]) => {
  const key = JSON.stringify(paths);
  let planned = caches.get(key);
  if (!planned) caches.set(key, (planned = perRootField((info) => plan(info, ...paths))));
  return planned;
};

/** planEntityProps, cached per root field node and path list. */
export function entityPropsFor(info: Info, ...paths: string[][]): string[] {
  return cachedPlan(entityProps, planEntityProps, paths)(info);
}

/** planLinkProps, cached per root field node and path list. */
export function linkPropsFor(info: Info, ...paths: string[][]): string[] {
  return cachedPlan(linkProps, planLinkProps, paths)(info);
}

function statementFor(plan: ReadPlan & { level1: LevelPlan }): ReadAheadStatement {
  let statement = statements.get(plan);
  if (!statement) statements.set(plan, (statement = readAheadStatement(plan)));
  return statement;
}

const named = (keys: readonly string[], values: unknown[]): Row => {
  const out: Row = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[i];
  return out;
};

/** A relation row of the read-ahead, read by its layout's names. */
function decode(tuple: unknown[], layout: RelationLayout): Relation {
  const row = named(layout.relationProps, tuple[layout.props] as unknown[]);
  row.type = tuple[layout.type];
  row.direction = tuple[layout.outgoing] ? "OUT" : "IN";
  row.relId = tuple[layout.id];
  row.confidence = tuple[layout.confidence];
  row.other = named(layout.otherProps, tuple[layout.other] as unknown[]);
  return toRelation(row);
}

const codepoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order relations-of-entities.cypher returns (Cypher compares strings by code point): strongest first, then the other end's name, then relation id. */
function byConfidenceThenName(a: Relation, b: Relation): number {
  return b.confidence - a.confidence || codepoints(a.other.name, b.other.name) || codepoints(a.id, b.id);
}

/**
 * Fetches a root entity with the relations (their evidence, and the next level's relations) its
 * selection will read, in one query, and files them in ctx.reads under the objects returned. The root
 * row holds only the selected properties, so it is not shared with the entity loader.
 */
export async function loadEntity(ctx: Context, id: string, info: Info): Promise<Row | null> {
  const plan = planFor(info);
  const one = plan.level1;
  if (!one) return ctx.loaders.entity.load(id);
  const statement = statementFor(plan as ReadPlan & { level1: LevelPlan });
  const [row] = await ctx.db.read(statement.text, { ids: [id], evidence: one.evidence, via: plan.via });
  if (!row) return null;
  const { layout } = statement;
  const via = plan.via as readonly string[] | null;
  const relations = (row[statement.columns.relations] as unknown[][]).map((tuple) => {
    const relation = decode(tuple, layout);
    if (layout.evidence >= 0) ctx.reads.putEvidence(relation, one.evidence, tuple[layout.evidence] as Row[]);
    // Far ends reached through a type outside $via were not read ahead: their list is empty, not complete.
    if (layout.nextLayout && plan.level2 && (!via || via.includes(relation.type))) {
      const next = (tuple[layout.next] as unknown[][]).map((t) => decode(t, layout.nextLayout!)).sort(byConfidenceThenName);
      ctx.reads.putRelations(relation.other, plan.level2.spec, next);
    }
    return relation;
  });
  relations.sort(byConfidenceThenName);
  const entity = row[statement.columns.entity] as Row;
  ctx.reads.putRelations(entity, one.spec, relations);
  return entity;
}

/** `f` applied to a value that may still be on its way; a value at hand stays synchronous. */
export const whenReady = <T, U>(value: T | Promise<T>, f: (ready: T) => U): U | Promise<U> => (value instanceof Promise ? value.then(f) : f(value));

/**
 * The relations a field asking for `wanted` shows: from the read-ahead when it covers them
 * (synchronously, so the executor completes the field without a promise), else batched by the loader.
 */
export function relationsFor(ctx: Context, entity: { id: string }, wanted: RelationSpec): Relation[] | Promise<Relation[]> {
  const ahead = ctx.reads.relationsOf(entity);
  if (ahead && covers(ahead.spec, wanted)) return ahead.rows.filter((r) => matches(wanted, r as unknown as Row));
  return ctx.loaders.relations.load(entity.id).then((rows) => rows.filter((r) => matches(wanted, r as unknown as Row)));
}

/** Evidence of a relation: read ahead when enough was fetched (synchronously), else batched. */
export function evidenceFor(ctx: Context, relation: { id: string }, first: number): Row[] | Promise<Row[]> {
  const ahead = ctx.reads.evidenceOf(relation);
  if (ahead && first <= ahead.limit) return ahead.rows;
  return ctx.loaders.relationEvidence.load(relation.id);
}
