import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { SEAT_EXAMPLES } from "../../ingest/core/seatMembership.js";
import { UNWRITTEN_END_EXAMPLES } from "../../ingest/core/unwrittenEndExamples.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const relations = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations;

describe("an unwritten end falls back to the page's most named entity only on a page about no body of another kind", () => {
  for (const ex of UNWRITTEN_END_EXAMPLES.positive) {
    it(`links: ${ex.text.split("\n")[0]}`, () => {
      const [type, source, target] = ex.expect;
      expect(relations(ex.text).some((r) => r.type === type && r.sourceId === source && r.targetId === target)).toBe(true);
    });
  }
  for (const ex of UNWRITTEN_END_EXAMPLES.negative) {
    it(`does not link: ${ex.text.split("\n")[0]}`, () => {
      const [a, b] = ex.expect;
      expect(relations(ex.text).some((r) => (r.sourceId === a && r.targetId === b) || (r.sourceId === b && r.targetId === a))).toBe(false);
    });
  }
});

describe("a sentence read as a seat and as taking part states the seat", () => {
  for (const ex of SEAT_EXAMPLES.positive) {
    it(`is membership: ${ex.text.split("\n").pop()}`, () => {
      const [type, source, target] = ex.expect;
      const between = relations(ex.text).filter((r) => r.sourceId === source && r.targetId === target);
      expect(between.map((r) => r.type)).toEqual([type]);
    });
  }
  for (const ex of SEAT_EXAMPLES.negative) {
    it(`is no membership: ${ex.text.split("\n").pop()}`, () => {
      const [type, source, target] = ex.expect;
      expect(relations(ex.text).some((r) => r.type === type && r.sourceId === source && r.targetId === target)).toBe(false);
    });
  }
});
