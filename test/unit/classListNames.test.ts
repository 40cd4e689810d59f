import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("spec.txt", text)], catalog)[0]!;
const names = (g: DocumentGraph) => g.entities.flatMap((e) => [e.name, ...e.aliases]);

/** Reviewer rev34b's reproductions; sentences invented for these specs. */
describe("class-introduced lists: donors that are persons, foundations that are pillars (review rev34b)", () => {
  it("persons in a donor list beside a state are no bodies", () => {
    expect(names(graphOf("Page\n\nOther donors: Bill Gates, Melinda French Gates, Norway and the World Bank."))).not.toContain("Bill Gates");
  });
  it("'foundations' in the sense of pillars names no bodies", () => {
    expect(names(graphOf("Page\n\nThe Polar Apprenticeship Programme rests on two foundations: Protection and Solutions."))).not.toContain("Protection");
  });
});
