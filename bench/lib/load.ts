/** One request per target to check the answer, then autocannon (in a worker thread) for warm-up and measurement. */
import type autocannon from "autocannon";
import { Worker } from "node:worker_threads";

export interface Target {
  method: "GET" | "POST";
  url: string;
  body?: string;
}

export interface Measurement {
  /** Exact percentiles of the 2xx latencies, in milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Every 2xx latency, sorted (ms). */
  latencies: Float64Array;
}

export const graphqlTarget = (url: string, query: string): Target => ({ method: "POST", url, body: JSON.stringify({ query }) });

/** Fetches once; returns the body size and any GraphQL/HTTP error, so a broken target shows in the output. */
export async function probe(target: Target): Promise<{ bytes: number; problem?: string; json: unknown }> {
  const res = await fetch(target.url, { method: target.method, body: target.body, headers: target.body ? { "content-type": "application/json" } : {} });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    return { bytes: text.length, problem: `HTTP ${res.status}: not JSON`, json: text };
  }
  const problem = res.status !== 200 ? `HTTP ${res.status}` : json.errors ? JSON.stringify(json.errors).slice(0, 300) : undefined;
  return { bytes: Buffer.byteLength(text), problem, json };
}

/** autocannon's summary and every 2xx latency in milliseconds, unrounded (bench/lib/loadWorker.ts). */
function run(target: Target, connections: number, seconds: number): Promise<{ result: autocannon.Result; latencies: Float64Array }> {
  // Compiled, the worker is loadWorker.js beside this file; under tsx it is the .ts source, loaded after registering tsx in the worker.
  const workerData = { target, connections, seconds };
  const worker = import.meta.url.endsWith(".js")
    ? new Worker(new URL("./loadWorker.js", import.meta.url), { workerData })
    : new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./loadWorker.ts", import.meta.url).href)}); });`, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`load worker exited with code ${code} before reporting`)));
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Load without measuring, so V8 and Neo4j reach their steady state for this target's statement. */
export async function warmUp(target: Target, options: { connections: number; seconds: number }): Promise<void> {
  if (options.seconds > 0) await run(target, options.connections, options.seconds);
}

/** p50, p99 and mean of latencies sorted ascending. */
const latencyFigures = (sorted: Float64Array) => ({
  p50: percentile(sorted, 50),
  p99: percentile(sorted, 99),
  mean: sorted.reduce((n, x) => n + x, 0) / Math.max(sorted.length, 1),
  latencies: sorted,
});

export async function measure(target: Target, options: { connections: number; seconds: number }): Promise<Measurement> {
  const { result: r, latencies } = await run(target, options.connections, options.seconds);
  return {
    ...latencyFigures(latencies.sort()),
    // Completed requests over the run's length (autocannon's per-second average needs its own aggregation options).
    rps: r.requests.total / Math.max(r.duration, 0.001),
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Runs of one target taken at different moments, as one figure: percentiles over all their latencies together, req/s averaged. */
export function combine(runs: Measurement[]): Measurement {
  const all = new Float64Array(runs.reduce((n, r) => n + r.latencies.length, 0));
  let at = 0;
  for (const r of runs) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  return {
    ...latencyFigures(all.sort()),
    rps: runs.reduce((n, r) => n + r.rps, 0) / runs.length,
    requests: runs.reduce((n, r) => n + r.requests, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}
