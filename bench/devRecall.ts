/**
 * Entity recall on a hand-written dev text (test/fixtures/dev/<name>.txt beside <name>.json, the expected
 * entities), matched as bench:recall matches them; lists what is missed and every discovered entity, so the
 * text checks that recognition generalises beyond the tune documents.
 *
 *   npx tsx bench/devRecall.ts test/fixtures/dev/entities5-dev
 */
import { readFileSync } from "node:fs";
import { defaultCatalog } from "../ingest/catalog/catalog.js";
import { EntityIndex, scoreEntity, type ExpectedEntity, type FormsOf } from "./lib/devsetMatch.js";
import { runPipeline } from "./lib/pipelineRun.js";

const base = process.argv[2] ?? "test/fixtures/dev/entities5-dev";
const expected = JSON.parse(readFileSync(`${base}.json`, "utf8")) as ExpectedEntity[];
const catalog = defaultCatalog();
const formsOf: FormsOf = (id) => {
  const e = catalog.byId.get(id);
  return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f) : [];
};
const run = runPipeline([`${base}.txt`]);
const graph = run.graphs[0]!;
const index = new EntityIndex(graph.entities);
const outcomes = expected.map((e) => scoreEntity(e, index, formsOf));
const found = outcomes.filter((o) => o.found).length;
const kindRight = outcomes.filter((o) => o.kindRight).length;
console.log(`dev entities found ${found}/${expected.length}, right kind ${kindRight}/${expected.length}`);
for (const o of outcomes) if (!o.kindRight) console.log(`  ${o.found ? "wrong kind" : "missed"}: ${o.expected.name} (${o.expected.kind})`);
const matched = new Set(outcomes.flatMap((o) => [...o.ids]));
console.log("entities not expected:");
for (const e of graph.entities) if (!matched.has(e.id)) console.log(`  ${e.kind} ${e.name}${e.isEvent ? ` [event ${e.year ?? "-"} of ${e.parentId}]` : ""}${e.parentId && !e.isEvent ? ` [part of ${e.parentId}]` : ""}`);
