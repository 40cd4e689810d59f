import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { INNER_NAME_EXAMPLES } from "../../ingest/core/innerName.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("sheet.txt", text);
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a state inside the name of a body a list reads as its row is no row of its own (ingest/core/innerName.ts)", () => {
  for (const ex of INNER_NAME_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of INNER_NAME_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});
