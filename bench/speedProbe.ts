/**
 * Probe for speed work: buildGraphs on a folder (data/corpus by default), warm-up then N runs, CPU ms per run and MB per
 * CPU-second at the median. CPU time, not wall time: the machine is shared. Usage: node dist/bench/speedProbe.js [runs] [folder]
 */
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import { readSources } from "../ingest/read/readSources.js";

const runs = Number(process.argv[2] ?? 5);
const { sources } = readSources([process.argv[3] ?? "data/corpus"]);
const bytes = sources.reduce((n, s) => n + s.bytes, 0);
buildGraphs(sources, defaultCatalog());
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  buildGraphs(sources, defaultCatalog());
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const sorted = [...cpu].sort((a, b) => a - b);
const med = sorted[Math.floor(sorted.length / 2)];
console.log(`cpu ms ${cpu.map((x) => x.toFixed(0)).join(" ")} median ${med.toFixed(0)} min ${sorted[0].toFixed(0)}; ${(bytes / 1048576 / (med / 1000)).toFixed(2)} MB per CPU s`);
