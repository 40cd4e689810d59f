/**
 * Probe for linearity: CPU ms per MB of buildGraphs on data/corpus at 1× and at N× (copies named copyNN-<file>, as
 * bench/ingest.ts builds them), runs interleaved, with the CPU of each pipeline stage.
 * Usage: node dist/bench/scaleProbe.js [N=20] [runs=3]
 */
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { SourceFile } from "../ingest/core/types.js";
import { readSources } from "../ingest/read/readSources.js";
import { scaled } from "./lib/scaledCorpus.js";

const n = Number(process.argv[2] ?? 20);
const runs = Number(process.argv[3] ?? 3);
const { sources } = readSources(["data/corpus"]);
const MB = 1048576;
const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
function time(files: SourceFile[]): { cpu: number; stages: Record<string, number> } {
  const stages: Record<string, number> = {};
  let stage = "start";
  let mark = cpuNow();
  const c0 = mark;
  buildGraphs(files, defaultCatalog(), (s) => {
    if (s === stage) return;
    const t = cpuNow();
    stages[stage] = (stages[stage] ?? 0) + t - mark;
    stage = s;
    mark = t;
  });
  const t = cpuNow();
  stages[stage] = (stages[stage] ?? 0) + t - mark;
  return { cpu: t - c0, stages };
}
const one = sources;
const many = scaled(sources, n);
const mb1 = one.reduce((s, f) => s + f.bytes, 0) / MB;
const mbN = many.reduce((s, f) => s + f.bytes, 0) / MB;
time(one);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r1: number[] = [];
const rN: number[] = [];
for (let i = 0; i < runs; i++) {
  const a = time(one);
  r1.push(a.cpu / mb1);
  const b = time(many);
  rN.push(b.cpu / mbN);
  const per = (st: Record<string, number>, mb: number) => Object.entries(st).map(([k, v]) => `${k} ${(v / mb).toFixed(0)}`).join(", ");
  console.log(`run ${i}: 1× ${(a.cpu / mb1).toFixed(0)} cpu ms/MB [${per(a.stages, mb1)}]; ${n}× ${(b.cpu / mbN).toFixed(0)} cpu ms/MB [${per(b.stages, mbN)}]`);
}
console.log(`median cpu ms/MB 1× ${med(r1).toFixed(0)} (${(1000 / med(r1)).toFixed(2)} MB per CPU s), ${n}× ${med(rN).toFixed(0)}; ratio ${n}×:1× ${(med(rN) / med(r1)).toFixed(2)}`);
