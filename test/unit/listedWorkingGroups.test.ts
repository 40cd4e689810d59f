import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { LISTED_GROUP_EXAMPLES } from "../../ingest/core/listedWorkingGroups.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("groups.txt", text)], catalog)[0]!;
const stated = (text: string, [type, source, target]: [string, string, string]) => graphOf(text).relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("working groups listed under a heading on a forum's page (ingest/core/listedWorkingGroups.ts)", () => {
  for (const ex of LISTED_GROUP_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LISTED_GROUP_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
  for (const ex of LISTED_GROUP_EXAMPLES.unnamed) {
    it(`names no “${ex.name}” in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(graphOf(ex.text).entities.flatMap((e) => [e.name, ...e.aliases])).not.toContain(ex.name));
  }
  it("keeps a group's whole topic, commas included, as another name", () => {
    const graph = graphOf(`Tinland Coastal Process\n\nThe Tinland Coastal Process gathers six island states.\n\nThematic Working Groups\n1. Harbour safety, search and rescue — chaired by Fiji\n2. Seasonal labour — chaired by Tonga\n`);
    expect(graph.entities.find((e) => e.id === "forum:tinland-coastal-process-thematic-working-group-on-harbour-safety-search-and-rescue")?.aliases).toContain("Thematic Working Group on harbour safety, search and rescue");
  });
});
