/** Runs the real ingest core in memory (read → buildGraphs), as `npm run ingest -- --dry-run` does, without Neo4j. */
import { execFileSync } from "node:child_process";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph, SourceFile } from "../../ingest/core/types.js";
import { readSources } from "../../ingest/read/readSources.js";

export interface PipelineRun {
  sources: SourceFile[];
  graphs: DocumentGraph[];
  errors: string[];
  ms: number;
}

export function runPipeline(paths: string[]): PipelineRun {
  const { sources, errors } = readSources(paths);
  const t0 = performance.now();
  const graphs = buildGraphs(sources, defaultCatalog());
  return { sources, graphs, errors: errors.map((e) => e.message), ms: performance.now() - t0 };
}

/** HEAD's hash, with "+dirty" when the extractor, catalog or corpus has uncommitted changes. */
export function currentCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "ingest", "src", "data"], { encoding: "utf8" }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return "unknown";
  }
}
