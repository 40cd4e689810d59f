/**
 * Paraphrase sets: `npx tsx bench/paraphrases.ts [file.json …] [--list dev]` runs each item of a set
 * (test/fixtures/paraphrases/*.json) through the real pipeline as its own one-page document and checks
 * its expected relations by the ends' names. Items at even positions are `dev`, odd ones `heldout`; the
 * split is fixed by position so that it is set before any rule is written. `--list dev` prints the dev
 * misses and wrong links; held-out items are only ever counted.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { DocumentGraph, EntityRecord } from "../ingest/core/types.js";
import { SYMMETRIC_RELATION_TYPES } from "../src/ontology/ontology.js";

type Triple = [type: string, source: string, target: string];
type Pair = [source: string, target: string];
interface Item { title?: string; text: string; expect: Triple[]; absent?: Pair[] }
interface ParaphraseSet { items: Item[] }

const args = process.argv.slice(2);
const listAt = args.indexOf("--list");
const list = listAt >= 0 ? args[listAt + 1] : undefined;
if (list !== undefined && list !== "dev") throw new Error(`--list takes only "dev": held-out items are counted, never listed (got ${list})`);
const files = args.filter((a, i) => a.endsWith(".json") && (listAt < 0 || i !== listAt + 1));
const dir = "test/fixtures/paraphrases";
const sets = files.length > 0 ? files : readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => join(dir, f));
const catalog = defaultCatalog();

const fold = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/[^a-z0-9]+/g, " ").trim();
const forms = (e: EntityRecord) => [e.id, e.name, e.acronym ?? "", ...(e.aliases ?? [])].filter(Boolean).map(fold);
const named = (g: DocumentGraph, want: string) => new Set(g.entities.filter((e) => forms(e).includes(fold(want))).map((e) => e.id));

// An item may carry its own page title (a profile page titled by its topic); else the page is titled "Page".
function graphOf(text: string, n: number, title = "Page"): DocumentGraph {
  const name = `paraphrase-${n}.txt`;
  const body = `${title}\n\n${text}`;
  return buildGraphs([{ path: name, name, format: "txt", text: body, bytes: body.length, hash: name }], catalog)[0]!;
}

const blank = () => ({ ends: 0, found: 0, typed: 0, all: 0, wrong: 0, absent: 0 });
const totals = { dev: blank(), heldout: blank() };
for (const file of sets) {
  const set = JSON.parse(readFileSync(file, "utf8")) as ParaphraseSet;
  set.items.forEach((item, n) => {
    const half = n % 2 === 0 ? "dev" : "heldout";
    const t = totals[half];
    const g = graphOf(item.text, n, item.title);
    for (const [type, source, target] of item.expect) {
      const s = named(g, source), o = named(g, target);
      const between = g.relations.filter((r) => (s.has(r.sourceId) && o.has(r.targetId)) || (s.has(r.targetId) && o.has(r.sourceId)));
      const typed = between.some((r) => r.type === type && (SYMMETRIC_RELATION_TYPES.has(type) || (s.has(r.sourceId) && o.has(r.targetId))));
      t.all++;
      if (s.size > 0 && o.size > 0) t.ends++;
      if (between.length > 0) t.found++;
      if (typed) t.typed++;
      if (list === half && !typed) {
        const got = between.map((r) => r.type).join(",") || (s.size && o.size ? "no link" : `end missing: ${s.size ? "" : source} ${o.size ? "" : target}`);
        console.log(`  MISS ${file}#${n}: ${type} ${source} -> ${target} [${got}]`);
      }
    }
    for (const [source, target] of item.absent ?? []) {
      const s = named(g, source), o = named(g, target);
      const linked = g.relations.filter((r) => (s.has(r.sourceId) && o.has(r.targetId)) || (s.has(r.targetId) && o.has(r.sourceId)));
      t.absent++;
      if (linked.length > 0) {
        t.wrong++;
        if (list === half) console.log(`  WRONG ${file}#${n}: ${linked.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId} [${r.method}]`).join("; ")}`);
      }
    }
  });
}
for (const half of ["dev", "heldout"] as const) {
  const t = totals[half];
  const pct = (x: number) => (t.all ? ((100 * x) / t.all).toFixed(1) : "-");
  console.log(`paraphrases ${half.padEnd(7)}  both ends ${t.ends}/${t.all} (${pct(t.ends)}%)  pair ${t.found}/${t.all} (${pct(t.found)}%)  typed ${t.typed}/${t.all} (${pct(t.typed)}%)  must-not-link linked ${t.wrong}/${t.absent}`);
}
