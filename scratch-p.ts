import { readFileSync } from "node:fs";
import { defaultCatalog } from "./ingest/catalog/catalog.js";
import { buildGraphs } from "./ingest/core/pipeline.js";
const f = process.argv[2]!;
const text = readFileSync(f, "utf8");
const g = buildGraphs([{ path: f, name: f.split("/").pop()!, format: "txt", text, bytes: text.length, hash: "x" }], defaultCatalog())[0]!;
if (process.argv[3] === "p") for (const p of g.passages) console.log(p.kind, "|", p.section, "|", p.text.slice(0, 100));
for (const r of g.relations) console.log(r.type, r.sourceId, r.targetId, r.role ?? "", r.method, "|", r.evidence[0]!.text.slice(0, 90));
