import { describe, expect, it } from "vitest";
import { CONTRAST_EXCLUDED_EXAMPLES } from "../../ingest/core/contrastExcluded.js";
import { hasRelation } from "../support/pageGraphs.js";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

describe("a name set apart by a contrastive 'not' is no end of the sentence (ingest/core/contrastExcluded.ts)", () => {
  for (const ex of CONTRAST_EXCLUDED_EXAMPLES.positive) it(`states ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of CONTRAST_EXCLUDED_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});

describe("contrastExcluded: a name after 'except'", () => {
  // rev32b 5: "all … except X" sets X apart from the whole that attended.
  it("a state named after 'except' did not attend", () => {
    expect(hasRelation("Coral Seas Dialogue\n\nAll Pacific states except Palau attended the Coral Seas Dialogue in 2020.", "PARTICIPATES_IN", "ctry:pw", "forum:coral-seas-dialogue")).toBe(false);
  });
});

const reviewGraph = (text: string): DocumentGraph => buildGraphs([textSource("review.txt", text)], defaultCatalog())[0]!;
const nameOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
/** Relations of `type` whose source and target names start with the given words. */
const linked = (g: DocumentGraph, type: string, source: string, target: string) =>
  g.relations.filter((r) => r.type === type && nameOf(g, r.sourceId).startsWith(source) && nameOf(g, r.targetId).startsWith(target));

/** Reviewer rev34b's reproductions; sentences invented for these specs. */
describe("'except' after a 'No' that denies another thing (review rev34b)", () => {
  it("a 'No' elsewhere in the sentence does not undo the exception", () => {
    const g = reviewGraph("Page\n\nUnder Decision No 12 of the council, every island state except Fiji ratified the Lagoon Ferry Protocol in 2018.");
    expect(linked(g, "RATIFIED", "Fiji", "Lagoon Ferry Protocol")).toHaveLength(0);
  });
  it("'No later than' is no denying quantifier of the whole", () => {
    const g = reviewGraph("Page\n\nNo later than 2018, every island state except Nauru had joined the Lagoon Ferry Forum.");
    expect(linked(g, "MEMBER_OF", "Nauru", "Lagoon Ferry Forum")).toHaveLength(0);
  });
});
