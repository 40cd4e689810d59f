import { cypher, withIdentifiers } from "../../src/db/cypher.js";
import { ENTITY_KINDS, type EntityKind } from "../../src/ontology/ontology.js";
import type { DocumentGraph, EntityRecord } from "../core/types.js";

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Entity properties as stored: `lookup` serves exact `resolve`, `aliasText` the full-text index. */
export function entityRow(e: EntityRecord): Record<string, unknown> {
  const names = [e.name, e.acronym, ...e.aliases].filter((n): n is string => Boolean(n));
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    acronym: e.acronym,
    aliases: e.aliases,
    aliasText: e.aliases.join(" | "),
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
    { cypher: cypher("upsert-document"), params: { doc: graph.document } },
    { cypher: cypher("upsert-passages"), params: { rows: graph.passages } },
  ];
  const byKind = new Map<EntityKind, Record<string, unknown>[]>();
  for (const e of graph.entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), entityRow(e)]);
  for (const [kind, rows] of byKind) {
    out.push({ cypher: withIdentifiers(cypher("upsert-entities"), { label: ENTITY_KINDS[kind].label }), params: { rows } });
    const events = rows.filter((r) => r.isEvent);
    if (events.length) out.push({ cypher: withIdentifiers("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e:{{label}}", { label: "ForumEvent" }), params: { rows: events } });
  }
  out.push({ cypher: cypher("upsert-mentions"), params: { rows: graph.mentions } });
  const byType = new Map<string, Record<string, unknown>[]>();
  for (const r of graph.relations) {
    byType.set(r.type, [...(byType.get(r.type) ?? []), { id: r.id, sourceId: r.sourceId, targetId: r.targetId, year: r.year, role: r.role, confidence: r.confidence, method: r.method }]);
  }
  for (const [type, rows] of byType) out.push({ cypher: withIdentifiers(cypher("upsert-relations"), { type }), params: { rows } });
  out.push({ cypher: cypher("upsert-evidence"), params: { rows: graph.relations.flatMap((r) => r.evidence) } });
  return out;
}

export function rowCount(statements: Statement[]): number {
  return statements.reduce((n, s) => n + (Array.isArray(s.params.rows) ? s.params.rows.length : 1), 0);
}
