/**
 * An experiment (nothing here enters the pipeline): would a classifier over candidate entity pairs, trained on
 * the EVEN tune pages' facts, find correct links the hand rules miss, at a precision the project can accept?
 *
 *   candidates – bench/lib/pairCandidates.ts: two built entities named within three sentences of one block,
 *                kind-compatible for some relation type; features from the words between and around them;
 *   labels     – a gold fact of the pair (type and direction) is its class; an `absent` fact is a hard negative
 *                (weight 1); any other pair is an unlabelled negative, down-weighted (--weak) because the facts
 *                list only some of a page's stated links;
 *   thresholds – chosen on out-of-fold scores of the even pages (page folds), for precision 0.95 / 0.9 / 0.8
 *                against the facts, then applied unchanged to the odd tune pages (held out: counts only) and,
 *                with --validate, once to the validate half (counts only: no text, rows or names are printed);
 *   sample     – out-of-fold new links on even pages at the 0.9 threshold, with their sentences, to judge by hand.
 *
 * Usage: npx tsx bench/learn/pairClassifier.ts [--validate] [--no-pipe] [--sample 30] [--folds 5] [--weak 0.3]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import type { ExpectedEntity, Fact, FormsOf, Split } from "../lib/devsetMatch.js";
import { evaluate } from "../lib/evaluateSet.js";
import { type Candidate, candidatesOf, labelCandidates, pairKey } from "../lib/pairCandidates.js";
import { runPipeline } from "../lib/pipelineRun.js";
import { sampleWithoutReplacement } from "../lib/prng.js";
import { SoftmaxRegression } from "../lib/softmaxRegression.js";
import { log, table } from "../lib/table.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const UNSEEN = "test/fixtures/unseen";
const FOLDS = Number(arg("folds", "5"));
const WEAK = Number(arg("weak", "0.3"));
const SAMPLE = Number(arg("sample", "30"));
const NO_PIPE = process.argv.includes("--no-pipe");
const TRAIN = { epochs: Number(arg("epochs", "300")), rate: Number(arg("rate", "4")), l2: Number(arg("l2", "0.0005")) };
const TARGETS = [0.95, 0.9, 0.8];
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

interface Manifest { documents: Array<{ file: string; split: Split }> }
const manifest = readJson<Manifest>(join(UNSEEN, "manifest.json")).documents;
const catalog = defaultCatalog();
const formsOf: FormsOf = (id) => {
  const e = catalog.byId.get(id);
  return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f) : [];
};
const isEven = (file: string) => Number(/^u(\d+)/.exec(file)![1]) % 2 === 0;

/** One half's candidates, labelled from its own facts only (the split is applied before anything is read). */
function half(split: Split) {
  const files = manifest.filter((d) => d.split === split).map((d) => d.file);
  const inHalf = new Set(files);
  const facts = readJson<Fact[]>(join(UNSEEN, "facts.json")).filter((f) => inHalf.has(f.file));
  const expected = readJson<ExpectedEntity[]>(join(UNSEEN, "entities.json")).filter((e) => inHalf.has(e.file)).map((e) => ({ ...e, split }));
  const run = runPipeline(files.map((f) => join(UNSEEN, f)));
  const scored = evaluate("unseen", run, facts, () => split, expected, formsOf);
  const candidates = run.graphs.flatMap((g) => candidatesOf(g));
  return { files, scored, candidates, ...labelCandidates(candidates, scored) };
}

const used = (c: Candidate) => (NO_PIPE ? c.features.filter((f) => !f.startsWith("pipe:")) : c.features);
function fit(rows: Candidate[], labels: string[]): SoftmaxRegression {
  const model = new SoftmaxRegression(labels);
  model.train(rows.map((c) => ({ features: used(c), label: c.label, weight: c.label === "NONE" && !c.strong ? WEAK : 1 })), TRAIN);
  return model;
}

interface Prediction { c: Candidate; cls: string; p: number; right: boolean; absent: boolean; isNew: boolean }
/** The most probable relation class of each candidate (NONE left out) and its probability. */
function predict(model: SoftmaxRegression, cs: Candidate[], gold: Map<string, Set<string>>, absent: Set<string>): Prediction[] {
  return cs.map((c) => {
    const probs = model.predict(used(c));
    let k = -1;
    for (let i = 0; i < probs.length; i++) if (model.labels[i] !== "NONE" && (k < 0 || probs[i]! > probs[k]!)) k = i;
    const cls = model.labels[k]!;
    return { c, cls, p: probs[k]!, right: gold.get(pairKey(c))?.has(cls) ?? false, absent: absent.has(pairKey(c)), isNew: !c.piped.has(cls) };
  });
}

/** The lowest threshold at which the predictions scoring at least it reach the precision (at least 10 of them). */
function thresholdFor(ps: Prediction[], target: number, pick: (x: Prediction) => boolean): number | null {
  const sorted = ps.filter(pick).sort((x, y) => y.p - x.p);
  let right = 0;
  let best: number | null = null;
  sorted.forEach((x, i) => {
    right += x.right ? 1 : 0;
    if (i + 1 >= 10 && right / (i + 1) >= target && (sorted[i + 1]?.p ?? -1) < x.p) best = x.p;
  });
  return best;
}

function counts(ps: Prediction[], t: number | null) {
  if (t === null) return ["not reached", "-", "-", "-", "-", "-", "-"];
  const on = ps.filter((x) => x.p >= t);
  const right = on.filter((x) => x.right);
  const fresh = on.filter((x) => x.isNew);
  const freshRight = fresh.filter((x) => x.right);
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  return [t.toFixed(3), on.length, `${right.length} (${pct(right.length, on.length)})`, fresh.length, `${freshRight.length} (${pct(freshRight.length, fresh.length)})`, on.filter((x) => x.absent).length, fresh.filter((x) => x.absent).length];
}
const HEADER = ["threshold", "predicted", "match a fact", "new (not linked by the rules)", "new matching a fact", "on must-not-link pairs", "new on must-not-link"];

