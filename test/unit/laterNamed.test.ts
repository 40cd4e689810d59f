import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { LATER_NAMED_EXAMPLES } from "../../ingest/core/laterNamed.js";
import type { RelationRecord, SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "later.txt", name: "later.txt", format: "txt", text, bytes: text.length, hash: "later" });
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a title names a body the text names only further down", () => {
  for (const ex of LATER_NAMED_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LATER_NAMED_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});
