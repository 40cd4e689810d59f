/**
 * A synthetic graph `factor` times the ingested one, for `npm run bench:api -- --scale N`: the graph in
 * Neo4j is read once and written back `factor - 1` more times with every id suffixed (`org:iom` →
 * `org:iom.x7`), through the ingest's own load statements (cypher/upsert-*.cypher, UNWIND batches with
 * parameters) and its finalize step. Names, aliases and text are kept, so the copies have the same shape
 * and the same names: a search or a resolve meets every copy, and the unsuffixed originals answer
 * the bench's questions.
 */
import type { Database, Row } from "../../src/db/Database.js";
import { cypher, statements as splitStatements } from "../../src/db/cypher.js";

export interface SourceGraph {
  documents: Row[];
  /** Passage properties, each with its documentId. */
  passages: Row[];
  /** `{id, label: [labels other than Entity], props}`, as upsert-entities takes them. */
  entities: Row[];
  /** `{id, type, sourceId, targetId, year, role, confidence, method}`, as upsert-relations takes them. */
  relations: Row[];
  evidence: Row[];
  mentions: Row[];
}

/** The id of copy `k` (copy 0 is the original). Dots are allowed in the slug of every id family. */
export const copyId = (id: string, k: number) => (k === 0 ? id : `${id}.x${k}`);

/** Copy `k` of the source graph: the same rows with every id and id reference suffixed. Pure. */
export function graphCopy(g: SourceGraph, k: number): SourceGraph {
  const s = (id: unknown) => copyId(id as string, k);
  return {
    documents: g.documents.map((d) => ({ ...d, id: s(d.id) })),
    passages: g.passages.map((p) => ({ ...p, id: s(p.id), documentId: s(p.documentId) })),
    entities: g.entities.map((e) => ({ ...e, id: s(e.id), props: { ...(e.props as Row), id: s(e.id) } })),
    relations: g.relations.map((r) => ({ ...r, id: s(r.id), sourceId: s(r.sourceId), targetId: s(r.targetId) })),
    evidence: g.evidence.map((e) => ({ ...e, id: s(e.id), relationId: s(e.relationId), documentId: s(e.documentId), passageId: s(e.passageId) })),
    mentions: g.mentions.map((m) => ({ ...m, passageId: s(m.passageId), entityId: s(m.entityId) })),
  };
}

// Reads of the stored graph in the shapes the load statements take. Derived figures (mentionCount,
// evidenceCount) are left out: finalize-graph recomputes them over the whole graph, as after an ingest.
const READ = {
  documents: "MATCH (d:Document) RETURN d {.*} AS row",
  passages: "MATCH (p:Passage) RETURN p {.*} AS row",
  entities: "MATCH (e:Entity) RETURN {id: e.id, label: [l IN labels(e) WHERE l <> 'Entity'], props: e {.*, mentionCount: null}} AS row",
  relations:
    "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL RETURN {id: r.id, type: type(r), sourceId: a.id, targetId: b.id, year: r.year, role: r.role, confidence: r.confidence, method: r.method} AS row",
  evidence: "MATCH (ev:Evidence) RETURN ev {.*} AS row",
  mentions: "MATCH (p:Passage)-[m:MENTIONS]->(e:Entity) RETURN {passageId: p.id, entityId: e.id, count: m.count} AS row",
} as const;

export async function readSourceGraph(db: Database): Promise<SourceGraph> {
  const out = {} as Record<keyof SourceGraph, Row[]>;
  for (const [key, statement] of Object.entries(READ) as Array<[keyof SourceGraph, string]>) out[key] = (await db.read(statement)).map((r) => r.row as Row);
  return out;
}

/** Entities in the graph now; a scaled graph has `factor` times the source's. */
export async function entityCount(db: Database): Promise<number> {
  const [row] = await db.read("MATCH (e:Entity) RETURN count(e) AS n");
  return row!.n as number;
}

/**
 * Writes copies 1 … factor-1 of `source` (read from the graph before it was scaled). Rows go in
 * batches of about `batch` across copies, one write transaction each. Order follows the ingest:
 * documents, passages, entities, mentions, relations, evidence; then finalize-graph once.
 */
export async function scaleGraph(db: Database, source: SourceGraph, factor: number, log: (line: string) => void = () => {}, batch = 10_000): Promise<void> {
  const began = performance.now();
  const copies = Array.from({ length: factor - 1 }, (_, i) => graphCopy(source, i + 1));
  const pipeline = (await db.read("MATCH (d:Document) RETURN d.pipeline AS p LIMIT 1"))[0]?.p ?? null;
  const inBatches = async (rows: Row[], run: (chunk: Row[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += batch) await run(rows.slice(i, i + batch));
  };
  for (const copy of copies) {
    for (const doc of copy.documents) await db.write(cypher("upsert-document"), { doc, pipeline });
  }
  // upsert-passages attaches one document's passages per statement.
  for (const copy of copies) {
    const byDoc = new Map<string, Row[]>();
    for (const p of copy.passages) byDoc.set(p.documentId as string, [...(byDoc.get(p.documentId as string) ?? []), p]);
    for (const [documentId, rows] of byDoc) await inBatches(rows, (chunk) => db.write(cypher("upsert-passages"), { documentId, rows: chunk }));
  }
  log(`scale: documents and passages ×${factor} in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  for (const [key, statement] of [
    ["entities", "upsert-entities"],
    ["mentions", "upsert-mentions"],
    ["relations", "upsert-relations"],
    ["evidence", "upsert-evidence"],
  ] as const) {
    await inBatches(
      copies.flatMap((c) => c[key]),
      (chunk) => db.write(cypher(statement), { rows: chunk }),
    );
    log(`scale: ${key} ×${factor} in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  }
  for (const statement of splitStatements("finalize-graph")) await db.write(statement);
  log(`scale: finalized ×${factor} graph in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}
