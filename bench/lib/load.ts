/** One request per target to check the answer, then autocannon for warm-up and measurement. */
import autocannon from "autocannon";

export interface Target {
  method: "GET" | "POST";
  url: string;
  body?: string;
}

export interface Measurement {
  p50: number;
  p99: number;
  mean: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
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

function run(target: Target, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: target.method,
    body: target.body,
    headers: target.body ? { "content-type": "application/json" } : {},
    connections,
    duration: seconds,
    // A worker thread keeps the load generator off the event loop the servers share.
    workers: 1,
  });
}

/** Load without measuring, so V8 and Neo4j reach their steady state for this target's statement. */
export async function warmUp(target: Target, options: { connections: number; seconds: number }): Promise<void> {
  if (options.seconds > 0) await run(target, options.connections, options.seconds);
}

export async function measure(target: Target, options: { connections: number; seconds: number }): Promise<Measurement> {
  const r = await run(target, options.connections, options.seconds);
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.average,
    rps: r.requests.average,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * Runs of one target taken at different moments, as one figure: request-weighted mean latency and req/s,
 * and the mean of the runs' p50 and p99 (autocannon gives percentiles, not histograms, so they cannot be merged exactly).
 */
export function combine(runs: Measurement[]): Measurement {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const avg = (f: (r: Measurement) => number) => runs.reduce((n, r) => n + f(r), 0) / runs.length;
  return {
    p50: avg((r) => r.p50),
    p99: avg((r) => r.p99),
    mean: runs.reduce((n, r) => n + r.mean * r.requests, 0) / Math.max(requests, 1),
    rps: avg((r) => r.rps),
    requests,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}
