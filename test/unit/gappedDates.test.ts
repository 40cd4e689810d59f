import { describe, expect, it } from "vitest";
import { GAPPED_DATE_EXAMPLES } from "../../ingest/core/gappedDates.js";
import { hasRelation } from "../support/pageGraphs.js";

/** Clauses after a stated one that keep only a subject and its date, run through the whole pipeline. */
describe("a gapped clause with only its date does what the clause before it stated", () => {
  for (const ex of GAPPED_DATE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of GAPPED_DATE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});
