import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { UNNAMED_ANTECEDENT } from "../../ingest/core/unnamedAntecedent.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("p.txt", text)], catalog)[0]!;

describe("a description after an unnamed thing of its head is that thing (unnamedAntecedent.ts)", () => {
  for (const ex of UNNAMED_ANTECEDENT.positive) {
    it(`links no named one: ${ex.text.split("\n").slice(-2).join(" ")}`, () => {
      const g = graph(ex.text);
      expect(g.entities.some((e) => e.id === ex.notLinked[1])).toBe(true);
      expect(g.relations.filter((r) => r.sourceId === ex.notLinked[0] && r.targetId === ex.notLinked[1]).map((r) => r.type)).toEqual([]);
    });
  }
  for (const ex of UNNAMED_ANTECEDENT.negative) {
    it(`still links: ${ex.text.split("\n").slice(-2).join(" ")}`, () => {
      const [type, source, target] = ex.linked;
      expect(graph(ex.text).relations.some((r) => r.type === type && r.sourceId === source && r.targetId === target)).toBe(true);
    });
  }
});
