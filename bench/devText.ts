/**
 * A helper's own dev text: `npx tsx bench/devText.ts <folder>` runs the pipeline over the folder's .txt pages and
 * checks `expected.json` there ("present" relations must be extracted, "absent" ones must not). It prints recall on
 * "present", the "absent" ones found, and every other extracted relation so that it can be judged by hand.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RelationRecord } from "../ingest/core/types.js";
import { runPipeline } from "./lib/pipelineRun.js";

interface Expected { file: string; type: string; source: string; target: string; year?: number }

const folder = process.argv[2] ?? "test/fixtures/dev/relations5";
const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as { present: Expected[]; absent: Expected[] };
const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).map((f) => join(folder, f));
const run = runPipeline(files);

const matches = (e: Expected, r: RelationRecord, names: Map<string, string>): boolean => {
  const end = (want: string, id: string) => want === "*" || want === id || (want.startsWith("/") && new RegExp(want.slice(1, -1)).test(names.get(id) ?? ""));
  return r.type === e.type && end(e.source, r.sourceId) && end(e.target, r.targetId) && (e.year === undefined || r.year === e.year);
};

let found = 0;
const used = new Set<RelationRecord>();
const lines: string[] = [];
for (const g of run.graphs) {
  const file = g.document.source;
  const names = new Map(g.entities.map((e) => [e.id, e.name]));
  for (const e of expected.present.filter((x) => x.file === file)) {
    const hit = g.relations.find((r) => matches(e, r, names));
    if (hit) { found++; used.add(hit); } else lines.push(`  MISSED ${file}: ${e.type} ${e.source} -> ${e.target}${e.year ? ` (${e.year})` : ""}`);
  }
  for (const e of expected.absent.filter((x) => x.file === file)) {
    for (const r of g.relations.filter((x) => matches(e, x, names))) { used.add(r); lines.push(`  WRONG  ${file}: ${r.type} ${r.sourceId} -> ${r.targetId} [${r.method}]`); }
  }
  for (const r of g.relations.filter((x) => !used.has(x))) lines.push(`  other  ${file}: ${r.type} ${names.get(r.sourceId)} -> ${names.get(r.targetId)} ${r.year ?? ""} ${r.role ?? ""} [${r.method}]`);
}
const total = expected.present.length;
const all = run.graphs.reduce((n, g) => n + g.relations.length, 0);
console.log(`dev text ${folder}: present ${found}/${total} (${((100 * found) / total).toFixed(1)}%), absent found ${lines.filter((l) => l.includes("WRONG")).length}, relations extracted ${all}`);
for (const l of lines) console.log(l);
