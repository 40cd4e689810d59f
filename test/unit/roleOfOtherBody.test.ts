import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROLE_OF_OTHER_BODY_EXAMPLES } from "../../ingest/core/roleOfOtherBody.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([note(text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a role written with another body as its group has no unwritten forum for object (ingest/core/roleOfOtherBody.ts)", () => {
  for (const ex of ROLE_OF_OTHER_BODY_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of ROLE_OF_OTHER_BODY_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});
