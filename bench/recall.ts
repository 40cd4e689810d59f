/**
 * Recall of the pure ingest pipeline against the hand-checked facts in
 * test/fixtures/facts.json.
 *
 *   npx tsx bench/recall.ts [--facts test/fixtures/facts.json] [--sample 15] [--seed 20130403]
 *
 * A fact is "found" when the pipeline produced a relation with the same type,
 * source id and target id anywhere in the corpus (PARTNERS_WITH compared
 * unordered). Two stricter columns are printed too: "in file" (the relation
 * has evidence in the fact's file) and "at quote" (one of its evidence spans
 * overlaps the quoted text). Precision needs a human: a seeded random sample
 * of extracted relations is printed with their evidence for review.
 */
import { readFileSync } from "node:fs";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { EntityRecord, RelationRecord } from "../ingest/core/types.js";
import { readSources } from "../ingest/read/readSources.js";
import { log, table } from "./lib/table.js";

interface Fact {
  type: string;
  source: string;
  target: string;
  quote: string;
  file: string;
  chapter?: string;
  note?: string;
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const FACTS = arg("facts", "test/fixtures/facts.json");
const SAMPLE = Number(arg("sample", "15"));
const SEED = Number(arg("seed", "20130403"));
const pct = (n: number, d: number) => (d === 0 ? "  -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const key = (type: string, a: string, b: string) => (type === "PARTNERS_WITH" && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`);
const pairKey = (a: string, b: string) => (b < a ? `${b}|${a}` : `${a}|${b}`);
const oneLine = (s: string, max = 260) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** mulberry32: small deterministic PRNG so the review sample is stable across runs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


const facts: Fact[] = JSON.parse(readFileSync(FACTS, "utf8"));
const { sources, errors } = readSources(["data/corpus"]);
for (const e of errors) log(`read error: ${e.message}`);
const t0 = performance.now();
const graphs = buildGraphs(sources, defaultCatalog());
const extractMs = performance.now() - t0;

// ---- index what the pipeline produced
const docSource = new Map(graphs.map((g) => [g.document.id, g.document.source]));
const entities = new Map<string, EntityRecord>();
for (const g of graphs) for (const e of g.entities) entities.set(e.id, e);
interface Found {
  rel: RelationRecord;
  evidence: Array<{ file: string; start: number; end: number; text: string; section: string | null }>;
}
const found = new Map<string, Found>();
const pairs = new Map<string, Array<{ type: string; sourceId: string }>>(); // unordered pair -> relations (near-miss diagnostics)
let relationRecords = 0;
for (const g of graphs) {
  for (const r of g.relations) {
    relationRecords++;
    const k = key(r.type, r.sourceId, r.targetId);
    const f = found.get(k) ?? { rel: r, evidence: [] };
    for (const ev of r.evidence) f.evidence.push({ file: docSource.get(ev.documentId) ?? ev.documentId, start: ev.start, end: ev.end, text: ev.text, section: ev.section });
    found.set(k, f);
    const p = pairKey(r.sourceId, r.targetId);
    const list = pairs.get(p) ?? [];
    if (!list.some((x) => x.type === r.type && x.sourceId === r.sourceId)) list.push({ type: r.type, sourceId: r.sourceId });
    pairs.set(p, list);
  }
}

// ---- locate each quote in its file (whitespace-insensitive) to test evidence overlap
const sourceText = new Map(sources.map((s) => [s.name, s.text]));
function quoteSpan(f: Fact): [number, number] | null {
  const text = sourceText.get(f.file);
  if (!text) return null;
  const pattern = f.quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/-$/, "-\\s*"))
    .join("\\s+");
  const m = new RegExp(pattern).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

interface Outcome {
  fact: Fact;
  any: boolean;
  inFile: boolean;
  atQuote: boolean;
  quoteFound: boolean;
}
const outcomes: Outcome[] = facts.map((fact) => {
  const hit = found.get(key(fact.type, fact.source, fact.target));
  const span = quoteSpan(fact);
  const inFile = !!hit?.evidence.some((e) => e.file === fact.file);
  const atQuote = !!span && !!hit?.evidence.some((e) => e.file === fact.file && e.start < span[1] && e.end > span[0]);
  return { fact, any: !!hit, inFile, atQuote, quoteFound: !!span };
});

function group(label: string, by: (o: Outcome) => string): void {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(by(o), [...(groups.get(by(o)) ?? []), o]);
  const rows = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([name, os]) => {
      const n = (p: (o: Outcome) => boolean) => os.filter(p).length;
      return [name, os.length, n((o) => o.any), pct(n((o) => o.any), os.length), pct(n((o) => o.inFile), os.length), pct(n((o) => o.atQuote), os.length)];
    });
  log(label);
  table(["", "facts", "found", "recall", "in file", "at quote"], rows);
  log();
}

