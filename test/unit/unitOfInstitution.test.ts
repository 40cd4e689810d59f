import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { UNIT_OF_INSTITUTION_EXAMPLES } from "../../ingest/core/unitOfInstitution.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("sheet.txt", text);
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a unit named by its field, written before its university (ingest/core/unitOfInstitution.ts)", () => {
  for (const ex of UNIT_OF_INSTITUTION_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of UNIT_OF_INSTITUTION_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});
