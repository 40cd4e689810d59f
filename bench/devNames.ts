/**
 * A names set: `npx tsx bench/devNames.ts [folder] [--list dev]` runs the folder's .txt pages through the pipeline and
 * checks `expected.json` there item by item: `name` (an entity carries that name, alias or acronym, with `kind` if
 * given), `same` (two names are one entity), `apart` (two names are two entities), `not` (no entity carries the form).
 * Items at even positions are dev, odd ones held-out; the split is fixed by position before any rule is written.
 * `--list dev` prints the dev items that fail; held-out items are only ever counted.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DocumentGraph, EntityRecord } from "../ingest/core/types.js";
import { runPipeline } from "./lib/pipelineRun.js";

interface Item { file: string; name?: string; kind?: string; same?: [string, string]; apart?: [string, string]; not?: string }

const args = process.argv.slice(2);
const listAt = args.indexOf("--list");
const list = listAt >= 0 ? args[listAt + 1] : undefined;
if (list !== undefined && list !== "dev") throw new Error(`--list takes only "dev": held-out items are counted, never listed (got ${list})`);
const folder = args.find((a, i) => !a.startsWith("--") && i !== listAt + 1) ?? "test/fixtures/dev/names8";
const items = (JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as { items: Item[] }).items;
const run = runPipeline(readdirSync(folder).filter((f) => f.endsWith(".txt")).map((f) => join(folder, f)));
const byFile = new Map(run.graphs.map((g) => [g.document.source, g]));

const fold = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim();
// A sub-unit is named after its parent's acronym ("UNICEF Division of X"): the form without that prefix counts too.
const forms = (e: EntityRecord, owner?: EntityRecord) => {
  const all = [e.name, e.acronym ?? "", ...(e.aliases ?? [])].filter(Boolean).map(fold);
  const prefix = owner?.acronym ? fold(owner.acronym) + " " : undefined;
  return prefix ? [...all, ...all.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length))] : all;
};
const named = (g: DocumentGraph | undefined, want: string) =>
  (g?.entities ?? []).filter((e) => forms(e, g?.entities.find((p) => p.id === e.parentId)).includes(fold(want)));

function check(item: Item): { ok: boolean; why: string } {
  const g = byFile.get(item.file);
  if (item.name !== undefined) {
    const hits = named(g, item.name);
    const ok = hits.some((e) => item.kind === undefined || e.kind === item.kind);
    return { ok, why: hits.length ? `kind ${hits.map((e) => e.kind).join(",")}` : "not found" };
  }
  if (item.not !== undefined) {
    const hits = named(g, item.not);
    return { ok: hits.length === 0, why: hits.map((e) => e.id).join(",") };
  }
  const [a, b] = (item.same ?? item.apart)!;
  const ia = new Set(named(g, a).map((e) => e.id)), ib = named(g, b).map((e) => e.id);
  const shared = ib.some((id) => ia.has(id));
  const ok = item.same ? shared : ia.size > 0 && ib.length > 0 && !shared;
  return { ok, why: `${[...ia].join(",") || "none"} | ${ib.join(",") || "none"}` };
}

const totals = { dev: [0, 0], heldout: [0, 0] };
items.forEach((item, n) => {
  const half = n % 2 === 0 ? "dev" : "heldout";
  const { ok, why } = check(item);
  totals[half][1]++;
  if (ok) totals[half][0]++;
  if (!ok && list === half) console.log(`  FAIL #${n} ${item.file}: ${JSON.stringify({ ...item, file: undefined })} [${why}]`);
});
for (const half of ["dev", "heldout"] as const) {
  const [found, all] = totals[half];
  console.log(`names ${folder} ${half.padEnd(7)} ${found}/${all} (${((100 * found) / all).toFixed(1)}%)`);
}
