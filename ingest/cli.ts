/**
 * npm run ingest -- [paths…] [--reset] [--dry-run --out graph.json] [--report]
 * Exit status 1 when nothing could be ingested.
 */
import { writeFileSync } from "node:fs";
import cliProgress from "cli-progress";
import { Command } from "commander";
import { loadConfig } from "../src/config/config.js";
import { Database } from "../src/db/Database.js";
import { startLocalNeo4j } from "../src/neo4j/localNeo4j.js";
import { printEntityReview, reviewEntities } from "./entityReview.js";
import { entitiesOf, printReport } from "./report.js";
import { runIngest, type IngestSummary } from "./runIngest.js";

const program = new Command()
  .name("ingest")
  .argument("[paths...]", "files or folders (.txt, .md, .html)")
  .option("--reset", "delete the graph before loading")
  .option("--dry-run", "extract only; write nothing to Neo4j")
  .option("--out <file>", "with --dry-run: write the extracted graph as JSON")
  .option("--report", "after loading, print the quality report")
  .parse();

async function main(): Promise<number> {
  const config = loadConfig();
  const opts = program.opts<{ reset?: boolean; dryRun?: boolean; out?: string; report?: boolean }>();
  const paths = program.args.length ? program.args : [config.CORPUS_DIR];
  const bars = process.stderr.isTTY ? new cliProgress.MultiBar({ format: " {stage} [{bar}] {value}/{total}", hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  const barByStage = new Map<string, cliProgress.SingleBar>();
  const progress = (stage: string, done: number, total: number) => {
    if (!bars) return;
    let bar = barByStage.get(stage);
    if (!bar) barByStage.set(stage, (bar = bars.create(total, 0, { stage: stage.padEnd(9) })));
    bar.update(done);
  };

  let db: Database | undefined;
  let stopNeo4j = async () => {};
  if (!opts.dryRun) {
    let uri = config.NEO4J_URI;
    if (!uri) {
      const local = await startLocalNeo4j({ boltPort: config.NEO4J_BOLT_PORT, dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP, password: config.NEO4J_PASSWORD, log: (l) => process.stderr.write(`${l}\n`) });
      uri = local.uri;
      stopNeo4j = local.stop;
    }
    db = new Database({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  }
  const began = performance.now();
  try {
    const summary = await runIngest({ paths, reset: opts.reset, db, progress });
    bars?.stop();
    if (opts.dryRun && opts.out) writeFileSync(opts.out, JSON.stringify(summary.graphs, null, 1));
    printSummary(summary, (performance.now() - began) / 1000);
    if (opts.report && db) await printReport(db, summary.graphs);
    // Without Neo4j the review of extracted entities still runs.
    else if (opts.report) printEntityReview(reviewEntities(entitiesOf(summary.graphs)), (l) => process.stdout.write(`${l}\n`));
    const loaded = opts.dryRun ? summary.graphs.length : summary.loads.filter((l) => l.status !== "failed").length;
    return loaded > 0 ? 0 : 1;
  } finally {
    await db?.close();
    await stopNeo4j();
  }
}

function printSummary(s: IngestSummary, seconds: number): void {
  const count = <T,>(items: T[], key: (t: T) => string) => items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});
  const entities = new Map(s.graphs.flatMap((g) => g.entities).map((e) => [e.id, e]));
  const relations = new Map(s.graphs.flatMap((g) => g.relations).map((r) => [r.id, r]));
  const rows: Array<[string, string | number]> = [
    ["documents", s.graphs.length],
    ["passages", s.graphs.reduce((n, g) => n + g.passages.length, 0)],
    ...Object.entries(count([...entities.values()], (e) => e.kind)).map(([k, n]) => [`entities ${k}`, n] as [string, number]),
    ...Object.entries(count([...relations.values()], (r) => r.type)).map(([k, n]) => [`relations ${k}`, n] as [string, number]),
    ["warnings", s.graphs.reduce((n, g) => n + g.warnings.length, 0)],
    ["unreadable files", s.errors.length],
    ["loaded / unchanged / failed", s.loads.length ? ["loaded", "unchanged", "failed"].map((st) => s.loads.filter((l) => l.status === st).length).join(" / ") : "dry run"],
    ["extraction s", (s.extractMs / 1000).toFixed(2)],
    ["seconds", seconds.toFixed(2)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const error of s.errors) process.stderr.write(`error: ${error.message}\n`);
  for (const l of s.loads.filter((x) => x.status === "failed")) process.stderr.write(`error: ${l.error}\n`);
  process.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n") + "\n");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message ?? error}\n`);
    process.exit(1);
  },
);
