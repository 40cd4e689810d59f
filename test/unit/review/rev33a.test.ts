import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../../ingest/core/types.js";
import { textSource } from "../../support/textSource.js";

/**
 * Reviewer rev33a: reproductions of defects in meet33 (datedBodySitting.ts), body33 (listedWorkingGroups.ts) and
 * lead33 (agreementTitles.ts). Each is marked it.fails: it passes (fails as a spec) while the defect stands.
 * Sentences are invented for these specs.
 */
const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("review.txt", text)], catalog)[0]!;
const nameOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
/** Relations of `type` whose source and target names start with the given words. */
const linked = (g: DocumentGraph, type: string, source: string, target: string) =>
  g.relations.filter((r) => r.type === type && nameOf(g, r.sourceId).startsWith(source) && nameOf(g, r.targetId).startsWith(target));
const names = (g: DocumentGraph) => g.entities.flatMap((e) => [e.name, ...e.aliases]);

describe("rev33a: lead33 AGREEMENT_TITLES (agreementTitles.ts, headKind.ts)", () => {
  it.fails("a short form written as the title's other name is the same treaty, not a second one", () => {
    const g = graphOf("Page\n\nThe Lagoon Agreement on the Movement of Coastal Workers, usually shortened to the LMCW Agreement, was signed in 2012. Tinland ratified the LMCW Agreement in 2014.");
    expect(g.entities.filter((e) => e.kind === "CONVENTION")).toHaveLength(1);
  });
  it.fails("'its' before a sub-unit still points to the union, not to the treaty named just before", () => {
    const g = graphOf("Page\n\nThe Reef Postal Union sets rules for postal services. This Parcel Payment Services Agreement (PPSA), an international treaty updated every four years, provides standards for operators. Through its Parcel Technology Centre, the Reef Postal Union also offers software to operators.");
    expect(linked(g, "PART_OF", "Parcel Technology Centre", "Reef Postal Union")).toHaveLength(1);
  });
});
