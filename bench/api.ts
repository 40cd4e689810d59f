/**
 * API benchmark: five questions asked of (a) our GraphQL API, (b) hand-written
 * Cypher over neo4j-driver behind a bare HTTP server and (c) @neo4j/graphql,
 * each driven by autocannon on loopback. Prints figures only; no assertions.
 *
 *   npm run bench:api   (compiles with tsc, then runs dist/bench/api.js under node)
 *
 * Env: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (use an existing server instead of
 * starting one), BENCH_CONNECTIONS (10), BENCH_SECONDS (8), BENCH_WARMUP (8),
 * BENCH_ROUNDS (3: the measured seconds are split into rounds of A B C C B A, and each ratio is also
 * printed per round, so one run shows its own spread), BENCH_OPS (comma-separated subset),
 * BENCH_SKIP_INGEST=1 (keep the loaded graph),
 * NEO4J_BOLT_PORT (7692) for the Neo4j it starts.
 *
 *   npm run bench:api -- --scale 100   measures at 1×, copies the graph to 100× (bench/lib/scaleGraph.ts),
 *                                      measures again and prints p50 at both sizes side by side.
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { createAppServer } from "../src/api/createServer.js";
import { Database } from "../src/db/Database.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/localNeo4j.js";
import { REPO_ROOT } from "../src/repoRoot.js";
import { runIngest } from "../ingest/runIngest.js";
import { combine, graphqlTarget, measure, probe, warmUp, type Measurement, type Target } from "./lib/load.js";
import { startNeo4jGraphql } from "./lib/neo4jGraphqlTarget.js";
import { operations } from "./lib/operations.js";
import { startRawServer } from "./lib/rawServer.js";
import { entityCount, readSourceGraph, scaleGraph } from "./lib/scaleGraph.js";
import { scaleTable } from "./lib/scaleTable.js";

const TARGETS = ["ours", "raw-cypher", "@neo4j/graphql"] as const;
type TargetName = (typeof TARGETS)[number];

const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
// Long enough for V8 to optimise each server's hot path and for Neo4j to compile the statement; all targets get the same.
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
if (!(Number.isInteger(rounds) && rounds >= 1 && rounds <= 20)) throw new Error(`BENCH_ROUNDS takes a whole number from 1 to 20, got ${process.env.BENCH_ROUNDS}`);
const only = process.env.BENCH_OPS?.split(",").map((s) => s.trim());
const ops = operations.filter((op) => !only || only.includes(op.name));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const scaleArg = process.argv.indexOf("--scale");
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
if (!(Number.isInteger(scale) && scale >= 1 && scale <= 1000)) throw new Error(`--scale takes a whole factor from 1 to 1000, got ${process.argv[scaleArg + 1]}`);

const stops: Array<[string, () => Promise<unknown>]> = [];
async function stopAll(): Promise<void> {
  for (const [name, stop] of stops.reverse()) {
    try {
      await stop();
    } catch (error) {
      log(`stopping ${name} failed: ${(error as Error).message}`);
    }
  }
  stops.length = 0;
}

async function main(): Promise<void> {
  const password = process.env.NEO4J_PASSWORD ?? "migration-graph-bench";
  const user = process.env.NEO4J_USER ?? "neo4j";
  let uri = process.env.NEO4J_URI;
  let server: LocalNeo4j | undefined;
  if (!uri) {
    // A scaled graph (about 80k entities and 230k passages at 100×) needs a larger heap for the copy's
    // write transactions and a page cache that holds the store, or the 100× figures measure the disk.
    const big = scale > 1;
    const boltPort = Number(process.env.NEO4J_BOLT_PORT ?? 7692);
    server = await startLocalNeo4j({ boltPort, dataDir: ".neo4j/bench-data", heap: big ? "2g" : "1g", pageCacheMb: big ? 1024 : undefined, password, quickStart: false, log });
    stops.push(["neo4j", () => server!.stop()]);
    uri = server.uri;
  }
  const db = new Database({ uri, user, password });
  stops.push(["database", () => db.close()]);

  // A scaled run must start from the corpus graph alone: its 1× figures are taken before copying.
  if (process.env.BENCH_SKIP_INGEST !== "1" || scale > 1) {
    const began = performance.now();
    const summary = await runIngest({ paths: ["data/corpus"], db, reset: true });
    log(`ingested ${summary.loads.length} documents in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }

  const app = await createAppServer(db, { port: 0, host: "127.0.0.1", development: false });
  stops.push(["our API", () => app.stop()]);
  const rawDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true, notificationFilter: { minimumSeverityLevel: "OFF" } });
  stops.push(["raw driver", () => rawDriver.close()]);
  const raw = await startRawServer(rawDriver, ops);
  stops.push(["raw server", () => raw.stop()]);
  const neoDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), { notificationFilter: { minimumSeverityLevel: "OFF" } });
  stops.push(["@neo4j/graphql driver", () => neoDriver.close()]);
  const neo = await startNeo4jGraphql(neoDriver);
  stops.push(["@neo4j/graphql server", () => neo.stop()]);
  log(`ours ${app.url} | raw ${raw.url} | @neo4j/graphql ${neo.url}`);

  const targetsOf = (op: (typeof ops)[number]): Record<TargetName, Target> => ({
    ours: graphqlTarget(app.url, op.ours),
    "raw-cypher": { method: "GET", url: `${raw.url}/${op.name}` },
    "@neo4j/graphql": graphqlTarget(neo.url, op.neo),
  });

  type Row = { op: string; target: TargetName; bytes: number; problem?: string; byRound: Array<{ p50: number; rps: number }> } & Omit<Measurement, "latencies">;
  const measureAll = async (): Promise<Row[]> => {
    const rows: Row[] = [];
    for (const op of ops) {
      const targets = targetsOf(op);
      const checks = new Map<TargetName, Awaited<ReturnType<typeof probe>>>();
      for (const target of TARGETS) {
        const check = await probe(targets[target]);
        checks.set(target, check);
        if (check.problem) log(`${op.name} / ${target}: ${check.problem}`);
        log(`${op.name} / ${target}: ${check.bytes} B response; warming up ${warmupSeconds} s`);
        await warmUp(targets[target], { connections, seconds: warmupSeconds });
      }
      // Measured in rounds of two halves, A B C then C B A, so no target always runs first (right after the
      // previous op or a fresh ingest) or last; each half is seconds/(2 × rounds). The halves of a round are
      // combined for that round's figures, and all halves for the op's figures.
      const runs = new Map<TargetName, Measurement[][]>(TARGETS.map((t) => [t, []]));
      const half = seconds / (2 * rounds);
      for (let round = 0; round < rounds; round++) {
        for (const target of TARGETS) runs.get(target)!.push([]);
        for (const target of [...TARGETS, ...[...TARGETS].reverse()]) {
          log(`${op.name} / ${target}: round ${round + 1}/${rounds}, measuring ${half.toFixed(2)} s × ${connections} connections`);
          runs.get(target)![round]!.push(await measure(targets[target], { connections, seconds: half }));
        }
      }
      for (const target of TARGETS) {
        const byRound = runs.get(target)!.map((r) => {
          const { p50, rps } = combine(r);
          return { p50, rps };
        });
        const { latencies: _all, ...figures } = combine(runs.get(target)!.flat());
        rows.push({ op: op.name, target, bytes: checks.get(target)!.bytes, problem: checks.get(target)!.problem, byRound, ...figures });
      }
    }

    return rows;
  };
  const rows = await measureAll();
  let scaled: Row[] | undefined;
  if (scale > 1) {
    const source = await readSourceGraph(db);
    await scaleGraph(db, source, scale, log);
    log(`graph scaled ×${scale}: ${await entityCount(db)} entities (was ${source.entities.length})`);
    scaled = await measureAll();
  }

  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const num = (x: number, d = 1) => x.toFixed(d).padStart(9);
  console.log(`\nAPI benchmark — ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per target (${rounds} rounds of two halves, A B C C B A), loopback, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`${pad("op", 22)}${pad("target", 16)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"req/s".padStart(9)}${"bytes".padStart(9)}  errors`);
  for (const r of rows) {
    const bad = r.errors + r.non2xx + (r.problem ? 1 : 0);
    console.log(`${pad(r.op, 22)}${pad(r.target, 16)}${num(r.p50, 2)}${num(r.p99, 2)}${num(r.rps, 0)}${String(r.bytes).padStart(9)}  ${bad ? `${r.errors} err, ${r.non2xx} non-2xx${r.problem ? ", answer had errors" : ""}` : "-"}`);
  }

  console.log(`\n${pad("op", 22)}${"ours/raw p50".padStart(14)}${"per round".padStart(22)}${"ours/@neo4j/graphql req/s".padStart(28)}${"per round".padStart(22)}`);
  const ratios: Record<string, { oursOverRawP50: number; oursOverNeoRps: number; byRound: Array<{ oursOverRawP50: number; oursOverNeoRps: number }> }> = {};
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(" ");
  for (const op of ops) {
    const get = (t: TargetName) => rows.find((r) => r.op === op.name && r.target === t)!;
    const oursOverRawP50 = get("ours").p50 / Math.max(get("raw-cypher").p50, 0.001);
    const oursOverNeoRps = get("ours").rps / Math.max(get("@neo4j/graphql").rps, 0.001);
    const byRound = get("ours").byRound.map((o, i) => ({
      oursOverRawP50: o.p50 / Math.max(get("raw-cypher").byRound[i]!.p50, 0.001),
      oursOverNeoRps: o.rps / Math.max(get("@neo4j/graphql").byRound[i]!.rps, 0.001),
    }));
    ratios[op.name] = { oursOverRawP50, oursOverNeoRps, byRound };
    const rawRounds = list(byRound.map((r) => r.oursOverRawP50));
    const neoRounds = list(byRound.map((r) => r.oursOverNeoRps));
    console.log(`${pad(op.name, 22)}${num(oursOverRawP50, 2).padStart(14)}${rawRounds.padStart(22)}${num(oursOverNeoRps, 2).padStart(28)}${neoRounds.padStart(22)}`);
  }
  const notes = ops.filter((op) => op.neoNote);
  if (notes.length) {
    console.log("\n@neo4j/graphql emulations that differ from our API:");
    for (const op of notes) console.log(`  ${op.name}: ${op.neoNote}`);
  }
  if (scaled) console.log(scaleTable(ops.map((o) => o.name), TARGETS, rows, scaled, scale));
  console.log("\nNotes: two-hop asks about org:world-bank (org:undp's only initiative has no OPERATES_IN); latencies are exact (per response, not autocannon's whole-millisecond histogram), over all halves; the per-round ratios show how far one run's figure can move on this machine.");

  const dir = join(REPO_ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `api-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const meta = { scale, date: new Date().toISOString(), node: process.version, cpus: cpus().length, neo4j: (await db.serverInfo()).version, connections, seconds, warmupSeconds, rounds };
  writeFileSync(file, JSON.stringify({ meta, rows, scaledRows: scaled, ratios, notes: Object.fromEntries(notes.map((op) => [op.name, op.neoNote])), operations: ops }, null, 2));
  console.log(`\nJSON: ${file}`);
}

main()
  .catch((error) => {
    process.exitCode = 1;
    console.error(error);
  })
  .finally(async () => {
    await stopAll();
    // Lingering keep-alive sockets or pools should not hold the process open.
    setTimeout(() => process.exit(), 1000).unref();
  });
