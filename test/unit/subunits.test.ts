import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { SUBUNIT_EVIDENCE } from "../../ingest/core/subunits.js";

/** SUBUNIT_EVIDENCE's example sentences through the whole pipeline, inside an agency's chapter when they name one. */
const catalog = defaultCatalog();
const filler = Array.from({ length: 60 }, (_, i) => `Filler line ${i} of a report that keeps going on.`).join("\n");
const partOf = (text: string, chapter?: string): string[] => {
  const page = chapter ? `${filler}\n\n ${chapter}\n\n1. Migration and development activities since the 2006 High-level Dialogue\n\n${text}\n` : text;
  const graph = buildGraphs([{ path: "spec.txt", name: "spec.txt", format: "txt", text: page, bytes: page.length, hash: "spec" }], catalog)[0]!;
  return graph.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.sourceId} ${r.targetId}`);
};

describe("sub-unit PART_OF only where the text states the parent", () => {
  for (const ex of SUBUNIT_EVIDENCE.examples.kept) {
    it(`keeps: ${ex.text}`, () => expect(partOf(ex.text, ex.chapter)).toContain(ex.expect.join(" ")));
  }
  for (const ex of SUBUNIT_EVIDENCE.examples.dropped) {
    it(`drops: ${ex.text}`, () => expect(partOf(ex.text, ex.chapter)).not.toContain(ex.expect.join(" ")));
  }
});
