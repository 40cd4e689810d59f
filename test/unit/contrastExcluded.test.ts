import { describe, expect, it } from "vitest";
import { CONTRAST_EXCLUDED_EXAMPLES } from "../../ingest/core/contrastExcluded.js";
import { hasRelation } from "../support/pageGraphs.js";

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
