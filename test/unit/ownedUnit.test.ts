import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { OWNED_UNITS } from "../../ingest/core/ownedUnit.js";
import { textSource } from "../support/textSource.js";

/** OWNED_UNITS' example sentences through the whole pipeline: the PART_OF pair each names, or not. */
const catalog = defaultCatalog();
const partOf = (text: string): string[] => {
  const graph = buildGraphs([textSource("spec.txt", text)], catalog)[0]!;
  return graph.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.sourceId} ${r.targetId}`);
};

describe("a standing part named with its owner after 'of' (ingest/core/ownedUnit.ts)", () => {
  for (const ex of OWNED_UNITS.examples.positive) it(`links: ${ex.text}`, () => expect(partOf(ex.text)).toContain(ex.expect.join(" ")));
  for (const ex of OWNED_UNITS.examples.negative) it(`does not link: ${ex.text}`, () => expect(partOf(ex.text)).not.toContain(ex.expect.join(" ")));
});
