/**
 * npm run soak -- [url] [--connections N] [--seconds T] [--kill-neo4j-at S] [--neo4j-data-dir DIR]
 *
 * N connections send mixed analyst queries for T seconds to a running server (default
 * http://127.0.0.1:4000/graphql; loopback only), then print requests, errors by code, p50/p99
 * latency, and, with --kill-neo4j-at, the SIGKILL of the local Neo4j that `npm start` launched
 * (pid from <dataDir>/launcher.pid, checked to be a Neo4jLauncher JVM) and how long until data
 * came back. It starts no process and leaves none behind; Ctrl-C stops it and prints what it has.
 */
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { readPidFile } from "../src/neo4j/localNeo4j.js";
import { operations } from "./lib/operations.js";
import { log, table } from "./lib/table.js";

const QUERIES: Array<{ name: string; query: string }> = [
  ...operations.map((o) => ({ name: o.name, query: o.ours })),
  { name: "gmg-members", query: `{ resolve(name: "GMG") { name ... on Forum { members { other { acronym name } evidence(first: 1) { text document { title } start end } } } } }` },
  { name: "gfmd-supporters", query: `{ entity(id: "forum:gfmd") { relations(types: [SUPPORTS], direction: IN) { other { name } confidence evidence(first: 1) { section text } } } }` },
  { name: "documents", query: `{ documents { title source } }` },
];

const int = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
  return n;
};

const program = new Command()
  .name("soak")
  .argument("[url]", "GraphQL endpoint on this machine", "http://127.0.0.1:4000/graphql")
  .option("-c, --connections <n>", "concurrent connections (1-256)", int(1, 256), 50)
  .option("-s, --seconds <t>", "duration (1-3600)", int(1, 3600), 60)
  .option("--kill-neo4j-at <s>", "SIGKILL the local Neo4j this many seconds in", int(0, 3600))
  .option("--neo4j-data-dir <dir>", "data folder of the Neo4j `npm start` runs (holds launcher.pid)", process.env.NEO4J_DATA_DIR ?? ".neo4j/data")
  .option("--max-requests <n>", "stop after this many requests", int(1, 10_000_000), 2_000_000)
  .option("--timeout-ms <ms>", "per-request timeout", int(100, 120_000), 30_000)
  .parse();

interface Sample {
  at: number;
  ms: number;
  outcome: string;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : "-");

/** The pid of the Neo4j launcher `npm start` runs, only if it really is one. */
function launcherPid(dataDir: string): number {
  const pid = readPidFile(dataDir);
  if (!pid) throw new Error(`no ${dataDir}/launcher.pid: is \`npm start\` running with a local Neo4j?`);
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  if (!cmdline.includes("Neo4jLauncher")) throw new Error(`pid ${pid} from ${dataDir}/launcher.pid is not a Neo4jLauncher JVM; not killing it`);
  return pid;
}

async function main(): Promise<void> {
  const url = new URL(program.args[0] ?? "http://127.0.0.1:4000/graphql");
  const opts = program.opts<{ connections: number; seconds: number; killNeo4jAt?: number; neo4jDataDir: string; maxRequests: number; timeoutMs: number }>();
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error(`${url.host} is not loopback; soak only runs against this machine`);
  if (opts.killNeo4jAt !== undefined && opts.killNeo4jAt >= opts.seconds) throw new Error("--kill-neo4j-at must be less than --seconds");
  const killPid = opts.killNeo4jAt !== undefined ? launcherPid(opts.neo4jDataDir) : undefined;

  const stop = new AbortController();
  const samples: Sample[] = [];
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  let killedAt: number | undefined;
  const timers: NodeJS.Timeout[] = [setTimeout(() => stop.abort(), opts.seconds * 1000)];
  if (killPid !== undefined) {
    timers.push(
      setTimeout(() => {
        killedAt = now();
        process.kill(killPid, "SIGKILL");
        process.stderr.write(`[soak] ${f(killedAt / 1000, 1)} s: SIGKILL to Neo4j launcher pid ${killPid}\n`);
      }, opts.killNeo4jAt! * 1000),
    );
  }
  process.once("SIGINT", () => {
    process.stderr.write("[soak] interrupted; summarising what was measured\n");
    stop.abort();
  });

  log(`soak: ${opts.connections} connections × ${opts.seconds} s against ${url.href}, ${QUERIES.length} queries in rotation${killPid ? `, SIGKILL Neo4j (pid ${killPid}) at ${opts.killNeo4jAt} s` : ""}`);
  let sent = 0;
  const worker = async (w: number) => {
    for (let i = w; !stop.signal.aborted && sent < opts.maxRequests; i += opts.connections) {
      sent++;
      const q = QUERIES[i % QUERIES.length]!;
      const began = now();
      let outcome: string;
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: q.query }),
          signal: AbortSignal.any([stop.signal, AbortSignal.timeout(opts.timeoutMs)]),
        });
        const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        outcome = body.errors?.length ? (body.errors[0]!.extensions?.code ?? `HTTP ${res.status}`) : res.ok ? "ok" : `HTTP ${res.status}`;
      } catch (error) {
        if (stop.signal.aborted) return; // cut off by the end of the run, not a server failure
        outcome = (error as Error).name === "TimeoutError" ? "client timeout" : `network: ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`;
      }
      samples.push({ at: began, ms: now() - began, outcome });
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, (_, w) => worker(w)));
  for (const t of timers) clearTimeout(t);
  const elapsed = now() / 1000;

  const byOutcome = new Map<string, number[]>();
  for (const s of samples) {
    const list = byOutcome.get(s.outcome);
    if (list) list.push(s.ms);
    else byOutcome.set(s.outcome, [s.ms]);
  }
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  log(`requests ${samples.length} in ${f(elapsed, 1)} s (${f(samples.length / elapsed, 0)} req/s); p50 ${f(pct(all, 50), 1)} ms, p99 ${f(pct(all, 99), 1)} ms`);
  table(
    ["outcome", "count", "p50 ms", "p99 ms", "max ms"],
    [...byOutcome].sort((a, b) => b[1].length - a[1].length).map(([k, ms]) => {
      const s = ms.sort((a, b) => a - b);
      return [k, s.length, f(pct(s, 50), 1), f(pct(s, 99), 1), f(s.at(-1)!, 0)];
    }),
  );
  if (killedAt !== undefined) {
    const after = samples.filter((s) => s.at >= killedAt!);
    const failures = after.filter((s) => s.outcome !== "ok");
    const firstFailure = failures[0];
    const lastFailure = failures.at(-1);
    const back = lastFailure ? after.find((s) => s.outcome === "ok" && s.at > lastFailure.at) : after.find((s) => s.outcome === "ok");
    const recovery = back ? (back.at + back.ms - killedAt) / 1000 : undefined;
    // The first answer with data after the outage began, apart from the moment from which nothing failed:
    // on an overloaded machine the two differ by timeouts that have nothing to do with the restart.
    const firstData = firstFailure ? after.find((s) => s.outcome === "ok" && s.at > firstFailure.at) : undefined;
    const firstDataS = firstData ? f((firstData.at + firstData.ms - killedAt) / 1000, 1) : "-";
    log(`Neo4j killed at ${f(killedAt / 1000, 1)} s: first failure +${firstFailure ? f((firstFailure.at - killedAt) / 1000, 2) : "-"} s, ${failures.length} failed requests, first data again +${firstDataS} s, ` + (recovery !== undefined ? `no failure from ${f(recovery, 1)} s after the kill` : "failures until the run ended"));
  }
  process.exitCode = samples.length > 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: ${(error as Error).message}\n`);
  process.exit(1);
});
