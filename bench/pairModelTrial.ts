/**
 * A measured trial of a learned pair decision (a spike: nothing here enters the pipeline).
 *
 * Measures whether a small multinomial logistic regression over candidate entity pairs, trained on the
 * EVEN-numbered tune pages of the unseen dev set, adds correct typed relations on the ODD-numbered tune pages.
 * Only tune pages are read: the manifest's `split` is applied before anything else, and validate pages, their
 * facts and entities are never loaded.
 *
 *   candidates – per page, pairs of the page's graph entities that some relation type allows (either order),
 *                both named (name, acronym or alias) in one block within two sentences of each other;
 *   labels     – a gold fact (facts.json, its ends matched as bench:recall matches them) of type T between the
 *                pair gives the class "T>" (first-named end is the source) or "T<"; an `absent` fact naming the
 *                pair, or (weaker, noisy) no gold fact at all, gives "NONE";
 *   features   – kinds and their order, sentence and token distance, lemmas of verbs and prepositions between
 *                the ends, words of the section heading and of a "Label:" lead, a list joining them, and the
 *                pipeline's own link between them (with its type);
 *   test       – on odd pages, predictions above a threshold that the pipeline does not already hold typed:
 *                how many unmatched gold facts they find (typed recall gain), their precision against gold
 *                (a lower bound: gold lists only some links), and how many `absent` pairs they link.
 *
 * Usage: npx tsx bench/pairModelTrial.ts [--weak 0.3] [--no-pipe] [--only kA:,kB:,kinds:] [--epochs 300 --rate 4 --l2 0.0005]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import type { ExpectedEntity, Fact, FormsOf, Split } from "./lib/devsetMatch.js";
import { evaluate } from "./lib/evaluateSet.js";
import { type Candidate, type NamedAt, candidatesOf, labelCandidates } from "./lib/pairCandidates.js";
import { runPipeline } from "./lib/pipelineRun.js";
import { SoftmaxRegression, type TrainingRow } from "./lib/softmaxRegression.js";
import { log, table } from "./lib/table.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const UNSEEN = "test/fixtures/unseen";
const WEAK_NEGATIVE = Number(arg("weak", "0.3"));
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

// ---- tune pages only, before anything else
interface Manifest { documents: Array<{ file: string; split: Split }> }
const tuneFiles = readJson<Manifest>(join(UNSEEN, "manifest.json")).documents.filter((d) => d.split === "tune").map((d) => d.file);
const tune = new Set(tuneFiles);
const facts = readJson<Fact[]>(join(UNSEEN, "facts.json")).filter((f) => tune.has(f.file));
const expected = readJson<ExpectedEntity[]>(join(UNSEEN, "entities.json")).filter((e) => tune.has(e.file)).map((e) => ({ ...e, split: "tune" as const }));
const isEven = (file: string) => Number(/^u(\d+)/.exec(file)![1]) % 2 === 0;

const catalog = defaultCatalog();
const formsOf: FormsOf = (id) => {
  const e = catalog.byId.get(id);
  return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f) : [];
};
const run = runPipeline(tuneFiles.map((f) => join(UNSEEN, f)));
const scored = evaluate("unseen", run, facts, () => "tune", expected, formsOf);

// ---- candidates (bench/lib/pairCandidates.ts)
/** Where each entity is named on each page (passage, sentence): to say why a fact is no candidate. */
const namedAt = new Map<string, NamedAt>();
const candidates = run.graphs.flatMap((g) => {
  const named: NamedAt = new Map();
  namedAt.set(g.document.source, named);
  return candidatesOf(g, named);
});
const { byFile, gold, absentPairs } = labelCandidates(candidates, scored);

// ---- train on even pages, test on odd pages
const train = candidates.filter((c) => isEven(c.file));
const test = candidates.filter((c) => !isEven(c.file));
const labels = ["NONE", ...new Set(train.map((c) => c.label).filter((l) => l !== "NONE"))].sort();
// Ablations: leave out the pipeline's own links (--no-pipe), or keep only the named feature families (--only kA:,kB:,kinds:).
const NO_PIPE = process.argv.includes("--no-pipe");
const ONLY = arg("only", "").split(",").filter(Boolean);
const used = (c: Candidate) => c.features.filter((f) => !(NO_PIPE && f.startsWith("pipe:")) && (!ONLY.length || ONLY.some((o) => f.startsWith(o))));
const rows: TrainingRow[] = train.map((c) => ({ features: used(c), label: c.label, weight: c.label === "NONE" && !c.strong ? WEAK_NEGATIVE : 1 }));
const model = new SoftmaxRegression(labels);
model.train(rows, { epochs: Number(arg("epochs", "300")), rate: Number(arg("rate", "4")), l2: Number(arg("l2", "0.0005")) });

