/**
 * Writers for the exports: each turns the selected links (and the entities at their ends) into
 * chunks of text, so the response is written piece by piece. GraphML and GEXF carry per-node kind,
 * name, acronym and mentions, per-edge type, confidence, year, role, evidence count and the first
 * evidence sentence; graph.json is graphology's serialization format (sigma.js reads it directly).
 */
import type { Entity } from "../types/Entity.js";
import type { Link } from "../types/links.js";

export interface ExportLink extends Link {
  sentence: string | null;
}

export interface ExportGraph {
  nodes: Entity[];
  links: ExportLink[];
  /** Links per entity id within the selection. */
  degree: Map<string, number>;
}

export type Format = "graphml" | "gexf" | "links.csv" | "entities.csv" | "json";

export const CONTENT_TYPES: Record<Format, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  "links.csv": "text/csv; charset=utf-8",
  "entities.csv": "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

const xml = (value: unknown) =>
  String(value ?? "")
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const csv = (value: unknown) => {
  const s = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("|") : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (values: unknown[]) => values.map(csv).join(",") + "\r\n";

const NODE_ATTRS = [
  ["kind", "string", (n: Entity) => n.kind],
  ["name", "string", (n: Entity) => n.name],
  ["acronym", "string", (n: Entity) => n.acronym],
  ["mentionCount", "int", (n: Entity) => n.mentionCount],
] as const;
const EDGE_ATTRS = [
  ["type", "string", (l: ExportLink) => l.type],
  ["confidence", "double", (l: ExportLink) => l.confidence],
  ["year", "int", (l: ExportLink) => l.year],
  ["role", "string", (l: ExportLink) => l.role],
  ["evidenceCount", "int", (l: ExportLink) => l.evidenceCount],
  ["evidence", "string", (l: ExportLink) => l.sentence],
] as const;

function* graphml(g: ExportGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [id, type] of NODE_ATTRS) yield `<key id="${id}" for="node" attr.name="${id}" attr.type="${type}"/>\n`;
  for (const [id, type] of EDGE_ATTRS) yield `<key id="${id}" for="edge" attr.name="${id}" attr.type="${type}"/>\n`;
  yield '<graph id="migration-graph" edgedefault="directed">\n';
  for (const n of g.nodes) {
    const data = NODE_ATTRS.map(([id, , get]) => [id, get(n)] as const).filter(([, v]) => v !== null && v !== undefined);
    yield `<node id="${xml(n.id)}">${data.map(([id, v]) => `<data key="${id}">${xml(v)}</data>`).join("")}</node>\n`;
  }
  for (const l of g.links) {
    const data = EDGE_ATTRS.map(([id, , get]) => [id, get(l)] as const).filter(([, v]) => v !== null && v !== undefined);
    yield `<edge id="${xml(l.id)}" source="${xml(l.from.id)}" target="${xml(l.to.id)}">${data.map(([id, v]) => `<data key="${id}">${xml(v)}</data>`).join("")}</edge>\n`;
  }
  yield "</graph>\n</graphml>\n";
}

function* gexf(g: ExportGraph): Generator<string> {
  const gexfType = (t: string) => (t === "int" ? "integer" : t);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<meta><creator>migration-graph</creator></meta>\n';
  yield '<graph defaultedgetype="directed" mode="static">\n<attributes class="node">\n';
  for (const [id, type] of NODE_ATTRS) yield `<attribute id="${id}" title="${id}" type="${gexfType(type)}"/>\n`;
  yield '</attributes>\n<attributes class="edge">\n';
  for (const [id, type] of EDGE_ATTRS) yield `<attribute id="${id}" title="${id}" type="${gexfType(type)}"/>\n`;
  yield "</attributes>\n<nodes>\n";
  for (const n of g.nodes) {
    const values = NODE_ATTRS.map(([id, , get]) => [id, get(n)] as const).filter(([, v]) => v !== null && v !== undefined);
    yield `<node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues>${values.map(([id, v]) => `<attvalue for="${id}" value="${xml(v)}"/>`).join("")}</attvalues></node>\n`;
  }
  yield "</nodes>\n<edges>\n";
  for (const l of g.links) {
    const values = EDGE_ATTRS.map(([id, , get]) => [id, get(l)] as const).filter(([, v]) => v !== null && v !== undefined);
    yield `<edge id="${xml(l.id)}" source="${xml(l.from.id)}" target="${xml(l.to.id)}" label="${l.type}" weight="${l.confidence}"><attvalues>${values.map(([id, v]) => `<attvalue for="${id}" value="${xml(v)}"/>`).join("")}</attvalues></edge>\n`;
  }
  yield "</edges>\n</graph>\n</gexf>\n";
}

function* linksCsv(g: ExportGraph): Generator<string> {
  yield csvLine(["id", "type", "from", "fromName", "fromKind", "to", "toName", "toKind", "year", "role", "confidence", "method", "evidenceCount", "evidence"]);
  for (const l of g.links) yield csvLine([l.id, l.type, l.from.id, l.from.name, l.from.kind, l.to.id, l.to.name, l.to.kind, l.year, l.role, l.confidence, l.method, l.evidenceCount, l.sentence]);
}

function* entitiesCsv(g: ExportGraph): Generator<string> {
  yield csvLine(["id", "kind", "name", "acronym", "aliases", "mentionCount", "links"]);
  for (const n of g.nodes) yield csvLine([n.id, n.kind, n.name, n.acronym, n.aliases, n.mentionCount, g.degree.get(n.id) ?? 0]);
}

function* json(g: ExportGraph): Generator<string> {
  yield '{"attributes":{"name":"migration-graph"},"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[';
  let first = true;
  for (const n of g.nodes) {
    yield (first ? "" : ",") + JSON.stringify({ key: n.id, attributes: { label: n.name, kind: n.kind, acronym: n.acronym, mentionCount: n.mentionCount, links: g.degree.get(n.id) ?? 0 } });
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const l of g.links) {
    const attributes = { type: l.type, confidence: l.confidence, year: l.year, role: l.role, evidenceCount: l.evidenceCount, evidence: l.sentence };
    yield (first ? "" : ",") + JSON.stringify({ key: l.id, source: l.from.id, target: l.to.id, attributes });
    first = false;
  }
  yield "]}\n";
}

export const WRITERS: Record<Format, (g: ExportGraph) => Generator<string>> = { graphml, gexf, "links.csv": linksCsv, "entities.csv": entitiesCsv, json };
