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
 * Usage: npx tsx bench/pairModelTrial.ts [--sample 20] [--threshold 0.5] [--weak 0.3] [--no-pipe] [--only kA:,kB:,kinds:] [--epochs 300 --rate 4 --l2 0.0005]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { analyse } from "../ingest/core/analysis.js";
import { splitSentences } from "../ingest/core/sentences.js";
import type { DocumentGraph, EntityRecord } from "../ingest/core/types.js";
import { RELATION_TYPE_NAMES, SYMMETRIC_RELATION_TYPES, allowsEndpoints } from "../src/ontology/ontology.js";
import type { ExpectedEntity, Fact, FormsOf, Split } from "./lib/devsetMatch.js";
import { evaluate } from "./lib/evaluateSet.js";
import { runPipeline } from "./lib/pipelineRun.js";
import { sampleWithoutReplacement } from "./lib/prng.js";
import { SoftmaxRegression, type TrainingRow } from "./lib/softmaxRegression.js";
import { log, table } from "./lib/table.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const UNSEEN = "test/fixtures/unseen";
const SAMPLE = Number(arg("sample", "20"));
const SAMPLE_AT = Number(arg("threshold", "0.5"));
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

// ---- candidates
interface Occurrence { passage: number; sentence: number; start: number; end: number }
interface Candidate {
  file: string;
  a: EntityRecord;
  b: EntityRecord;
  features: string[];
  evidence: string;
  label: string;
  strong: boolean;
  /** The pipeline's relations between the two, as classes ("T>" / "T<"). */
  piped: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const kindsMeet = (x: EntityRecord, y: EntityRecord) => RELATION_TYPE_NAMES.some((t) => allowsEndpoints(t, x.kind, y.kind) || allowsEndpoints(t, y.kind, x.kind));
const classOf = (type: string, sourceIsA: boolean) => (SYMMETRIC_RELATION_TYPES.has(type) ? `${type}=` : `${type}${sourceIsA ? ">" : "<"}`);
const bucket = (n: number, edges: number[]) => {
  const edge = edges.find((e) => n <= e);
  return edge === undefined ? `>${edges.at(-1)}` : `<=${edge}`;
};

/** Every non-overlapping place an entity is named in a text (longest names win). */
function occurrences(text: string, entities: EntityRecord[]): Array<{ id: string; start: number; end: number }> {
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (const e of entities) {
    for (const form of new Set([e.name, e.acronym, ...e.aliases])) {
      if (!form || form.length < 2) continue;
      const caseless = form !== e.acronym && form.length > 4;
      for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, caseless ? "gi" : "g"))) found.push({ id: e.id, start: m.index!, end: m.index! + m[0].length });
    }
  }
  found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((x, y) => x.start - y.start);
}

/** Where each entity is named on each page (passage, sentence): to say why a fact is no candidate. */
const namedAt = new Map<string, Map<string, Array<[number, number]>>>();

function candidatesOf(g: DocumentGraph): Candidate[] {
  const named = new Map<string, Array<[number, number]>>();
  namedAt.set(g.document.source, named);
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const piped = new Map<string, Set<string>>();
  for (const r of g.relations) {
    for (const [x, y, cls] of [[r.sourceId, r.targetId, classOf(r.type, true)], [r.targetId, r.sourceId, classOf(r.type, false)]] as const) {
      const set = piped.get(`${x}|${y}`) ?? new Set<string>();
      set.add(cls);
      piped.set(`${x}|${y}`, set);
    }
  }
  const best = new Map<string, Candidate & { rank: number }>();
  g.passages.forEach((p, pi) => {
    const sentences = splitSentences({ text: p.text, offsets: Int32Array.from({ length: p.text.length }, (_, i) => i) });
    const occ = occurrences(p.text, g.entities).map((o): Occurrence & { id: string } => ({ ...o, passage: pi, sentence: Math.max(0, sentences.findIndex((s) => o.start < s.localEnd)) }));
    for (const o of occ) named.set(o.id, [...(named.get(o.id) ?? []), [pi, o.sentence]]);
    for (let i = 0; i < occ.length; i++) {
      for (let j = i + 1; j < occ.length; j++) {
        const x = occ[i]!;
        const y = occ[j]!;
        if (x.id === y.id || y.sentence - x.sentence > 2) continue;
        const a = byId.get(x.id)!;
        const b = byId.get(y.id)!;
        if (!kindsMeet(a, b)) continue;
        const key = [a.id, b.id].sort().join("|");
        const rank = (y.sentence - x.sentence) * 10_000 + (y.start - x.end);
        if ((best.get(key)?.rank ?? Infinity) <= rank) continue;
        const from = sentences[x.sentence]!.localStart;
        const to = sentences[y.sentence]!.localEnd;
        const pipedHere = piped.get(`${a.id}|${b.id}`) ?? new Set<string>();
        best.set(key, { rank, file: g.document.source, a, b, piped: pipedHere, label: "NONE", strong: false, evidence: p.text.slice(from, to), features: features(p, p.text, x, y, a, b, pipedHere) });
      }
    }
  });
  return [...best.values()].map(({ rank: _r, ...c }) => c);
}

