/**
 * One autocannon run inside a worker thread, so the load generator stays off the event loop the servers
 * share. autocannon's own histograms hold whole milliseconds (a 5.9 ms p50 reads as 5); its per-response
 * event carries the exact time, so the latencies of 2xx responses are sent back as they were measured.
 */
import autocannon from "autocannon";
import { parentPort, workerData } from "node:worker_threads";
import type { Target } from "./load.js";

// Exported by autocannon, missing from @types/autocannon.
const { aggregateResult } = autocannon as unknown as { aggregateResult(result: unknown, options: object): autocannon.Result };
const { target, connections, seconds } = workerData as { target: Target; connections: number; seconds: number };
const latencies: number[] = [];
const options = {
  url: target.url,
  method: target.method,
  body: target.body,
  headers: target.body ? { "content-type": "application/json" } : {},
  connections,
  duration: seconds,
};
const instance = autocannon(options, (error, result) => {
  if (error) throw error;
  // Off the main thread autocannon hands back its histograms encoded, as its own workers do; aggregateResult decodes them.
  parentPort!.postMessage({ result: aggregateResult([result], options), latencies: Float64Array.from(latencies) });
});
instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
  if (status >= 200 && status < 300) latencies.push(ms);
});
