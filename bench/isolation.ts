/**
 * Cross-document isolation: does a page's graph depend on unrelated pages? Each tune page of test/fixtures/unseen
 * (and each whole tune page of data/corpus) is built ALONE (buildGraphs([page])) and compared with its graph in the
 * FULL run of its set. Ids are compared through the full run's identity: an alone entity is mapped to the full-run
 * entity with the same id, else the one whose name, alias or acronym it shares, so a renamed id is no difference.
 * Prints, per tune page, the relations only the alone graph has ("lost" in the full run) and those only the full
 * run has ("gained"); for the validate half only the number of pages that differ.
 *
 *   npx tsx bench/isolation.ts            # counts per page
 *   npx tsx bench/isolation.ts --rows     # also the differing relations (tune pages only)
 *   npx tsx bench/isolation.ts --only u248  # one tune page
 *   npx tsx bench/isolation.ts --validate   # also count the validate pages that differ (the count only)
 */
import { readFileSync } from "node:fs";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { buildGraphs } from "../ingest/core/pipeline.js";
import type { DocumentGraph, EntityRecord, SourceFile } from "../ingest/core/types.js";
import { readSources } from "../ingest/read/readSources.js";

const ROWS = process.argv.includes("--rows");
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const VALIDATE = process.argv.includes("--validate");
const UNSEEN = "test/fixtures/unseen";
// Whole corpus pages of the tune half (test/fixtures/split.json); the book mixes halves by chapter and is left out.
const CORPUS_TUNE = ["000_399b74692280c323.txt", "001_9d50ef6b77eb9c7b.txt"];

interface Manifest {
  documents: Array<{ file: string; split: "tune" | "validate" }>;
}
const manifest = JSON.parse(readFileSync(`${UNSEEN}/manifest.json`, "utf8")) as Manifest;
const splitOf = new Map(manifest.documents.map((d) => [d.file, d.split]));

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const fileOf = (path: string) => path.split("/").pop()!;

/** The full run's identity: every form of every entity, to the id it has there. */
function identity(graphs: DocumentGraph[]): { ids: Set<string>; byName: Map<string, string>; byForm: Map<string, string>; names: Map<string, EntityRecord> } {
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  const byForm = new Map<string, string>();
  const names = new Map<string, EntityRecord>();
  for (const g of graphs)
    for (const e of g.entities) {
      ids.add(e.id);
      names.set(e.id, e);
      if (!byName.has(`${e.kind}|${norm(e.name)}`)) byName.set(`${e.kind}|${norm(e.name)}`, e.id);
      for (const f of [e.name, ...e.aliases, e.acronym]) if (f && !byForm.has(`${e.kind}|${norm(f)}`)) byForm.set(`${e.kind}|${norm(f)}`, e.id);
    }
  return { ids, byName, byForm, names };
}

function relationKeys(g: DocumentGraph, map: (e: EntityRecord | undefined, id: string) => string): Set<string> {
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  return new Set(g.relations.map((r) => `${r.type}|${map(byId.get(r.sourceId), r.sourceId)}|${map(byId.get(r.targetId), r.targetId)}`));
}

function compare(set: string, sources: SourceFile[], pick: (s: SourceFile) => "tune" | "validate" | undefined): void {
  const catalog = defaultCatalog();
  const full = buildGraphs(sources, catalog);
  const who = identity(full);
  let validateDiffering = 0;
  let tunePages = 0;
  let tuneDiffering = 0;
  for (const src of sources) {
    const split = pick(src);
    if (!split) continue;
    if (ONLY && !fileOf(src.path).startsWith(ONLY)) continue;
    if (split === "validate" && !VALIDATE) continue;
    const fullGraph = full.find((g) => g.document.source === src.name || g.document.source === src.path)!;
    const [alone] = buildGraphs([src], defaultCatalog());
    const toFull = (e: EntityRecord | undefined, id: string) => {
      // The name first: a page alone may spell an entity's id from a short form that, in the full run, another
      // page's entity holds.
      const named = e ? who.byName.get(`${e.kind}|${norm(e.name)}`) : undefined;
      if (named) return named;
      if (who.ids.has(id)) return id;
      if (!e) return `?${id}`;
      for (const f of [...e.aliases, e.acronym]) {
        const hit = f ? who.byForm.get(`${e.kind}|${norm(f)}`) : undefined;
        if (hit) return hit;
      }
      return `alone:${id}`;
    };
    const a = relationKeys(alone!, toFull);
    const f = relationKeys(fullGraph, (_e, id) => id);
    const lost = [...a].filter((k) => !f.has(k));
    const gained = [...f].filter((k) => !a.has(k));
    const differs = lost.length + gained.length > 0;
    if (split === "validate") {
      if (differs) validateDiffering++;
      continue;
    }
    tunePages++;
    if (!differs) continue;
    tuneDiffering++;
    console.log(`${set} ${fileOf(src.path)}: lost ${lost.length}, gained ${gained.length}`);
    if (ROWS) {
      const show = (k: string) => {
        const [t, s, o] = k.split("|");
        const n = (id: string) => who.names.get(id)?.name ?? id;
        return `${t} ${n(s!)} -> ${n(o!)}`;
      };
      for (const k of lost) console.log(`    - ${show(k)}`);
      for (const k of gained) console.log(`    + ${show(k)}`);
    }
  }
  console.log(`${set}: tune pages differing ${tuneDiffering}/${tunePages}; validate pages differing ${VALIDATE ? validateDiffering : "not built"}`);
}

const unseen = readSources([UNSEEN]).sources.filter((s) => s.path.endsWith(".txt"));
compare("unseen", unseen, (s) => splitOf.get(fileOf(s.path)));
if (!ONLY) {
  const corpus = readSources(["data/corpus"]).sources;
  compare("corpus", corpus, (s) => (CORPUS_TUNE.includes(fileOf(s.path)) ? "tune" : undefined));
}
