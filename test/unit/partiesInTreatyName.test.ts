import { describe, expect, it } from "vitest";
import { PARTIES_IN_TREATY_NAME_EXAMPLES } from "../../ingest/core/partiesInTreatyName.js";
import { linkedByNames as linked } from "../support/pageGraphs.js";

describe("PARTIES_IN_TREATY_NAME: the states a treaty's own title lists after 'between' are its parties (ingest/core/partiesInTreatyName.ts)", () => {
  for (const ex of PARTIES_IN_TREATY_NAME_EXAMPLES.positive) {
    it(`links ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(true));
  }
  for (const ex of PARTIES_IN_TREATY_NAME_EXAMPLES.negative) {
    it(`does not link ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(false));
  }
  it("links every party of the list, and no state of the subject", () => {
    const text = "The Agreement between Ghana, Togo and Benin on Fishers of Niger entered into force in 2005.";
    const name = "Agreement between Ghana, Togo and Benin on Fishers of Niger";
    expect(linked(text, ["RATIFIED", "Benin", name])).toBe(true);
    expect(linked(text, ["RATIFIED", "Niger", name])).toBe(false);
  });
});
