/**
 * Re-checks the judged whole-list entity scan against today's graph: which of its duplicate groups are
 * now one id, which are still split (and into what), and whether its wrong merges are gone.
 *
 *   npm run bench:entity-scan                          # builds the corpus graph in memory (data/corpus)
 *   npm run bench:entity-scan -- --graph graph.json    # or reads a dry run (`npm run ingest -- --dry-run --out`)
 *   npm run bench:entity-scan -- --scan <file.json>    # another scan (default: the merged-seed20261205 one)
 *
 * A group member that no longer exists is followed through the passages that mentioned it when the scan
 * was made (`witnesses`): it went to the group member, or else the most similarly named entity, that those
 * passages mention now. A member none of those passages mention any more is "lost" (a recall loss, not a fix).
 */
import { readFileSync } from "node:fs";
import { foldWords } from "../ingest/core/fold.js";
import type { DocumentGraph, EntityRecord } from "../ingest/core/types.js";
import { runPipeline } from "./lib/pipelineRun.js";
import { log } from "./lib/table.js";

interface ScanFile {
  source: string;
  duplicates: Array<{ n: number; ids: string[]; thing: string; witnesses: Record<string, { name: string; passages: string[] }> }>;
  wrongMerges: Array<{ n: string; passage: string; notMentioned?: string; notAlias?: { id: string; alias: string }; mentioned: string; what: string }>;
}

const arg = (name: string, fallback: string | null) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const scan = JSON.parse(readFileSync(arg("scan", "test/fixtures/entity-scan/merged-seed20261205.json")!, "utf8")) as ScanFile;
const graphFile = arg("graph", null);
const graphs: DocumentGraph[] = graphFile ? (JSON.parse(readFileSync(graphFile, "utf8")) as DocumentGraph[]) : runPipeline(["data/corpus"]).graphs;

const entities = new Map<string, EntityRecord>();
const byPassage = new Map<string, Set<string>>();
for (const g of graphs) {
  for (const e of g.entities) entities.set(e.id, e);
  for (const m of g.mentions) byPassage.set(m.passageId, (byPassage.get(m.passageId) ?? new Set()).add(m.entityId));
}

/** Shared identity-key words of two names over the larger word count: a rough "same name" measure. */
function overlap(a: string, b: string): number {
  const x = new Set(foldWords(a));
  const y = new Set(foldWords(b));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(x.size, y.size);
}

/** Where a scanned id stands now: itself, the id its passages mention instead, or null when lost. */
function follow(id: string, members: string[], witness: { name: string; passages: string[] } | undefined): string | null {
  if (entities.has(id)) return id;
  if (!witness) return null;
  const seen = new Map<string, number>();
  for (const p of witness.passages) for (const e of byPassage.get(p) ?? []) seen.set(e, (seen.get(e) ?? 0) + 1);
  const member = members.find((m) => m !== id && seen.has(m) && entities.has(m));
  if (member) return member;
  let best: string | null = null;
  let score = 0.34;
  for (const e of seen.keys()) {
    const s = overlap(witness.name, entities.get(e)?.name ?? e);
    if (s > score) [best, score] = [e, s];
  }
  return best;
}

let merged = 0;
const open: string[] = [];
log(`== duplicate groups of ${scan.source}`);
for (const group of scan.duplicates) {
  const targets = group.ids.map((id) => ({ id, now: follow(id, group.ids, group.witnesses[id]) }));
  // A member with no passage of its own (a parent made only for another member) counts as gone when absent.
  const live = targets.filter((t) => t.now !== null || group.witnesses[t.id]?.passages.length);
  const distinct = new Set(live.map((t) => t.now));
  const lost = live.filter((t) => t.now === null).map((t) => t.id);
  const one = distinct.size === 1 && !lost.length;
  if (one) merged++;
  else open.push(`#${group.n}`);
  const where = targets.map((t) => (t.now === t.id ? t.id : `${t.id} → ${t.now ?? "lost"}`)).join("; ");
  log(`  #${String(group.n).padEnd(3)} ${one ? "one id " : lost.length ? "LOST   " : "split  "} ${where}`);
}
log(`  ${merged}/${scan.duplicates.length} groups are one id now; still split or lost: ${open.join(" ") || "none"}`);

log(`\n== wrong merges`);
let fixed = 0;
for (const w of scan.wrongMerges) {
  const now = byPassage.get(w.passage) ?? new Set();
  const wrongMention = !!w.notMentioned && now.has(w.notMentioned);
  const wrongAlias = !!w.notAlias && !!entities.get(w.notAlias.id)?.aliases.includes(w.notAlias.alias);
  const ok = !wrongMention && !wrongAlias && now.has(w.mentioned);
  if (ok) fixed++;
  const state = [
    w.notMentioned ? `${w.notMentioned} ${wrongMention ? "still mentioned" : "gone"}` : "",
    w.notAlias ? `${w.notAlias.id} ${wrongAlias ? "still has" : "no longer has"} the alias “${w.notAlias.alias}”` : "",
    `${w.mentioned} ${now.has(w.mentioned) ? "mentioned" : "missing"}`,
  ].filter(Boolean);
  log(`  ${w.n.padEnd(3)} ${ok ? "fixed" : "OPEN "} ${w.passage}: ${state.join(", ")} (${w.what})`);
}
log(`  ${fixed}/${scan.wrongMerges.length} fixed`);
log(`\nentities: ${entities.size} (${[...entities.values()].filter((e) => e.kind !== "COUNTRY").length} not countries)`);
