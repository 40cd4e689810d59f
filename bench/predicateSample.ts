/**
 * The relations the predicate reader (ingest/core/predicateReader.ts) adds, on the TUNE half only
 * (book chapters and IOM UK pages by test/fixtures/split.json, unseen documents by their manifest):
 * listed, or sampled with a seed for a judge. The validate half is never printed.
 *
 *   npm run bench:predicates                                  # list them all, with their sentence
 *   npm run bench:predicates -- --seed 9 --n 40 --out test/fixtures/judged/predicate-reader/<name>.json
 *   npm run bench:predicates -- --alone ...   # everything the reader proposes, also pairs a rule already linked
 *
 * --alone judges the reader by itself: what it would say on its own, not only the few pairs the rules leave it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Command } from "commander";
import type { DocumentGraph, RelationRecord } from "../ingest/core/types.js";
import { splitOf, type SplitRule } from "./lib/devsetMatch.js";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { Proposal } from "../ingest/core/predicateReader.js";
import { readSources } from "../ingest/read/readSources.js";
import type { SampledRelation } from "./lib/judged.js";
import { currentCommit } from "./lib/pipelineRun.js";
import { sampleWithoutReplacement } from "./lib/prng.js";

const opts = new Command()
  .option("--seed <n>", "PRNG seed (integer); without it every relation is listed", (v) => Number(v))
  .option("--n <n>", "relations to draw", (v) => Number(v), 40)
  .option("--out <file>", "where to write the sample")
  .option("--alone", "every proposal of the reader, also for pairs a rule already linked", false)
  .parse()
  .opts<{ seed?: number; n: number; out?: string; alone: boolean }>();

const split = JSON.parse(readFileSync("test/fixtures/split.json", "utf8")) as SplitRule;
const manifest = JSON.parse(readFileSync("test/fixtures/unseen/manifest.json", "utf8")) as { documents: Array<{ file: string; split: string }> };
const unseenTune = manifest.documents.filter((d) => d.split === "tune").map((d) => join("test/fixtures/unseen", d.file));

/** A sampled relation without the fields the reader has no use for (year, role, confidence). */
type Item = Omit<SampledRelation, "year" | "role" | "confidence">;

/** The reader's relations whose own evidence lies in a tune-half passage. */
function tuneItems(graphs: DocumentGraph[], onlyTune: (g: DocumentGraph, passageId: string) => boolean): Item[] {
  const out: Item[] = [];
  for (const g of graphs) {
    const name = new Map(g.entities.map((e) => [e.id, e.name]));
    for (const r of g.relations as RelationRecord[]) {
      const ev = r.evidence.filter((e) => e.method.startsWith("predicate:") && onlyTune(g, e.passageId));
      if (ev.length === 0) continue;
      out.push({
        id: r.id, type: r.type, sourceId: r.sourceId, sourceName: name.get(r.sourceId) ?? r.sourceId, targetId: r.targetId, targetName: name.get(r.targetId) ?? r.targetId,
        method: ev[0]!.method, evidence: ev.map((e) => ({ document: basename(g.document.source), section: e.section, text: e.text })), verdict: "",
      });
    }
  }
  return out;
}

interface Seen {
  p: Proposal;
  text: string;
  passageId: string;
  section: string | null;
  linkedByRule: boolean;
}
const catalog = defaultCatalog();
function build(paths: string[]): { graphs: DocumentGraph[]; seen: Seen[] } {
  const seen: Seen[] = [];
  const graphs = buildGraphs(readSources(paths).sources, catalog, () => {}, { onPredicate: (p, s, linkedByRule) => seen.push({ p, ...s, linkedByRule }) });
  return { graphs, seen };
}
const corpus = build(["data/corpus"]);
const unseen = build(unseenTune);
const corpusTune = (g: DocumentGraph, passageId: string) => {
  const p = g.passages.find((x) => x.id === passageId) as { chapter?: string | null } | undefined;
  const file = basename(g.document.source);
  return splitOf({ file, chapter: p?.chapter ?? undefined, type: "", quote: "" }, split) === "tune";
};
/** Every proposal in a tune-half sentence, one item per (type, source, target), with the rules' verdict on the pair. */
function aloneItems(run: { graphs: DocumentGraph[]; seen: Seen[] }, onlyTune: (g: DocumentGraph, passageId: string) => boolean): Item[] {
  const byPassage = new Map(run.graphs.flatMap((g) => g.passages.map((p) => [p.id, g] as const)));
  const name = (id: string) => catalog.byId.get(id)?.name ?? run.graphs.flatMap((g) => g.entities).find((e) => e.id === id)?.name ?? id;
  const out = new Map<string, Item>();
  for (const x of run.seen) {
    const g = byPassage.get(x.passageId);
    if (!g || !onlyTune(g, x.passageId)) continue;
    const id = `${x.p.type} ${x.p.sourceId} ${x.p.targetId}`;
    const item = out.get(id) ?? { id, type: x.p.type, sourceId: x.p.sourceId, sourceName: name(x.p.sourceId), targetId: x.p.targetId, targetName: name(x.p.targetId), method: `predicate:${x.p.entry}${x.linkedByRule ? " (pair also linked by a rule)" : ""}`, evidence: [], verdict: "" };
    item.evidence.push({ document: basename(g.document.source), section: x.section, text: x.text });
    out.set(id, item);
  }
  return [...out.values()];
}

const items = (opts.alone ? [...aloneItems(corpus, corpusTune), ...aloneItems(unseen, () => true)] : [...tuneItems(corpus.graphs, corpusTune), ...tuneItems(unseen.graphs, () => true)]).sort((a, b) => a.id.localeCompare(b.id));

if (opts.seed === undefined) {
  for (const i of items) console.log(`${i.type} ${i.sourceName} -> ${i.targetName}  [${i.method}]\n    ${i.evidence[0]!.text.replace(/\s+/g, " ")}`);
  console.log(`${items.length} relations added by the predicate reader on the tune half`);
} else {
  const drawn = sampleWithoutReplacement(items, Math.min(opts.n, items.length), opts.seed);
  const sample = { seed: opts.seed, commit: currentCommit(), drawnAt: new Date().toISOString(), half: "tune", alone: opts.alone, population: items.length, verdicts: ["right", "wrong-type", "wrong-direction", "unsupported"], relations: drawn };
  if (!opts.out) console.log(JSON.stringify(sample, null, 1));
  else {
    if (existsSync(opts.out)) throw new Error(`${opts.out} exists and may hold verdicts; pick another name`);
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(sample, null, 1)}\n`);
    console.log(`${drawn.length} of ${items.length} written to ${opts.out}`);
  }
}
