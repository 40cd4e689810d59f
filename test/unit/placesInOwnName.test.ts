import { describe, expect, it } from "vitest";
import { PLACES_IN_OWN_NAME_EXAMPLES } from "../../ingest/core/placesInOwnName.js";
import { linkedByNames as linked } from "../support/pageGraphs.js";

describe("PLACES_IN_OWN_NAME: an initiative operates in the states closing its own name (ingest/core/placesInOwnName.ts)", () => {
  for (const ex of PLACES_IN_OWN_NAME_EXAMPLES.positive) {
    it(`links ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(true));
  }
  for (const ex of PLACES_IN_OWN_NAME_EXAMPLES.negative) {
    it(`does not link ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(false));
  }
  it("links every state of the closing list, and none the name holds before it", () => {
    const text = "IOM ran the project Support from Ghana for Fishers in Togo and Benin, which ended in 2020.";
    expect(linked(text, ["OPERATES_IN", "Support from Ghana for Fishers in Togo and Benin", "Togo"])).toBe(true);
    expect(linked(text, ["OPERATES_IN", "Support from Ghana for Fishers in Togo and Benin", "Ghana"])).toBe(false);
  });
});