// ---- report
log(`pipeline: ${sources.length} files, ${graphs.length} documents, extraction ${(extractMs / 1000).toFixed(2)} s`);
const byType = new Map<string, number>();
for (const f of found.values()) byType.set(f.rel.type, (byType.get(f.rel.type) ?? 0) + 1);
log(`extracted relations: ${found.size} distinct (type, source, target) [${relationRecords} per-document records]`);
log("  " + [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(", "));
log();
const missingQuotes = outcomes.filter((o) => !o.quoteFound);
if (missingQuotes.length) log(`warning: ${missingQuotes.length} fixture quotes not found in their file: ${missingQuotes.map((o) => o.fact.quote).join(" | ")}\n`);

const total = outcomes.length;
const count = (p: (o: Outcome) => boolean) => outcomes.filter(p).length;
log(`RECALL against ${FACTS}: ${count((o) => o.any)}/${total} = ${pct(count((o) => o.any), total).trim()}` + `   (in file ${pct(count((o) => o.inFile), total).trim()}, at quote ${pct(count((o) => o.atQuote), total).trim()})`);
const extractable = outcomes.filter((o) => !o.fact.note?.includes("not extracted"));
log(`  excluding ${total - extractable.length} facts whose entity was not extracted: ${extractable.filter((o) => o.any).length}/${extractable.length} = ${pct(extractable.filter((o) => o.any).length, extractable.length).trim()}`);
log();
group("by relation type", (o) => o.fact.type);
group("by chapter / file", (o) => (o.fact.chapter ? `${o.fact.chapter.slice(0, 48)}` : o.fact.file));
group("by file", (o) => o.fact.file);

const missed = outcomes.filter((o) => !o.any);
log(`MISSED (${missed.length}):`);
for (const o of missed) {
  const f = o.fact;
  const has = (id: string) => (entities.has(id) ? "" : " [entity absent]");
  const near = pairs.get(pairKey(f.source, f.target));
  const why = near ? `  ~ pair extracted as ${near.map((x) => (x.sourceId === f.source || x.type === "PARTNERS_WITH" ? x.type : `${x.type} (reversed)`)).join(", ")}` : "";
  log(`  - ${f.type} ${f.source}${has(f.source)} -> ${f.target}${has(f.target)}  (${f.chapter ?? f.file})${why}`);
  log(`      "${oneLine(f.quote, 150)}"${f.note ? `  [${f.note}]` : ""}`);
}
const elsewhere = outcomes.filter((o) => o.any && !o.atQuote);
if (elsewhere.length) {
  log();
  log(`FOUND, but not from the quoted passage (${elsewhere.length}):`);
  for (const o of elsewhere) log(`  - ${o.fact.type} ${o.fact.source} -> ${o.fact.target}  (${o.fact.chapter ?? o.fact.file})${o.inFile ? "" : " [no evidence in this file]"}`);
}

// ---- precision sample
log();
const all = [...found.values()].sort((a, b) => a.rel.id.localeCompare(b.rel.id));
const rand = rng(SEED);
const sample: Found[] = [];
const pool = [...all];
while (sample.length < Math.min(SAMPLE, pool.length)) sample.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
log(`PRECISION REVIEW SAMPLE: ${sample.length} of ${all.length} extracted relations (seed ${SEED}); judge each by hand`);
const name = (id: string) => entities.get(id)?.name ?? id;
sample.forEach((f, i) => {
  const r = f.rel;
  const ev = f.evidence[0];
  log(`${String(i + 1).padStart(2)}. ${r.type}  ${r.sourceId} (${name(r.sourceId)}) -> ${r.targetId} (${name(r.targetId)})  conf ${r.confidence.toFixed(2)} ${r.method}${r.role ? ` role=${r.role}` : ""}${r.year ? ` year=${r.year}` : ""}`);
  if (ev) log(`    [${ev.file}${ev.section ? ` · ${oneLine(ev.section, 50)}` : ""}] "${oneLine(ev.text)}"${f.evidence.length > 1 ? ` (+${f.evidence.length - 1} more)` : ""}`);
});
