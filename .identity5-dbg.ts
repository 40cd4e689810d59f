import { defaultCatalog } from "./ingest/catalog/catalog.js";
import { buildGraphs } from "./ingest/core/pipeline.js";
import { SELF_REFERENCE_SCOPE } from "./ingest/core/selfReference.js";
for (const ex of [...SELF_REFERENCE_SCOPE.positive, ...SELF_REFERENCE_SCOPE.negative]) {
  const text = ex.text;
  const g = buildGraphs([{ path: "note.txt", name: "note.txt", format: "txt", text, bytes: text.length, hash: "note" } as any], defaultCatalog())[0]!;
  console.log(g.passages.map((p) => `${p.id} ch=${p.chapter}`).join("; "));
  console.log(JSON.stringify(g.mentions));
}
