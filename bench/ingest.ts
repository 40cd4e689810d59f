/**
 * Ingest benchmark.
 *   (a) extraction throughput of the pure core (buildGraphs) on data/corpus: warm-up, then median of 5 runs, by wall
 *       time and by the process's CPU time, with the load average (a busy machine makes wall time a wait for a CPU);
 *   (b) extraction cost per MB at 1×, 5×, 10×, 20× the corpus (copies with distinct file names);
 *   (c) load throughput into a real local Neo4j: runIngest files→empty Neo4j (first run, then the median of
 *       three on the warm server), then loadGraphs of
 *       the 1× and 5× copies after resetGraph;
 *   (d) pathological shapes (bench/lib/textShapes.ts): one-line 1 MB and 5 MB files, one 1 MB sentence,
 *       one 1 MB wrapped paragraph; each timed alternately with the corpus (median of 3), so the
 *       ms/MB ratio to the corpus compares like with like on a busy machine.
 * Writes bench/results/ingest-<timestamp>.json.
 *
 * `npm run bench:ingest` runs the tsc output, as production does (`npm start`): tsx's esbuild keeps function
 * names by wrapping closures, which production never pays.
 *   npm run bench:ingest                      # everything
 *   npm run bench:ingest -- --no-neo4j        # no Neo4j: (a), (b) and (d)
 *   NEO4J_BOLT_PORT=7721 npm run bench:ingest  # Neo4j on another port (default 7693)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { DocumentGraph, SourceFile } from "../ingest/core/types.js";
import { loadGraphs, resetGraph } from "../ingest/load/loadGraph.js";
import { readSources } from "../ingest/read/readSources.js";
import { runIngest } from "../ingest/runIngest.js";
import { Database } from "../src/db/Database.js";
import { applySchema } from "../src/db/applySchema.js";
import { startLocalNeo4j } from "../src/neo4j/localNeo4j.js";
import { scaled } from "./lib/scaledCorpus.js";
import { log, table } from "./lib/table.js";
import { textShapes } from "./lib/textShapes.js";

const PATHS = ["data/corpus"];
const RUNS = 5;
// BENCH_SCALES=1,5 shortens (b) on a busy machine; the ratio printed is then last scale : 1×.
const SCALES = (process.env.BENCH_SCALES ?? "1,5,10,20").split(",").map(Number);
// NEO4J_BOLT_PORT lets several checkouts bench side by side; a server already answering there is reused (warm).
const NEO4J = { boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7693), dataDir: ".neo4j/bench-ingest", heap: "1g", password: "migration-graph-bench" };
const withNeo4j = !process.argv.includes("--no-neo4j");
const WARM_RUNS = 3;

const MB = 1024 * 1024;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (n: number, d = 1) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

const bytesOf = (files: SourceFile[]) => files.reduce((n, s) => n + s.bytes, 0);
const rowsOf = (loads: Array<{ rows: number }>) => loads.reduce((n, l) => n + l.rows, 0);

/** Wall time, and the process's CPU time (user + system, so V8's GC helper threads count too), of one build. */
function timeBuild(files: SourceFile[]): { ms: number; cpuMs: number; graphs: DocumentGraph[] } {
  const catalog = defaultCatalog();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const graphs = buildGraphs(files, catalog);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, graphs };
}

