import DataLoader from "dataloader";
import type { Database, Row } from "../db/Database.js";
import { cypher, withIdentifiers } from "../db/cypher.js";
import { RELATION_TYPE_NAMES } from "../ontology/ontology.js";
import type { Lookahead } from "./lookahead.js";

/**
 * Per-request state. Every relationship field goes through one of these
 * loaders, so a request costs one `UNWIND $ids` round trip per nesting level.
 */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
  /** Relations fetched ahead for only some types: usable only by fields that ask for a subset of them. */
  partialRelations: Map<string, { types: Set<string>; rows: Row[] }>;
}

/** Relations of an entity for the given types: from a partial prefetch when it covers them, else the loader. */
export async function relationsFor(ctx: Context, id: string, types: readonly string[] | null): Promise<Row[]> {
  const partial = ctx.partialRelations.get(id);
  if (partial && types && types.every((t) => partial.types.has(t))) return partial.rows;
  return ctx.loaders.relations.load(id);
}

const EVIDENCE_CAP = 100;

function grouped(rows: Row[], ids: readonly string[], pick: (r: Row) => unknown): unknown[][] {
  const by = new Map<string, unknown[]>(ids.map((id) => [id, []]));
  for (const r of rows) by.get(r.id as string)?.push(pick(r));
  return ids.map((id) => by.get(id)!);
}

export function createLoaders(db: Database) {
  return {
    entity: new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read(cypher("entities-by-id"), { ids });
      const by = new Map(rows.map((r) => [(r.entity as Row).id as string, r.entity as Row]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    document: new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read(cypher("documents-by-id"), { ids });
      const by = new Map(rows.map((r) => [(r.document as Row).id as string, r.document as Row]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    relations: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("relations-of-entities"), { ids }), ids, (r) => r) as Row[][]),
    relationEvidence: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("evidence-of-relations"), { ids }), ids, (r) => r.evidence) as Row[][]),
    partners: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("organization-partners"), { ids }), ids, (r) => r) as Row[][]),
    initiativeConventions: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("initiative-conventions"), { ids }), ids, (r) => r) as Row[][]),
    entityEvidence: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("evidence-of-entities"), { ids, limit: EVIDENCE_CAP }), ids, (r) => r.evidence) as Row[][]),
  };
}

/**
 * Fetches root entities with their relations (and, as asked, evidence and the
 * next level's relations) in one query, and primes the loaders with the rest.
 */
export async function loadEntityWithLookahead(ctx: Context, id: string, ahead: Lookahead): Promise<Row | null> {
  if (ahead.depth === 0) return ctx.loaders.entity.load(id);
  const all = RELATION_TYPE_NAMES;
  // An unused level (depth 1 has no `via`) still needs a valid pattern; the CASE never evaluates it.
  const listOrAll = (types: string[] | null) => (types && types.length > 0 ? types : all);
  const text = withIdentifiers(cypher("entity-with-relations"), { types: listOrAll(ahead.types), via: listOrAll(ahead.via), nextTypes: listOrAll(ahead.nextTypes) });
  const [row] = await ctx.db.read(text, { ids: [id], depth: ahead.depth, evidence: ahead.evidence });
  if (!row) return null;
  const relations = (row.relations as Row[]).sort(byConfidenceThenName);
  (row.next as Row[]).sort((a, b) => String(a.id).localeCompare(String(b.id)) || byConfidenceThenName(a, b));
  ctx.loaders.entity.prime(id, row.entity as Row);
  if (ahead.types) ctx.partialRelations.set(id, { types: new Set(ahead.types), rows: relations });
  else ctx.loaders.relations.clear(id).prime(id, relations);
  if (ahead.evidence > 0) for (const r of relations) ctx.loaders.relationEvidence.clear(r.relId as string).prime(r.relId as string, r.evidence as Row[]);
  if (ahead.depth >= 2) {
    const next = new Map<string, Row[]>();
    for (const r of relations) if (!ahead.via || ahead.via.includes(r.type as string)) next.set((r.other as Row).id as string, []);
    for (const r of row.next as Row[]) next.get(r.id as string)?.push(r);
    for (const [otherId, rows] of next) {
      if (otherId === id) continue;
      if (ahead.nextTypes) ctx.partialRelations.set(otherId, { types: new Set(ahead.nextTypes), rows });
      else ctx.loaders.relations.clear(otherId).prime(otherId, rows);
    }
  }
  return row.entity as Row;
}

/** The order relations-of-entities.cypher returns: strongest first, then by the other end's name. */
function byConfidenceThenName(a: Row, b: Row): number {
  return Number(b.confidence ?? 0) - Number(a.confidence ?? 0) || String((a.other as Row).name).localeCompare(String((b.other as Row).name));
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db), partialRelations: new Map() };
}
