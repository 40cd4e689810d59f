import { describe, expect, it } from "vitest";
import { linkedByNames } from "../support/pageGraphs.js";
import { VENUE_NAMED_SITTING_EXAMPLES } from "../../ingest/core/venueNamedSitting.js";

/** "the CFM 2012 Summit Meeting at Nadi" is a sitting of the CFM told by its venue, never a series of its own. */
describe("a meeting named by its venue after a forum's name", () => {
  for (const ex of VENUE_NAMED_SITTING_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linkedByNames(ex.text, ex.expect)).toBe(true));
  for (const ex of VENUE_NAMED_SITTING_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linkedByNames(ex.text, ex.expect)).toBe(false));
});
