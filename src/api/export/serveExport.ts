import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../../db/Database.js";
import { DatabaseUnavailableError } from "../../db/Database.js";
import { filterParams, linksExportStatement } from "../read/linksStatement.js";
import { toLink } from "../read/links.js";
import type { Entity } from "../types/Entity.js";
import { CONTENT_TYPES, WRITERS, type ExportGraph, type ExportLink, type Format } from "./exportFormats.js";
import { ExportParamError, exportParams } from "./exportParams.js";

/** Path under /export/ → format and the file name the download gets. */
export const EXPORT_PATHS: Record<string, { format: Format; filename: string }> = {
  "/export/graph.graphml": { format: "graphml", filename: "migration-graph.graphml" },
  "/export/graph.gexf": { format: "gexf", filename: "migration-graph.gexf" },
  "/export/links.csv": { format: "links.csv", filename: "migration-graph-links.csv" },
  "/export/entities.csv": { format: "entities.csv", filename: "migration-graph-entities.csv" },
  "/export/graph.json": { format: "json", filename: "migration-graph.json" },
};

function fail(res: ServerResponse, status: number, code: string, message: string, param?: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ error: { code, message, ...(param ? { param } : {}) } }));
}

/** Reads the links the query string selects (up to `limit`, strongest first) with the entities at their ends. */
export async function exportGraph(db: Database, search: string): Promise<ExportGraph> {
  const { filter, limit } = exportParams(search);
  const rows = await db.read(linksExportStatement(filter.types, Boolean(filter.involving?.length)), { ...filterParams(filter), limit });
  const nodes = new Map<string, Entity>();
  const degree = new Map<string, number>();
  const links: ExportLink[] = rows.map((row) => {
    const link = { ...toLink(row), sentence: (row.sentence as string) ?? null };
    for (const end of [link.from, link.to]) {
      if (!nodes.has(end.id)) nodes.set(end.id, end);
      degree.set(end.id, (degree.get(end.id) ?? 0) + 1);
    }
    return link;
  });
  return { nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), links, degree };
}

/**
 * Answers GET /export/<file> and returns true, or returns false for any other path. The output is
 * written chunk by chunk (respecting backpressure) as an attachment; bad parameters give 400 naming
 * the parameter, Neo4j down 503, anything else a masked 500.
 */
export async function serveExport(db: Database, req: IncomingMessage, res: ServerResponse, pathname: string, search: string): Promise<boolean> {
  const target = EXPORT_PATHS[pathname];
  if (!pathname.startsWith("/export/")) return false;
  if (!target) {
    fail(res, 404, "NOT_FOUND", `no such export; try ${Object.keys(EXPORT_PATHS).join(", ")}`);
    return true;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    fail(res, 405, "METHOD_NOT_ALLOWED", "exports answer GET");
    return true;
  }
  let graph: ExportGraph;
  try {
    graph = await exportGraph(db, search);
  } catch (error) {
    if (error instanceof ExportParamError) fail(res, 400, "BAD_USER_INPUT", error.message, error.param);
    else if (error instanceof DatabaseUnavailableError) fail(res, 503, "SERVICE_UNAVAILABLE", "The graph database is unavailable; try again shortly.");
    else fail(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
    return true;
  }
  res.statusCode = 200;
  res.setHeader("content-type", CONTENT_TYPES[target.format]);
  res.setHeader("content-disposition", `attachment; filename="${target.filename}"`);
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  let buffer = "";
  for (const piece of WRITERS[target.format](graph)) {
    buffer += piece;
    if (buffer.length >= 16_384) {
      if (!res.write(buffer)) await new Promise((done) => res.once("drain", done));
      buffer = "";
    }
  }
  res.end(buffer);
  return true;
}
