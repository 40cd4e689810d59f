import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("spec.txt", text)], catalog)[0]!;
const nameOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
/** Relations of `type` whose source and target names start with the given words. */
const linked = (g: DocumentGraph, type: string, source: string, target: string) =>
  g.relations.filter((r) => r.type === type && nameOf(g, r.sourceId).startsWith(source) && nameOf(g, r.targetId).startsWith(target));

/** Reviewer rev34b's reproductions; sentences invented for these specs. */
describe("verb-give-support: offered, a longer noun, a passive (review rev34b)", () => {
  it("support only offered, and declined, is no support", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre offered the Polar Apprenticeship Programme technical support, but the offer was declined.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
  it("'support' inside a longer noun ('support officers') is not what was given", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre gave the Polar Apprenticeship Programme training support officers a bonus.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
  it("a receiver of a contract ('was given the … support contract') gives no support", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre was given the Polar Apprenticeship Programme technical support contract in 2018.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
});
