/**
 * The relations the predicate reader (ingest/core/predicateReader.ts) adds, on the TUNE half only
 * (book chapters and IOM UK pages by test/fixtures/split.json, unseen documents by their manifest):
 * listed, or sampled with a seed for a judge. The validate half is never printed.
 *
 *   npm run bench:predicates                                  # list them all, with their sentence
 *   npm run bench:predicates -- --seed 9 --n 40 --out test/fixtures/judged/predicate-reader/<name>.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Command } from "commander";
import type { DocumentGraph, RelationRecord } from "../ingest/core/types.js";
import { splitOf, type SplitRule } from "./lib/devsetMatch.js";
import { currentCommit, runPipeline } from "./lib/pipelineRun.js";
import { sampleWithoutReplacement } from "./lib/prng.js";

const opts = new Command()
  .option("--seed <n>", "PRNG seed (integer); without it every relation is listed", (v) => Number(v))
  .option("--n <n>", "relations to draw", (v) => Number(v), 40)
  .option("--out <file>", "where to write the sample")
  .parse()
  .opts<{ seed?: number; n: number; out?: string }>();

const split = JSON.parse(readFileSync("test/fixtures/split.json", "utf8")) as SplitRule;
const manifest = JSON.parse(readFileSync("test/fixtures/unseen/manifest.json", "utf8")) as { documents: Array<{ file: string; split: string }> };
const unseenTune = manifest.documents.filter((d) => d.split === "tune").map((d) => join("test/fixtures/unseen", d.file));

interface Item {
  id: string;
  type: string;
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  method: string;
  evidence: Array<{ document: string; section: string | null; text: string }>;
  verdict: string;
  note?: string;
}

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

const corpus = runPipeline(["data/corpus"]);
const unseen = runPipeline(unseenTune);
const corpusTune = (g: DocumentGraph, passageId: string) => {
  const p = g.passages.find((x) => x.id === passageId) as { chapter?: string | null } | undefined;
  const file = basename(g.document.source);
  return splitOf({ file, chapter: p?.chapter ?? undefined, type: "", quote: "" }, split) === "tune";
};
const items = [...tuneItems(corpus.graphs, corpusTune), ...tuneItems(unseen.graphs, () => true)].sort((a, b) => a.id.localeCompare(b.id));

if (opts.seed === undefined) {
  for (const i of items) console.log(`${i.type} ${i.sourceName} -> ${i.targetName}  [${i.method}]\n    ${i.evidence[0]!.text.replace(/\s+/g, " ")}`);
  console.log(`${items.length} relations added by the predicate reader on the tune half`);
} else {
  const drawn = sampleWithoutReplacement(items, Math.min(opts.n, items.length), opts.seed);
  const sample = { seed: opts.seed, commit: currentCommit(), drawnAt: new Date().toISOString(), half: "tune", population: items.length, verdicts: ["right", "wrong-type", "wrong-direction", "unsupported"], relations: drawn };
  if (!opts.out) console.log(JSON.stringify(sample, null, 1));
  else {
    if (existsSync(opts.out)) throw new Error(`${opts.out} exists and may hold verdicts; pick another name`);
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(sample, null, 1)}\n`);
    console.log(`${drawn.length} of ${items.length} written to ${opts.out}`);
  }
}
