import { describe, expect, it } from "vitest";
import { FOLLOWED_CLAUSE_EXAMPLES } from "../../ingest/core/followedClause.js";
import { hasRelation } from "../support/pageGraphs.js";

/** "X followed on D" after a sentence that stated an act, run through the whole pipeline. */
describe("a state that followed on a date did what the sentence before stated, to the same treaty", () => {
  for (const ex of FOLLOWED_CLAUSE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of FOLLOWED_CLAUSE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});
