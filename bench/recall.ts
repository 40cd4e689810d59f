/**
 * Recall, false links and precision of the real ingest pipeline, on two dev sets:
 *   corpus  – data/corpus against test/fixtures/facts.json (halves: `split` on a fact, else test/fixtures/split.json);
 *   unseen  – test/fixtures/unseen/*.txt against test/fixtures/unseen/{facts,entities}.json (halves: manifest.json).
 * Each set's graph is built in memory by buildGraphs, separately. Per slice
 * (corpus/tune, corpus/validate, unseen/tune, unseen/validate, and one unseen/sealed-rN
 * per sealed round: the documents of the validate half that the manifest marks as sealed
 * round N, also counted in unseen/validate) it prints entity
 * recall, pair recall (either type, either direction), typed recall (right type
 * and direction), by relation type, and the false-link rate on `absent` facts;
 * then precision from every judged sample in test/fixtures/judged/.
 *
 *   npm run bench:recall                # figures
 *   npm run bench:recall -- --misses    # also list the TUNE half's misses (never the validate half's)
 *
 * The validate half is for reporting only: tune extraction rules on the tune half. See bench/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { splitOf, type ExpectedEntity, type Fact, type FormsOf, type Split, type SplitRule } from "./lib/devsetMatch.js";
import { readJudged } from "./lib/judged.js";
import { ENTITY_GROUPS } from "./lib/entityGroups.js";
import { evaluate } from "./lib/evaluateSet.js";
import { recallSlices, sliceFigures, sliceOutcomes } from "./lib/recallSlices.js";
import { currentCommit, runPipeline } from "./lib/pipelineRun.js";
import { log, table } from "./lib/table.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const CORPUS_FACTS = arg("facts", "test/fixtures/facts.json");
const SPLIT = arg("split", "test/fixtures/split.json");
const UNSEEN = arg("unseen", "test/fixtures/unseen");
const JUDGED = arg("judged", "test/fixtures/judged");
const SHOW_MISSES = process.argv.includes("--misses");

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
const frac = (n: number, d: number) => `${n}/${d} ${pct(n, d)}`;
const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

const catalog = defaultCatalog();
const formsOf: FormsOf = (id) => {
  const e = catalog.byId.get(id);
  return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f) : [];
};

// ---- the two sets
const splitRule = readJson<SplitRule>(SPLIT);
const corpusFacts = readJson<Fact[]>(CORPUS_FACTS);
const corpus = evaluate("corpus", runPipeline(["data/corpus"]), corpusFacts, (f) => splitOf(f, splitRule), null, formsOf);

interface Manifest {
  documents: Array<{ file: string; title: string; shape: string; split: Split; sources: string[]; sealed?: string }>;
}
const manifest = readJson<Manifest>(join(UNSEEN, "manifest.json"));
const docSplit = new Map(manifest.documents.map((d) => [d.file, d.split]));
const unseenFacts = readJson<Fact[]>(join(UNSEEN, "facts.json"));
const unseenEntities = readJson<ExpectedEntity[]>(join(UNSEEN, "entities.json")).map((e) => ({ ...e, split: docSplit.get(e.file) }));
const unseen = evaluate(
  "unseen",
  runPipeline(manifest.documents.map((d) => join(UNSEEN, d.file))),
  unseenFacts,
  // The manifest decides; a fact's own `split` must agree with it (the fixture test checks that too).
  (f) => docSplit.get(f.file) ?? null,
  unseenEntities,
  formsOf,
);

// ---- report
const commit = currentCommit();
log(`bench:recall at ${commit}`);
for (const s of [corpus, unseen]) {
  log(
    `${s.name}: ${s.run.sources.length} files, extraction ${(s.run.ms / 1000).toFixed(2)} s, ${s.entityCount} entities, ${s.relationCount} distinct relations; ` +
      `${s.outcomes.length} facts, ${s.absent.length} absent facts, ${s.entities.length} expected entities`,
  );
  for (const e of s.run.errors) log(`  read error: ${e}`);
  if (s.quoteMissing.length) log(`  warning: ${s.quoteMissing.length} fixture quotes not found in their file: ${s.quoteMissing.map((f) => `${f.file}: "${oneLine(f.quote, 60)}"`).join(" | ")}`);
  if (s.unassigned.length) log(`  warning: ${s.unassigned.length} facts belong to no half (no split, and split.json does not place their file/chapter); left out`);
}
log();

const SLICES = recallSlices(corpus, unseen, manifest.documents);
const figures = new Map(SLICES.map((slice) => [slice[0], sliceFigures(slice)]));

log("RECALL AND FALSE LINKS (validate = the honest estimate; tune rules on tune only)");
table(
  ["slice", "entities found", "right kind", "facts", "both ends in graph", "pair (any type/dir)", "typed (type+dir)", "typed, in its file", "typed with its year", "absent", "false links (typed)", "any link"],
  [...figures.entries()].map(([label, f]) => [
    label,
    frac(f.entitiesFound, f.entities),
    pct(f.kindRight, f.entities),
    f.facts,
    frac(f.endsFound, f.facts),
    frac(f.pair, f.facts),
    frac(f.typed, f.facts),
    pct(f.typedInFile, f.facts),
    f.withYear ? frac(f.yearRight, f.withYear) : "-",
    f.absent,
    f.absent ? frac(f.falseLinks, f.absent) : "-",
    f.absent ? pct(f.anyLinks, f.absent) : "-",
  ]),
);
log();

log("BY RELATION TYPE: pair% / typed% (facts)");
const types = [...new Set([...corpus.outcomes, ...unseen.outcomes].map((o) => o.fact.type))].sort();
table(
  ["type", ...SLICES.map(([l]) => l)],
  types.map((t) => [
    t,
    ...SLICES.map((slice) => {
      const o = sliceOutcomes(slice).facts.filter((x) => x.fact.type === t);
      return o.length ? `${pct(o.filter((x) => x.pair).length, o.length)} / ${pct(o.filter((x) => x.typed).length, o.length)} (${o.length})` : "-";
    }),
  ]),
);
log();

log("ENTITIES FOUND BY KIND: found/expected");
table(
  ["kind", ...SLICES.map(([l]) => l)],
  ENTITY_GROUPS.map(([label, test]) => [
    label,
    ...SLICES.map((slice) => {
      const e = sliceOutcomes(slice).entities.filter((x) => test(x.expected));
      return e.length ? `${e.filter((x) => x.found).length}/${e.length}` : "-";
    }),
  ]),
);
log();

log("UNSEEN DOCUMENTS: per-document totals");
table(
  ["document", "half", "entities", "facts", "pair", "typed", "false links"],
  manifest.documents.map((d) => {
    const o = unseen.outcomes.filter((x) => x.fact.file === d.file);
    const e = unseen.entities.filter((x) => x.expected.file === d.file);
    const a = unseen.absent.filter((x) => x.fact.file === d.file);
    return [d.file, d.split, frac(e.filter((x) => x.found).length, e.length), o.length, pct(o.filter((x) => x.pair).length, o.length), pct(o.filter((x) => x.typed).length, o.length), `${a.filter((x) => x.typed).length}/${a.length}`];
  }),
);
log();

// ---- precision from judged samples
const judged = readJudged(JUDGED);
log(`PRECISION from judged samples in ${JUDGED}/`);
for (const e of judged.errors) log(`  error: ${e}`);
if (!judged.summaries.length) log("  none yet: draw one with npm run bench:sample and judge it (bench/README.md)");
else {
  const verdicts = (m: Map<string, number>) => [...m.entries()].filter(([v]) => v !== "right").map(([v, n]) => `${v} ${n}`).join(", ") || "-";
  table(
    ["sample", "seed", "commit", "relations right", "other verdicts", "entities right", "other verdicts"],
    judged.summaries.map((s) => [
      s.file.split("/").pop()!,
      s.seed,
      s.commit.slice(0, 10),
      `${frac(s.relations.right, s.relations.judged)} (${s.relations.judged} of ${s.relations.drawn} judged)`,
      verdicts(s.relations.byVerdict),
      `${frac(s.entities.right, s.entities.judged)} (${s.entities.judged} of ${s.entities.drawn} judged)`,
      verdicts(s.entities.byVerdict),
    ]),
  );
  if (judged.summaries.some((s) => !commit.startsWith(s.commit.replace("+dirty", "")))) log("  note: a sample drawn at another commit judges that commit's graph, not this one");
}
log();

// ---- misses, tune half only
if (SHOW_MISSES) {
  for (const set of [corpus, unseen]) {
    const missed = set.outcomes.filter((o) => o.split === "tune" && !o.typed);
    log(`${set.name}/tune MISSED (${missed.length}); validate misses are never listed`);
    for (const o of missed) {
      const f = o.fact;
      const end = (side: "source" | "target") => `${f[side] ?? f[`${side}Name`]}${(side === "source" ? o.sourceIds : o.targetIds).size ? "" : " [not in graph]"}`;
      const near = o.found.length ? `  ~ extracted as ${o.found.map((h) => `${h.type}${o.sourceIds.has(h.sourceId) ? "" : " (reversed)"}`).join(", ")}` : "";
      log(`  - ${f.type} ${end("source")} -> ${end("target")}  (${f.chapter ?? f.file})${near}`);
      log(`      "${oneLine(f.quote, 150)}"`);
    }
    // Absent pairs of tune pages that some relation links (the "any link" column), to read against their page.
    const linkedAbsent = set.absent.filter((o) => o.split === "tune" && o.pair);
    if (linkedAbsent.length) log(`  absent pairs linked (${linkedAbsent.length}):`);
    for (const o of linkedAbsent) log(`  ! ${o.fact.source ?? o.fact.sourceName} -> ${o.fact.target ?? o.fact.targetName} as ${o.found.map((h) => h.type).join(", ")}  (${o.fact.chapter ?? o.fact.file})`);
    const entMissed = set.entities.filter((e) => e.split === "tune" && !e.found);
    if (entMissed.length) log(`  entities not found (${entMissed.length}): ${entMissed.map((e) => `${e.expected.name} [${e.expected.file}]`).join("; ")}`);
    log();
  }
}

mkdirSync("bench/results", { recursive: true });
const out = join("bench/results", `recall-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(out, JSON.stringify({ commit, slices: Object.fromEntries(figures), judged: judged.summaries.map((s) => ({ ...s, relations: { ...s.relations, byVerdict: Object.fromEntries(s.relations.byVerdict) }, entities: { ...s.entities, byVerdict: Object.fromEntries(s.entities.byVerdict) } })) }, null, 1));
log(`figures written to ${out}`);
