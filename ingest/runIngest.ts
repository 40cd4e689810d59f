import type { Database } from "../src/db/Database.js";
import { applySchema } from "../src/db/applySchema.js";
import { defaultCatalog } from "./catalog/catalog.js";
import { buildGraphs, type StageTimer } from "./core/pipeline.js";
import type { DocumentGraph } from "./core/types.js";
import { loadGraphs, resetGraph, type LoadResult } from "./load/loadGraph.js";
import { readSources, type SourceError } from "./read/readSources.js";

export interface IngestOptions {
  paths: string[];
  reset?: boolean;
  /** When set, nothing is written to Neo4j. */
  db?: Database;
  progress?: StageTimer;
}

export interface IngestSummary {
  graphs: DocumentGraph[];
  errors: SourceError[];
  loads: LoadResult[];
  extractMs: number;
  loadMs: number;
}

/** read → pure core → load. The only place that ties the two I/O ends together. */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { sources, errors } = readSources(options.paths);
  const began = performance.now();
  const graphs = buildGraphs(sources, defaultCatalog(), options.progress);
  const extractMs = performance.now() - began;
  let loads: LoadResult[] = [];
  const loadBegan = performance.now();
  if (options.db) {
    await applySchema(options.db);
    if (options.reset) await resetGraph(options.db);
    let done = 0;
    loads = await loadGraphs(options.db, graphs, () => options.progress?.("load", ++done, graphs.length));
  }
  return { graphs, errors, loads, extractMs, loadMs: performance.now() - loadBegan };
}
