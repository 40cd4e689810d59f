/**
 * Draws a seeded random sample of the corpus graph for a judge to read.
 *
 *   npm run bench:sample -- --seed 7 --relations 100 --entities 60 --out test/fixtures/judged/<name>.json
 *
 * Relations are the distinct (type, source, target) triples the pipeline
 * extracts from data/corpus, sorted by relation id; entities are the distinct
 * entity ids of all documents, sorted by id. Each list is sampled without
 * replacement with mulberry32(seed), so the same seed at the same commit
 * draws the same items. Every item is written with an empty `verdict` for the
 * judge (see bench/README.md for the verdicts and how to judge).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Command } from "commander";
import type { DocumentGraph, EntityRecord, RelationRecord } from "../ingest/core/types.js";
import { ENTITY_VERDICTS, RELATION_VERDICTS, type JudgedSample, type SampledEntity, type SampledRelation } from "./lib/judged.js";
import { currentCommit, runPipeline } from "./lib/pipelineRun.js";
import { sampleWithoutReplacement } from "./lib/prng.js";
import { samplePaths } from "./lib/samplePaths.js";

const program = new Command()
  .name("bench:sample")
  .requiredOption("--seed <n>", "PRNG seed (integer)", (v) => {
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`--seed must be an integer, got "${v}"`);
    return n;
  })
  .option("--relations <n>", "relations to draw", (v) => Number(v), 100)
  .option("--entities <n>", "entities to draw", (v) => Number(v), 60)
  .requiredOption("--out <file>", "where to write the sample (e.g. test/fixtures/judged/<name>.json)")
  .option("--corpus <paths...>", "documents to build the graph from", ["data/corpus"])
  .option("--include-sealed", "also draw from sealed rounds' pages (by default a dev-set folder's sealed pages are left out)", false)
  .option("--force", "overwrite an existing file (it may hold verdicts)", false);
program.parse();
const opts = program.opts<{ seed: number; relations: number; entities: number; out: string; corpus: string[]; includeSealed: boolean; force: boolean }>();
if (existsSync(opts.out) && !opts.force) {
  console.error(`${opts.out} exists and may hold a judge's verdicts; pick another name or pass --force`);
  process.exit(2);
}

const drawn = samplePaths(opts.corpus, opts.includeSealed);
if (drawn.sealedLeftOut) console.error(`left out ${drawn.sealedLeftOut} sealed pages (--include-sealed to draw from them)`);
const run = runPipeline(drawn.paths);
for (const e of run.errors) console.error(`read error: ${e}`);

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const docSource = new Map(run.graphs.map((g) => [g.document.id, g.document.source]));

// ---- population: distinct relations (evidence merged over documents) and distinct entities
const relations = new Map<string, { rel: RelationRecord; evidence: SampledRelation["evidence"] }>();
const entities = new Map<string, EntityRecord>();
for (const g of run.graphs) {
  for (const e of g.entities) entities.set(e.id, e);
  for (const r of g.relations) {
    const item = relations.get(r.id) ?? { rel: r, evidence: [] };
    for (const ev of r.evidence) item.evidence.push({ document: docSource.get(ev.documentId) ?? ev.documentId, section: ev.section, text: oneLine(ev.text) });
    relations.set(r.id, item);
  }
}
const name = (id: string) => entities.get(id)?.name ?? id;

/** The sentence of the entity's first mention, or else the evidence of a relation it is an end of. */
function mentionOf(e: EntityRecord, graphs: DocumentGraph[]): SampledEntity["mention"] {
  const forms = [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f).sort((a, b) => b.length - a.length);
  for (const g of graphs) {
    for (const m of g.mentions) {
      if (m.entityId !== e.id) continue;
      const p = g.passages.find((x) => x.id === m.passageId);
      if (!p) continue;
      const lower = p.text.toLowerCase();
      const at = forms.map((f) => lower.indexOf(f.toLowerCase())).find((i) => i >= 0) ?? -1;
      if (at < 0) return { document: g.document.source, section: p.section, text: oneLine(p.text).slice(0, 400) };
      const before = p.text.slice(0, at);
      const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
      const endDot = p.text.slice(at).search(/[.!?](\s|$)/);
      const end = endDot < 0 ? p.text.length : at + endDot + 1;
      return { document: g.document.source, section: p.section, text: oneLine(p.text.slice(start, end)) };
    }
  }
  for (const { rel, evidence } of relations.values()) {
    if ((rel.sourceId === e.id || rel.targetId === e.id) && evidence[0]) return evidence[0];
  }
  return null;
}

const relPool = [...relations.values()].sort((a, b) => a.rel.id.localeCompare(b.rel.id));
const entPool = [...entities.values()].sort((a, b) => a.id.localeCompare(b.id));
const sample: JudgedSample = {
  seed: opts.seed,
  commit: currentCommit(),
  drawnAt: new Date().toISOString(),
  corpus: opts.corpus,
  population: { relations: relPool.length, entities: entPool.length },
  verdicts: { relations: RELATION_VERDICTS, entities: ENTITY_VERDICTS },
  relations: sampleWithoutReplacement(relPool, opts.relations, opts.seed).map(({ rel, evidence }) => ({
    id: rel.id,
    type: rel.type,
    sourceId: rel.sourceId,
    sourceName: name(rel.sourceId),
    targetId: rel.targetId,
    targetName: name(rel.targetId),
    year: rel.year,
    role: rel.role,
    confidence: rel.confidence,
    method: rel.method,
    evidence: evidence.slice(0, 3),
    verdict: "",
  })),
  // A different stream for entities, so changing --relations does not change the entity draw.
  entities: sampleWithoutReplacement(entPool, opts.entities, opts.seed ^ 0x5bd1e995).map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    acronym: e.acronym,
    aliases: e.aliases,
    origin: e.origin,
    mention: mentionOf(e, run.graphs),
    verdict: "",
  })),
};
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, `${JSON.stringify(sample, null, 1)}\n`);
console.log(
  `wrote ${opts.out}: ${sample.relations.length} of ${relPool.length} relations and ${sample.entities.length} of ${entPool.length} entities, seed ${opts.seed}, commit ${sample.commit}`,
);
