import invariant from "tiny-invariant";
import { cypher } from "../../src/db/cypher.js";
import { pipelineFingerprint } from "./pipelineFingerprint.js";
import { ENTITY_KINDS, FORUM_EVENT_LABEL, isEntityKind, isRelationType } from "../../src/ontology/ontology.js";
import type { DocumentGraph, EntityRecord, EvidenceRecord } from "../core/types.js";

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Entity properties as stored: `lookup` serves exact `resolve`, `aliasText` the full-text index, and
 * `searchText` (name, acronym and aliases, lower-cased) the ranking of search hits, so a search reads
 * one property per hit instead of lower-casing three.
 */
export function entityRow(e: EntityRecord): Record<string, unknown> {
  const names = [e.name, e.acronym, ...e.aliases].filter((n): n is string => Boolean(n));
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    acronym: e.acronym,
    aliases: e.aliases,
    aliasText: e.aliases.join(" | "),
    searchText: [e.name, e.acronym ?? "", e.aliases.join(" | ")].join(" ").toLowerCase(),
    lookup: [...new Set(names.map((n) => n.toLowerCase()))],
    origin: e.origin,
    iso2: e.iso2 ?? null,
    iso3: e.iso3 ?? null,
    adoptedYear: e.adoptedYear ?? null,
    year: e.year ?? null,
    isEvent: e.isEvent ?? false,
  };
}

/**
 * The last pure step: one document's graph as parameterised, batched
 * `UNWIND … MERGE` statements, run by the loader in a single transaction.
 */
export function toStatements(graph: DocumentGraph): Statement[] {
  const out: Statement[] = [
    { cypher: cypher("delete-document"), params: { id: graph.document.id } },
    { cypher: cypher("upsert-document"), params: { doc: graph.document, pipeline: pipelineFingerprint() } },
  ];
  const entities = graph.entities.map((e) => {
    invariant(isEntityKind(e.kind), `unknown entity kind ${e.kind}`);
    const labels = [ENTITY_KINDS[e.kind].label, ...(e.isEvent ? [FORUM_EVENT_LABEL] : [])];
    return { id: e.id, label: labels, props: entityRow(e) };
  });
  out.push({ cypher: cypher("upsert-entities"), params: { rows: entities } });
  const relations = graph.relations.map((r) => {
    invariant(isRelationType(r.type), `unknown relation type ${r.type}`);
    return { id: r.id, type: r.type, sourceId: r.sourceId, targetId: r.targetId, year: r.year, role: r.role, confidence: r.confidence, method: r.method };
  });
  // Relations before this document's MENTIONS edges: the MERGE of a relation expands between its two ends,
  // and with the dynamic type it reads every edge there, the thousands of mentions of a well-known entity too.
  out.push({ cypher: cypher("upsert-relations"), params: { rows: relations } });
  out.push({ cypher: cypher("upsert-passage-tree"), params: { documentId: graph.document.id, rows: passageTree(graph) } });
  return out;
}

/**
 * Each passage with the mentions and evidence that hang off it, so one statement creates them together. A mention
 * or evidence row whose passage is not among the document's passages is left out, as a MATCH on its id would.
 * Passage ids are unique within a document (an invariant of structure): a repeated id would key one row over the
 * other and lose a passage without a word, so it throws instead.
 */
export function passageTree(graph: DocumentGraph): PassageTreeRow[] {
  return passageRows(graph.document.id, graph.passages, graph.mentions, graph.relations.flatMap((r) => r.evidence));
}

/**
 * The rows of upsert-passage-tree from one document's parts: its passages, mentions and evidence. The ingest passes a
 * document graph's (passageTree); the bench's scaled graph passes rows read back from the store (bench/lib/scaleGraph.ts).
 */
export function passageRows<P extends { id: string }, E extends { passageId: string }>(
  documentId: string,
  passages: readonly P[],
  mentions: ReadonlyArray<{ passageId: string; entityId: string; count: number }>,
  evidence: readonly E[],
): Array<PassageTreeRow<P, E>> {
  const rows = new Map<string, PassageTreeRow<P, E>>();
  for (const p of passages) {
    if (rows.has(p.id)) throw new Error(`passageTree: passage id ${p.id} occurs twice in document ${documentId}`);
    rows.set(p.id, { passage: p, mentions: [], evidence: [] });
  }
  for (const m of mentions) rows.get(m.passageId)?.mentions.push({ entityId: m.entityId, count: m.count });
  for (const ev of evidence) rows.get(ev.passageId)?.evidence.push(ev);
  return [...rows.values()];
}

export interface PassageTreeRow<P = DocumentGraph["passages"][number], E = EvidenceRecord> {
  passage: P;
  mentions: Array<{ entityId: string; count: number }>;
  evidence: E[];
}

/** Rows written: one per statement without rows, else one per row, a passage's mentions and evidence counted too. */
export function rowCount(statements: Statement[]): number {
  return statements.reduce((n, s) => n + (Array.isArray(s.params.rows) ? s.params.rows.reduce((k: number, row) => k + rowsIn(row), 0) : 1), 0);
}

function rowsIn(row: unknown): number {
  const tree = row as Partial<PassageTreeRow>;
  return Array.isArray(tree.mentions) && Array.isArray(tree.evidence) ? 1 + tree.mentions.length + tree.evidence.length : 1;
}