const trainLoss = rows.reduce((s, r) => s - (r.weight ?? 1) * Math.log(model.predict(r.features)[labels.indexOf(r.label)]!), 0) / rows.reduce((s, r) => s + (r.weight ?? 1), 0);
log(`model: ${labels.length} classes, pipeline features ${NO_PIPE ? "left out" : "used"}${ONLY.length ? `, only ${ONLY.join(" ")}` : ""}, weighted training log-loss ${trainLoss.toFixed(3)}`);
const count = (cs: Candidate[], f: (c: Candidate) => boolean) => cs.filter(f).length;
log(`tune pages ${tuneFiles.length} (even ${tuneFiles.filter(isEven).length}, odd ${tuneFiles.filter((f) => !isEven(f)).length}); candidates ${candidates.length}`);
table(
  ["half", "candidates", "gold-positive", "absent-named", "weak NONE", "pipeline-linked"],
  [["even (train)", train], ["odd (test)", test]].map(([name, cs]) => {
    const list = cs as Candidate[];
    return [name as string, list.length, count(list, (c) => c.label !== "NONE"), count(list, (c) => absentPairs.has(`${c.file}|${c.a.id}|${c.b.id}`)), count(list, (c) => c.label === "NONE" && !c.strong), count(list, (c) => c.piped.size > 0)];
  }),
);
const oddOutcomes = scored.outcomes.filter((o) => !isEven(o.fact.file));
const candidateOf = (o: (typeof oddOutcomes)[number]) => (byFile.get(o.fact.file) ?? []).find((c) => (o.sourceIds.has(c.a.id) && o.targetIds.has(c.b.id)) || (o.sourceIds.has(c.b.id) && o.targetIds.has(c.a.id)));
for (const [name, even] of [["even", true], ["odd", false]] as const) {
  const os = scored.outcomes.filter((o) => isEven(o.fact.file) === even);
  const untyped = os.filter((o) => !o.typed);
  log(`${name} pages: ${os.length} gold facts, ${os.length - untyped.length} typed by the pipeline; of the ${untyped.length} untyped, ${untyped.filter((o) => o.endsFound).length} have both ends in the graph and ${untyped.filter((o) => candidateOf(o)).length} are a candidate pair (the ceiling of this trial)`);
}
/** Why an untyped fact whose ends are in the graph is no candidate pair. */
const whyNot = (o: (typeof oddOutcomes)[number]) => {
  const named = namedAt.get(o.fact.file)!;
  const at = (ids: Set<string>) => [...ids].flatMap((id) => named.get(id) ?? []);
  const [s, t] = [at(o.sourceIds), at(o.targetIds)];
  if (!s.length || !t.length) return "an end is not named in any passage (heading, title or another form)";
  if (!s.some(([p]) => t.some(([q]) => p === q))) return "named only in different blocks";
  return "same block, more than two sentences apart";
};
const reasons = new Map<string, number>();
for (const o of scored.outcomes.filter((x) => !x.typed && x.endsFound && !candidateOf(x))) reasons.set(whyNot(o), (reasons.get(whyNot(o)) ?? 0) + 1);
log(`untyped facts (both halves) with both ends in the graph but no candidate pair: ${[...reasons].map(([r, n]) => `${n} ${r}`).join("; ")}`);
const open = test.filter((c) => c.piped.size === 0);
log(`odd candidates the pipeline does not link at all: ${open.length}, of which gold-positive ${count(open, (c) => c.label !== "NONE")} (the base rate a guess would reach)`);

interface Prediction { c: Candidate; cls: string; p: number; right: boolean; absent: boolean }
const predictions: Prediction[] = [];
for (const c of test) {
  const probs = model.predict(used(c));
  let k = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[k]!) k = i;
  const cls = labels[k]!;
  if (cls === "NONE" || c.piped.has(cls)) continue;
  const key = `${c.file}|${c.a.id}|${c.b.id}`;
  predictions.push({ c, cls, p: probs[k]!, right: gold.get(key)?.has(cls) ?? false, absent: absentPairs.has(key) });
}
table(
  ["threshold", "new links", "right vs gold", "precision (lower bound)", "on absent pairs", "typed gain (odd)", "pages moved"],
  THRESHOLDS.map((t) => {
    const ps = predictions.filter((x) => x.p >= t);
    const right = ps.filter((x) => x.right);
    return [t, ps.length, right.length, ps.length ? `${((100 * right.length) / ps.length).toFixed(1)}%` : "-", ps.filter((x) => x.absent).length, gainOf(ps), new Set(right.map((x) => x.c.file)).size];
  }),
);

/** Untyped gold facts on odd pages that some prediction now states with the fact's type and direction. */
function gainOf(ps: Prediction[]): string {
  const n = oddOutcomes.filter((o) => !o.typed && ps.some((x) => x.right && x.c.file === o.fact.file && factHolds(o, x))).length;
  return `+${n} (${oddOutcomes.filter((o) => o.typed).length} → ${oddOutcomes.filter((o) => o.typed).length + n} of ${oddOutcomes.length})`;
}
function factHolds(o: (typeof oddOutcomes)[number], x: Prediction): boolean {
  const type = x.cls.slice(0, -1);
  if (type !== o.fact.type) return false;
  const [src, tgt] = x.cls.endsWith("<") ? [x.c.b, x.c.a] : [x.c.a, x.c.b];
  return (o.sourceIds.has(src.id) && o.targetIds.has(tgt.id)) || (x.cls.endsWith("=") && o.sourceIds.has(tgt.id) && o.targetIds.has(src.id));
}

log(`\nstrongest features per class (top 5):`);
for (const l of labels.filter((x) => x !== "NONE")) log(`  ${l}: ${model.strongest(l, 5).map(([f, w]) => `${f} ${w.toFixed(2)}`).join(", ")}`);

// No sample of odd-page links is printed: odd tune pages are held out (counts only). bench/learn/pairClassifier.ts
// prints out-of-fold links on even pages to judge.
