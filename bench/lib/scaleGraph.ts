/**
 * A synthetic graph `factor` times the ingested one, for `npm run bench:api -- --scale N`: the graph in
 * Neo4j is read once and written back `factor - 1` more times with every id suffixed (`org:iom` →
 * `org:iom.x7`), through the statements the ingest loads a document with (ingest/load/statements.ts: the
 * document, its entities, its relations, its passages with their mentions and evidence in upsert-passage-tree; UNWIND
 * batches with parameters) and its finalize step (ingest/load/loadGraph.ts). Names, aliases and text are kept, so the copies have the same shape
 * and the same names: a search or a resolve meets every copy, and the unsuffixed originals answer
 * the bench's questions.
 */
import type { Database, Row } from "../../src/db/Database.js";
import { cypher } from "../../src/db/cypher.js";
import { finalizeGraph } from "../../ingest/load/loadGraph.js";
import { passageRows, type PassageTreeRow } from "../../ingest/load/statements.js";

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
 * Each document's passages with the mentions and evidence that hang off them: the rows upsert-passage-tree takes,
 * built as the ingest builds them (passageRows). Pure.
 */
export function passageTrees(g: SourceGraph): Map<string, Array<PassageTreeRow<Row, Row>>> {
  const documentOf = new Map(g.passages.map((p) => [p.id as string, p.documentId as string]));
  const parts = new Map<string, { passages: Row[]; mentions: SourceGraph["mentions"]; evidence: Row[] }>();
  const of = (documentId: string) => parts.get(documentId) ?? parts.set(documentId, { passages: [], mentions: [], evidence: [] }).get(documentId)!;
  for (const p of g.passages) of(p.documentId as string).passages.push(p);
  for (const m of g.mentions) if (documentOf.has(m.passageId as string)) of(documentOf.get(m.passageId as string)!).mentions.push(m);
  for (const ev of g.evidence) of(ev.documentId as string).evidence.push(ev);
  const out = new Map<string, Array<PassageTreeRow<Row, Row>>>();
  for (const [documentId, d] of parts) {
    const mentions = d.mentions.map((m) => ({ passageId: m.passageId as string, entityId: m.entityId as string, count: m.count as number }));
    out.set(documentId, passageRows(documentId, d.passages as Array<Row & { id: string }>, mentions, d.evidence as Array<Row & { passageId: string }>));
  }
  return out;
}

/**
 * Writes copies 1 … factor-1 of `source` (read from the graph before it was scaled). Rows go in batches of about
 * `batch` across copies, one write transaction each. Order follows the ingest's load of a document (toStatements):
 * documents, entities, relations, then each document's passages with their mentions and evidence; then
 * finalize-graph once, as loadGraphs runs it.
 */
export async function scaleGraph(db: Database, source: SourceGraph, factor: number, log: (line: string) => void = () => {}, batch = 10_000): Promise<void> {
  const began = performance.now();
  const copies = Array.from({ length: factor - 1 }, (_, i) => graphCopy(source, i + 1));
  const pipeline = (await db.read("MATCH (d:Document) RETURN d.pipeline AS p LIMIT 1"))[0]?.p ?? null;
  const inBatches = async <T>(rows: T[], run: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += batch) await run(rows.slice(i, i + batch));
  };
  const seconds = () => ((performance.now() - began) / 1000).toFixed(0);
  for (const copy of copies) {
    for (const doc of copy.documents) await db.write(cypher("upsert-document"), { doc, pipeline });
  }
  log(`scale: documents ×${factor} in ${seconds()} s`);
  for (const [key, statement] of [
    ["entities", "upsert-entities"],
    ["relations", "upsert-relations"],
  ] as const) {
    await inBatches(
      copies.flatMap((c) => c[key]),
      (chunk) => db.write(cypher(statement), { rows: chunk }),
    );
    log(`scale: ${key} ×${factor} in ${seconds()} s`);
  }
  // upsert-passage-tree writes one document's passages per statement, with what hangs off them.
  for (const copy of copies) {
    for (const [documentId, rows] of passageTrees(copy)) await inBatches(rows, (chunk) => db.write(cypher("upsert-passage-tree"), { documentId, rows: chunk }));
  }
  log(`scale: passages, mentions and evidence ×${factor} in ${seconds()} s`);
  await finalizeGraph(db);
  log(`scale: finalized ×${factor} graph in ${seconds()} s`);
}