function features(p: DocumentGraph["passages"][number], text: string, x: Occurrence, y: Occurrence, a: EntityRecord, b: EntityRecord, piped: Set<string>): string[] {
  const out = [`kA:${a.kind}`, `kB:${b.kind}`, `kinds:${a.kind}>${b.kind}`, `sent:${y.sentence - x.sentence}`, `block:${p.kind}`];
  const between = analyse(text, x.end, y.start).tokens;
  out.push(`tok:${bucket(between.length, [0, 2, 5, 10, 20])}`);
  for (const t of between) {
    if (t.pos === "VERB" || t.pos === "AUX") out.push(`v:${t.lemma}`, `v:${t.lemma}|${a.kind}>${b.kind}`);
    if (t.pos === "ADP") out.push(`p:${t.lemma}`);
    if (t.negated) out.push("negated");
  }
  const lastVerb = between.findLast((t) => t.pos === "VERB");
  if (lastVerb) out.push(`lastV:${lastVerb.lemma}`);
  const listy = between.length > 0 && between.every((t) => t.pos === "PROPN" || t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "NOUN" || t.pos === "DET");
  if (listy && between.some((t) => t.text === "," || t.pos === "CCONJ")) out.push("list");
  for (const w of (p.section ?? "").toLowerCase().match(/[a-z]{3,}/g) ?? []) out.push(`h:${w}`);
  const label = /^([^:\n]{2,40}):/.exec(text)?.[1];
  for (const w of label?.toLowerCase().match(/[a-z]{3,}/g) ?? []) out.push(`l:${w}`);
  out.push(...(piped.size ? [...piped].map((c) => `pipe:${c}`) : ["pipe:none"]));
  return out;
}

// ---- labels from gold (ends matched as bench:recall matches them)
const candidates = run.graphs.flatMap(candidatesOf);
const byFile = new Map<string, Candidate[]>();
for (const c of candidates) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
const gold = new Map<string, Set<string>>();
for (const o of scored.outcomes) {
  for (const c of byFile.get(o.fact.file) ?? []) {
    let cls: string | null = null;
    if (o.sourceIds.has(c.a.id) && o.targetIds.has(c.b.id)) cls = classOf(o.fact.type, true);
    else if (o.sourceIds.has(c.b.id) && o.targetIds.has(c.a.id)) cls = classOf(o.fact.type, false);
    if (!cls) continue;
    const key = `${c.file}|${c.a.id}|${c.b.id}`;
    gold.set(key, (gold.get(key) ?? new Set()).add(cls));
    if (c.label === "NONE") c.label = cls;
    c.strong = true;
  }
}
const absentPairs = new Set<string>();
for (const o of scored.absent) {
  for (const c of byFile.get(o.fact.file) ?? []) {
    const named = (o.sourceIds.has(c.a.id) && o.targetIds.has(c.b.id)) || (o.sourceIds.has(c.b.id) && o.targetIds.has(c.a.id));
    if (!named) continue;
    absentPairs.add(`${c.file}|${c.a.id}|${c.b.id}`);
    if (c.label === "NONE") c.strong = true;
  }
}

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

const pool = predictions.filter((x) => x.p >= SAMPLE_AT).sort((x, y) => `${x.c.file}|${x.c.a.id}|${x.c.b.id}`.localeCompare(`${y.c.file}|${y.c.a.id}|${y.c.b.id}`));
log(`\nsample of ${Math.min(SAMPLE, pool.length)} new links at threshold ${SAMPLE_AT} (seed 27), to judge against their sentences:`);
for (const x of sampleWithoutReplacement(pool, SAMPLE, 27)) {
  const [src, tgt] = x.cls.endsWith("<") ? [x.c.b, x.c.a] : [x.c.a, x.c.b];
  log(`- ${x.c.file}: ${src.name} -${x.cls.slice(0, -1)}-> ${tgt.name}  p=${x.p.toFixed(2)} gold=${x.right ? "right" : x.absent ? "ABSENT" : "no"}`);
  log(`    "${x.c.evidence.replace(/\s+/g, " ").slice(0, 300)}"`);
}