// ---- tune half: train on even pages, out-of-fold scores on even pages for thresholds, test on odd pages
const tune = half("tune");
const even = tune.candidates.filter((c) => isEven(c.file));
const odd = tune.candidates.filter((c) => !isEven(c.file));
const labels = ["NONE", ...new Set(even.map((c) => c.label).filter((l) => l !== "NONE"))].sort();
const evenFiles = [...new Set(even.map((c) => c.file))].sort();
const oof: Prediction[] = [];
for (let k = 0; k < FOLDS; k++) {
  const held = new Set(evenFiles.filter((_, i) => i % FOLDS === k));
  const model = fit(even.filter((c) => !held.has(c.file)), labels);
  oof.push(...predict(model, even.filter((c) => held.has(c.file)), tune.gold, tune.absentPairs));
}
const model = fit(even, labels);
const oddPred = predict(model, odd, tune.gold, tune.absentPairs);

log(`pair classifier: ${labels.length - 1} relation classes, pipeline-link features ${NO_PIPE ? "left out" : "used"}, unlabelled negatives weighted ${WEAK}, ${FOLDS} page folds on even pages`);
const describe = (name: string, cs: Candidate[]) => [name, cs.length, cs.filter((c) => c.gap === 0).length, cs.filter((c) => c.label !== "NONE").length, cs.filter((c) => c.label !== "NONE" && c.gap === 0).length, cs.filter((c) => tune.absentPairs.has(pairKey(c))).length, cs.filter((c) => c.piped.size > 0).length];
table(["tune pages", "candidates", "one sentence", "fact-positive", "fact-positive, one sentence", "must-not-link", "linked by the rules"], [describe("even (train)", even), describe("odd (test)", odd)]);

for (const [scope, pick] of [["all predicted pairs", () => true], ["new links only", (x: Prediction) => x.isNew]] as const) {
  const ts = TARGETS.map((t) => thresholdFor(oof, t, pick));
  log(`\nthresholds chosen on out-of-fold even pages for precision against the facts over ${scope}: ${TARGETS.map((t, i) => `${t} → ${ts[i]?.toFixed(3) ?? "not reached"}`).join(", ")}`);
  table(["pages", "target", ...HEADER], TARGETS.flatMap((target, i) => [
    ["even (out of fold)", target, ...counts(oof, ts[i]!)],
    ["odd (held out)", target, ...counts(oddPred, ts[i]!)],
  ]));
  if (scope === "all predicted pairs") (globalThis as { chosen?: Array<number | null> }).chosen = ts;
}
const chosen = (globalThis as { chosen?: Array<number | null> }).chosen!;
// Precision by threshold on odd pages, whatever the even pages chose (the curve, counts only).
const CURVE = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
table(["odd threshold", ...HEADER.slice(1)], CURVE.map((t) => counts(oddPred, t).map((v, i) => (i === 0 ? t : v))));

log(`\nstrongest features per class (top 6):`);
for (const l of labels.filter((x) => x !== "NONE")) log(`  ${l}: ${model.strongest(l, 6).map(([f, w]) => `${f} ${w.toFixed(2)}`).join(", ")}`);

if (process.argv.includes("--validate")) {
  const v = half("validate");
  const vp = predict(model, v.candidates, v.gold, v.absentPairs);
  log(`\nvalidate half (counts only): ${v.files.length} pages, ${v.candidates.length} candidates, ${v.candidates.filter((c) => c.label !== "NONE").length} fact-positive, ${v.absentPairs.size} must-not-link pairs among them`);
  table(["target", ...HEADER], TARGETS.map((target, i) => [target, ...counts(vp, chosen[i]!)]));
  table(["validate threshold", ...HEADER.slice(1)], CURVE.map((t) => counts(vp, t).map((v, i) => (i === 0 ? t : v))));
} else {
  // New links at the 0.9 threshold; when there are fewer than the sample, the most confident new links instead.
  const fresh = oof.filter((x) => x.isNew).sort((x, y) => y.p - x.p);
  const at = chosen[1];
  const above = at === null ? [] : fresh.filter((x) => x.p >= at);
  const pool = (above.length >= SAMPLE ? above : fresh.slice(0, SAMPLE)).sort((x, y) => pairKey(x.c).localeCompare(pairKey(y.c)));
  log(`\nsample of ${Math.min(SAMPLE, pool.length)} out-of-fold new links on EVEN pages (${above.length} at the 0.9 threshold ${at?.toFixed(3) ?? "-"}; ${above.length >= SAMPLE ? "sampled from them" : `the ${pool.length} most confident instead, p >= ${pool.reduce((m, x) => Math.min(m, x.p), 1).toFixed(3)}`}; seed 34), to judge:`);
  for (const x of sampleWithoutReplacement(pool, SAMPLE, 34)) {
    const [src, tgt] = x.cls.endsWith("<") ? [x.c.b, x.c.a] : [x.c.a, x.c.b];
    log(`- ${x.c.file}: ${src.name} -${x.cls.slice(0, -1)}-> ${tgt.name}  p=${x.p.toFixed(2)} fact=${x.right ? "right" : x.absent ? "MUST-NOT" : "none"}`);
    log(`    "${x.c.evidence.replace(/\s+/g, " ").slice(0, 320)}"`);
  }
}