async function main(): Promise<void> {
  const { sources, errors } = readSources(PATHS);
  if (errors.length) for (const e of errors) log(`read error: ${e.message}`);
  const corpusBytes = bytesOf(sources);
  const corpusMB = corpusBytes / MB;
  log(`corpus: ${sources.length} files, ${f(corpusBytes / 1024)} KB (${f(corpusMB, 3)} MB); node ${process.version}`);
  log();

  // (a) extraction MB/s
  timeBuild(sources); // warm-up (JIT, catalog matcher)
  const timed = Array.from({ length: RUNS }, () => timeBuild(sources));
  const runs = timed.map((t) => t.ms);
  const extractMedianMs = median(runs);
  // On a machine other work keeps busy the wall time mostly measures the wait for a CPU; CPU time moves less.
  const cpuMedianMs = median(timed.map((t) => t.cpuMs));
  const loadAverage = loadavg();
  const extraction = { runsMs: runs, medianMs: extractMedianMs, mbPerSec: corpusMB / (extractMedianMs / 1000), cpuRunsMs: timed.map((t) => t.cpuMs), cpuMedianMs, mbPerCpuSec: corpusMB / (cpuMedianMs / 1000), loadAverage };
  log(`(a) extraction: buildGraphs on the corpus, warm-up + median of ${RUNS} (load average ${loadAverage.map((l) => f(l, 1)).join(" ")})`);
  table(["runs (ms)", "median ms", "MB/s", "CPU median ms", "MB per CPU s"], [[runs.map((r) => f(r, 0)).join(" / "), f(extractMedianMs, 0), f(extraction.mbPerSec, 2), f(cpuMedianMs, 0), f(extraction.mbPerCpuSec, 2)]]);
  log();

  // (b) cost per MB at scale. Only the relation count of a build is kept: holding a 20× graph while the next runs
  // are timed grows the heap, and so the collector's share, for the largest scale alone.
  const scaling: Array<{ scale: number; files: number; mb: number; ms: number; msPerMB: number; mbPerSec: number; cpuMsPerMB: number; relations: number }> = [];
  for (const n of SCALES) {
    const files = scaled(sources, n);
    const mb = bytesOf(files) / MB;
    const runs = Array.from({ length: 3 }, () => {
      const run = timeBuild(files);
      return { ms: run.ms, cpuMs: run.cpuMs, relations: run.graphs.reduce((k, g) => k + g.relations.length, 0) };
    });
    const ms = median(runs.map((r) => r.ms));
    const cpuMs = median(runs.map((r) => r.cpuMs));
    scaling.push({ scale: n, files: files.length, mb, ms, msPerMB: ms / mb, mbPerSec: mb / (ms / 1000), cpuMsPerMB: cpuMs / mb, relations: runs[0]!.relations });
  }
  const ratio20 = scaling.at(-1)!.msPerMB / scaling[0]!.msPerMB;
  const cpuRatio = scaling.at(-1)!.cpuMsPerMB / scaling[0]!.cpuMsPerMB;
  log(`(b) extraction cost per MB vs corpus size (copies named copyNN-<file>; median of 3 at each scale)`);
  table(["scale", "files", "MB", "median ms", "ms/MB", "MB/s", "CPU ms/MB", "relations"], scaling.map((s) => [`${s.scale}×`, s.files, f(s.mb, 2), f(s.ms, 0), f(s.msPerMB, 0), f(s.mbPerSec, 2), f(s.cpuMsPerMB, 0), s.relations]));
  log(`  ms/MB ratio ${SCALES.at(-1)}× : 1× = ${f(ratio20, 2)}, CPU ms/MB ratio ${f(cpuRatio, 2)}  (1.00 = linear; on a busy machine trust the CPU one)`);
  log();

  // (d) text shapes, each run alternating with the corpus
  const book = sources.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const shapes = textShapes(book.text).map(({ label, file }) => {
    const mb = file.bytes / MB;
    const own: number[] = [];
    const corpus: number[] = [];
    let graph: DocumentGraph | undefined;
    for (let i = 0; i < 3; i++) {
      corpus.push(timeBuild(sources).ms);
      const run = timeBuild([file]);
      own.push(run.ms);
      graph = run.graphs[0];
    }
    const ms = median(own);
    const corpusMsPerMB = median(corpus) / corpusMB;
    return { label, mb, ms, mbPerSec: mb / (ms / 1000), msPerMB: ms / mb, corpusMsPerMB, ratioToCorpus: ms / mb / corpusMsPerMB, passages: graph!.passages.length, relations: graph!.relations.length };
  });
  log(`(d) text shapes vs the corpus (each shape alternated with a corpus run; median of 3)`);
  table(["shape", "MB", "median ms", "MB/s", "ms/MB", "corpus ms/MB", "ratio", "passages", "relations"], shapes.map((s) => [s.label, f(s.mb, 2), f(s.ms, 0), f(s.mbPerSec, 2), f(s.msPerMB, 0), f(s.corpusMsPerMB, 0), f(s.ratioToCorpus, 2), s.passages, s.relations]));
  log(`  ratio = shape ms/MB ÷ corpus ms/MB (1.00 = as fast per MB as the corpus)`);
  log();

  // (c) load into Neo4j
  let load: unknown = null;
  if (withNeo4j) {
    const t0 = performance.now();
    const server = await startLocalNeo4j({ ...NEO4J, log: (l) => process.stderr.write(`[neo4j] ${l}\n`) });
    const startMs = performance.now() - t0;
    const db = new Database({ uri: server.uri, user: "neo4j", password: NEO4J.password, maxRetryMs: 30_000 });
    try {
      // files → empty Neo4j, end to end (read + extract + schema + reset + load + finalize): the first run on
      // this server (cold when the bench started it: C1-only JIT, statements not yet planned), then the median
      // of WARM_RUNS more on the now warm server, which is what a re-ingest into a running database costs.
      const ingestOnce = async () => {
        const w0 = performance.now();
        const summary = await runIngest({ paths: PATHS, db, reset: true });
        const wallMs = performance.now() - w0;
        const rows = rowsOf(summary.loads);
        const failed = summary.loads.filter((l) => l.status === "failed");
        for (const l of failed) log(`  load failed: ${l.error}`);
        return { wallMs, extractMs: summary.extractMs, loadMs: summary.loadMs, rows, rowsPerSec: rows / (summary.loadMs / 1000), documents: summary.loads.length, failed: failed.length };
      };
      const endToEnd = await ingestOnce();
      const warmRuns: Array<Awaited<ReturnType<typeof ingestOnce>>> = [];
      for (let i = 0; i < WARM_RUNS; i++) warmRuns.push(await ingestOnce());
      const warm = warmRuns.slice().sort((a, b) => a.wallMs - b.wallMs)[(WARM_RUNS - 1) >> 1]!;

      // loadGraphs for 1× and 5× copies, each after resetGraph (graphs extracted beforehand, not timed)
      const copies: Array<{ scale: number; documents: number; rows: number; loadMs: number; rowsPerSec: number; failed: number }> = [];
      await applySchema(db);
      for (const n of [1, 5]) {
        const graphs = buildGraphs(scaled(sources, n), defaultCatalog());
        await resetGraph(db);
        const l0 = performance.now();
        const loads = await loadGraphs(db, graphs);
        const loadMs = performance.now() - l0;
        const rows = rowsOf(loads);
        const bad = loads.filter((l) => l.status !== "loaded");
        for (const l of bad) log(`  ${n}× ${l.source}: ${l.status} ${l.error ?? ""}`);
        copies.push({ scale: n, documents: loads.length, rows, loadMs, rowsPerSec: rows / (loadMs / 1000), failed: bad.length });
      }
      load = { neo4jStartMs: startMs, reusedServer: server.reused, endToEnd, warm: { ...warm, runsWallMs: warmRuns.map((r) => r.wallMs) }, copies };

      log(`(c) load into local Neo4j (bolt :${NEO4J.boltPort}, heap ${NEO4J.heap}; server start ${f(startMs / 1000, 1)} s${server.reused ? ", reused" : ""})`);
      table(
        ["run", "docs", "rows", "extract s", "load s", "total s", "rows/s"],
        [
          [`runIngest files→empty Neo4j (reset), first run${server.reused ? "" : " (cold server)"}`, endToEnd.documents, endToEnd.rows, f(endToEnd.extractMs / 1000, 2), f(endToEnd.loadMs / 1000, 2), f(endToEnd.wallMs / 1000, 2), f(endToEnd.rowsPerSec, 0)],
          [`runIngest files→empty warm Neo4j (reset), median of ${WARM_RUNS}`, warm.documents, warm.rows, f(warm.extractMs / 1000, 2), f(warm.loadMs / 1000, 2), f(warm.wallMs / 1000, 2), f(warm.rowsPerSec, 0)],
          ...copies.map((c) => [`loadGraphs ${c.scale}× copies after resetGraph`, c.documents, c.rows, "-", f(c.loadMs / 1000, 2), f(c.loadMs / 1000, 2), f(c.rowsPerSec, 0)]),
        ],
      );
      log(`  (runIngest load s includes applySchema + resetGraph + finalize-graph; rows/s = rows / load s)`);
      await resetGraph(db);
    } finally {
      await db.close();
      await server.stop();
    }
  }

  const result = { at: new Date().toISOString(), node: process.version, corpus: { files: sources.length, bytes: corpusBytes }, extraction, scaling, ratio20to1: ratio20, cpuRatio20to1: cpuRatio, shapes, load };
  mkdirSync("bench/results", { recursive: true });
  const out = join("bench/results", `ingest-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(out, JSON.stringify(result, null, 2));
  log();
  log(`wrote ${out}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
