/**
 * Where the unlinked facts are, counted per slice without printing any fact: for each positive fact of the
 * unseen set that is not linked with its type, the first class that holds, checked in this order:
 *   wrong-type   the pair is linked, with another type or direction;
 *   end-missing  an end is not among the page's own entities (split by the missing end's kind);
 *   one-sentence both ends are on the page and some sentence names both (name, acronym or alias);
 *   near         both are named within three sentences of each other (same block);
 *   far          both are named on the page, never that near;
 *   unnamed      an end is on the page but none of its forms occurs in the text (meetings, mostly).
 * Counts only: validate pages stay unread.   npx tsx bench/gapShapes.ts
 *   --tune-entities            also lists the tune entities not found
 *   --tune-class one-sentence  also lists the tune facts of one class, with a sentence naming both ends (for `near`,
 *                              the sentences from one end to the other; for `wrong-type`, the types the pair has)
 *   --pages even|odd           lists only the tune pages of that u-number parity: causes are read on the even pages
 *                              and the odd ones are kept as the held-out check, so their rows stay unprinted
 *   --tune-class blocks        counts (every half) the untyped facts whose two ends are built but no passage names
 *                              both, by the structure that joins them (blockJoin.ts); lists the tune ones with the
 *                              two blocks (section heading, passage index, the sentence naming each end)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { normaliseName, type ExpectedEntity, type Fact, type FormsOf, type Split } from "./lib/devsetMatch.js";
import { evaluate } from "./lib/evaluateSet.js";
import { runPipeline } from "./lib/pipelineRun.js";
import type { EntityRecord } from "../ingest/core/types.js";
import { blockJoin, type BlockFact } from "./lib/blockJoin.js";

const UNSEEN = "test/fixtures/unseen";
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const catalog = defaultCatalog();
const formsOf: FormsOf = (id) => {
  const e = catalog.byId.get(id);
  return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f) : [];
};
interface Manifest { documents: Array<{ file: string; split: Split; sealed?: string }> }
const manifest = readJson<Manifest>(join(UNSEEN, "manifest.json"));
const docSplit = new Map(manifest.documents.map((d) => [d.file, d.split]));
const sealedOf = new Map(manifest.documents.map((d) => [d.file, d.sealed]));
const facts = readJson<Fact[]>(join(UNSEEN, "facts.json"));
const expected = readJson<ExpectedEntity[]>(join(UNSEEN, "entities.json")).map((e) => ({ ...e, split: docSplit.get(e.file) }));
const set = evaluate("unseen", runPipeline(manifest.documents.map((d) => join(UNSEEN, d.file))), facts, (f) => docSplit.get(f.file) ?? null, expected, formsOf);

const pageEntities = new Map(set.run.graphs.map((g) => [g.document.source, new Map(g.entities.map((e) => [e.id, e]))]));
const sentencesOf = new Map<string, string[]>();
for (const s of set.run.sources) sentencesOf.set(s.name, s.text.split(/(?<=[.!?;:])\s+|\n+/).map((x) => x.toLowerCase()));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const formRegex = (e: EntityRecord) => {
  const forms = [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f && f.length > 1).map((f) => escape(f.toLowerCase()));
  return forms.length ? new RegExp(`(?:^|[^a-z0-9])(?:${forms.join("|")})(?:$|[^a-z0-9])`) : null;
};
const where = (sentences: string[], e: EntityRecord) => {
  const re = formRegex(e);
  const out: number[] = [];
  if (!re) return out;
  sentences.forEach((s, i) => re.test(s) && out.push(i));
  return out;
};

const entityOutcome = new Map(set.entities.map((e) => [`${e.expected.file}|${e.expected.id ?? normaliseName(e.expected.name)}`, e]));
const missingKinds = new Map<string, number>();
type Klass = "typed" | "wrong-type" | "end-missing:meeting" | "end-missing:other" | "one-sentence" | "near" | "far" | "unnamed";
const KLASSES: Klass[] = ["typed", "wrong-type", "end-missing:meeting", "end-missing:other", "one-sentence", "near", "far", "unnamed"];
const counts = new Map<string, Map<Klass, number>>();
/** `--tune-class one-sentence` lists the tune half's facts of that class (never the validate half's). */
const LIST_CLASS = process.argv.includes("--tune-class") ? process.argv[process.argv.indexOf("--tune-class") + 1] : undefined;
const PAGES = process.argv.includes("--pages") ? process.argv[process.argv.indexOf("--pages") + 1] : undefined;
if (PAGES && PAGES !== "even" && PAGES !== "odd") throw new Error("--pages takes even or odd");
/** A page of the asked parity (u-number); without --pages every tune page is listed. */
const listedPage = (file: string) => {
  if (!PAGES) return true;
  const n = /^u(\d+)/.exec(file)?.[1];
  return n !== undefined && Number(n) % 2 === (PAGES === "even" ? 0 : 1);
};
const tuneListed: string[] = [];
const blockFacts: BlockFact[] = [];
const graphOf = new Map(set.run.graphs.map((g) => [g.document.source, g]));
const byType = new Map<string, Map<Klass, number>>();
const bump = (m: Map<string, Map<Klass, number>>, key: string, k: Klass) => {
  const row = m.get(key) ?? new Map<Klass, number>();
  row.set(k, (row.get(k) ?? 0) + 1);
  m.set(key, row);
};
for (const o of set.outcomes) {
  const file = o.fact.file;
  const page = pageEntities.get(file) ?? new Map<string, EntityRecord>();
  const src = [...o.sourceIds].map((id) => page.get(id)).filter((e): e is EntityRecord => !!e);
  const tgt = [...o.targetIds].map((id) => page.get(id)).filter((e): e is EntityRecord => !!e);
  let k: Klass;
  if (o.typed) k = "typed";
  else if (o.pair) k = "wrong-type";
  else if (!src.length || !tgt.length) {
    const missing = !src.length ? o.fact.source ?? o.fact.sourceName ?? "" : o.fact.target ?? o.fact.targetName ?? "";
    const kind = !src.length ? o.fact.sourceKind : o.fact.targetKind;
    k = /\d{4}|meeting|event:/i.test(missing) || kind === "EVENT" ? "end-missing:meeting" : "end-missing:other";
    const side = !src.length ? "source" : "target";
    const id = side === "source" ? o.fact.source : o.fact.target;
    const name = side === "source" ? o.fact.sourceName : o.fact.targetName;
    const ent = entityOutcome.get(`${file}|${id ?? normaliseName(name ?? "")}`);
    const key = `${o.split} ${ent ? `${ent.expected.kind} ${ent.found ? "entity-found-elsewhere-or-unresolved" : "entity-not-found"}` : `no-expected-entity ${id?.split(":")[0] ?? "named"}`}`;
    missingKinds.set(key, (missingKinds.get(key) ?? 0) + 1);
  } else {
    const sentences = sentencesOf.get(file) ?? [];
    const a = src.flatMap((e) => where(sentences, e));
    const b = tgt.flatMap((e) => where(sentences, e));
    if (!a.length || !b.length) k = "unnamed";
    else if (a.some((i) => b.includes(i))) k = "one-sentence";
    else if (a.some((i) => b.some((j) => Math.abs(i - j) <= 3))) k = "near";
    else k = "far";
  }
  if (LIST_CLASS === "blocks" && k !== "typed" && src.length && tgt.length) {
    const b = blockJoin(graphOf.get(file)!, src, tgt, formRegex);
    if (b) blockFacts.push({ ...b, file, split: o.split, type: o.fact.type, source: o.fact.source ?? o.fact.sourceName ?? "", target: o.fact.target ?? o.fact.targetName ?? "", klass: k });
  }
  const sealed = sealedOf.get(file);
  bump(counts, `unseen/${o.split}`, k);
  if (sealed) bump(counts, `unseen/sealed-r${/round (\d+)/.exec(sealed)?.[1] ?? sealed}`, k);
  bump(byType, `${o.split}:${o.fact.type}`, k);
  if (LIST_CLASS === k && o.split === "tune" && listedPage(file)) {
    // An end-missing fact has no entity on one side: the sentence shown is then the one naming the end that was found.
    const sentences = sentencesOf.get(file) ?? [];
    const forms = [src[0], tgt[0]].filter((e): e is EntityRecord => !!e).map(formRegex);
    let sentence = forms.length ? sentences.find((x) => forms.every((re) => re?.test(x))) : undefined;
    // Near ends share no sentence: show the closest span from one end's sentence to the other's.
    if (k === "near") {
      const a = src.flatMap((e) => where(sentences, e));
      const b = tgt.flatMap((e) => where(sentences, e));
      const [i, j] = a.flatMap((x) => b.map((y) => [Math.min(x, y), Math.max(x, y)])).sort((p, q) => p[1]! - p[0]! - (q[1]! - q[0]!))[0] ?? [];
      if (i !== undefined && j !== undefined) sentence = sentences.slice(i, j + 1).join(" ");
    }
    // An end found with another kind than the expected one closes pairs the ontology would allow: say so.
    const kindNote = [
      [src[0], o.fact.sourceKind ?? catalog.byId.get(o.fact.source ?? "")?.kind],
      [tgt[0], o.fact.targetKind ?? catalog.byId.get(o.fact.target ?? "")?.kind],
    ]
      .filter(([e, kind]) => e && kind && (e as EntityRecord).kind !== kind)
      .map(([e, kind]) => `  [${(e as EntityRecord).name}: ${(e as EntityRecord).kind}, expected ${kind}]`)
      .join("");
    const linked = k === "wrong-type" ? `  ~ linked as ${o.found.map((h) => `${h.type}${o.sourceIds.has(h.sourceId) ? "" : " (reversed)"}`).join(", ")}` : "";
    tuneListed.push(`  ${o.fact.type} ${o.fact.source ?? o.fact.sourceName} -> ${o.fact.target ?? o.fact.targetName}  (${file})${linked}${kindNote}\n      ${sentence ?? ""}`);
  }
}
const print = (title: string, m: Map<string, Map<Klass, number>>) => {
  console.log(`\n${title}`);
  console.log(["slice".padEnd(28), ...KLASSES.map((k) => k.padStart(k.length + 2))].join(""));
  for (const [key, row] of [...m].sort((x, y) => x[0].localeCompare(y[0], "en", { numeric: true }))) {
    console.log([key.padEnd(28), ...KLASSES.map((k) => String(row.get(k) ?? 0).padStart(k.length + 2))].join(""));
  }
};
print("UNLINKED FACTS BY WHERE THEIR ENDS ARE (counts)", counts);
print("BY HALF AND TYPE", byType);
console.log("\nMISSING ENDS (facts) BY THE END'S EXPECTED ENTITY");
for (const [k, n] of [...missingKinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
if (LIST_CLASS === "blocks") {
  // Counts for every half and parity; rows only for tune pages of the asked parity.
  const parity = (f: string) => (Number(/^u(\d+)/.exec(f)?.[1] ?? 1) % 2 === 0 ? "even" : "odd");
  const tally = new Map<string, number>();
  for (const b of blockFacts) {
    const slice = b.split === "tune" ? `tune-${parity(b.file)}` : String(b.split);
    for (const key of [`${slice} all`, `${slice} ${b.join}`]) tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  console.log("\nFACTS WHOSE ENDS ARE NAMED ONLY IN DIFFERENT BLOCKS, BY JOIN (counts)");
  for (const [key, n] of [...tally].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${String(n).padStart(5)}  ${key}`);
  console.log(`\nTUNE FACTS IN CLASS blocks (tune half only${PAGES ? `, ${PAGES} pages` : ""})`);
  for (const b of blockFacts) if (b.split === "tune" && listedPage(b.file)) console.log(`  [${b.join}] ${b.type} ${b.source} -> ${b.target}  (${b.file}) ${b.klass}\n${b.detail}`);
} else if (LIST_CLASS) console.log(`\nTUNE FACTS IN CLASS ${LIST_CLASS} (tune half only${PAGES ? `, ${PAGES} pages` : ""})\n${tuneListed.join("\n")}`);
if (process.argv.includes("--tune-entities")) {
  console.log("\nTUNE ENTITIES NOT FOUND (tune half only)");
  for (const e of set.entities) if (e.split === "tune" && !e.found && listedPage(e.expected.file)) console.log(`  ${e.expected.kind.padEnd(12)} ${e.expected.file.slice(0, 30).padEnd(30)} ${e.expected.name}${e.expected.year ? ` [${e.expected.year}]` : ""}`);
}
