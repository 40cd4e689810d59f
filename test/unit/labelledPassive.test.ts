import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { LABELLED_PASSIVE_EXAMPLES } from "../../ingest/core/labelledPassive.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([textSource("label.txt", text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a passive participle after a label line's colon describes the label's body (ingest/core/labelledPassive.ts)", () => {
  for (const ex of LABELLED_PASSIVE_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LABELLED_PASSIVE_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});
