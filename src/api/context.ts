import DataLoader from "dataloader";
import type { Database, Row } from "../db/Database.js";
import { cypher } from "../db/cypher.js";
import { toRelation } from "./mappers.js";
import { ReadStore } from "./read/readStore.js";
import type { Relation } from "./types/Relation.js";

/**
 * Per-request state. Every relationship field goes through one of these
 * loaders, so a request costs one `UNWIND $ids` round trip per nesting level.
 */
export interface Context {
  db: Database;
  loaders: ReturnType<typeof createLoaders>;
  /** What the read-ahead fetched for this request, keyed by the objects it returned (read/readStore.ts). */
  reads: ReadStore;
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
    relations: new DataLoader<string, Relation[]>(async (ids) => grouped(await db.read(cypher("relations-of-entities"), { ids }), ids, toRelation) as Relation[][]),
    relationEvidence: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("evidence-of-relations"), { ids }), ids, (r) => r.evidence) as Row[][]),
    partners: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("organization-partners"), { ids }), ids, (r) => r) as Row[][]),
    initiativeConventions: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("initiative-conventions"), { ids }), ids, (r) => r) as Row[][]),
    entityEvidence: new DataLoader<string, Row[]>(async (ids) => grouped(await db.read(cypher("evidence-of-entities"), { ids, limit: EVIDENCE_CAP }), ids, (r) => r.evidence) as Row[][]),
  };
}

/**
 * Loaders are made on first use: most requests are answered by one statement (read-ahead, search,
 * paths, links) and never touch them. The getter sits on the prototype because Apollo copies the
 * context's own properties into a fresh object for each operation, and a getter of its own would be
 * called by that copy.
 */
class RequestContext implements Context {
  readonly reads = new ReadStore();
  private made: Context["loaders"] | undefined;
  constructor(readonly db: Database) {}

  get loaders(): Context["loaders"] {
    return (this.made ??= createLoaders(this.db));
  }
}

export function createContext(db: Database): Context {
  return new RequestContext(db);
}
