import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { CLAUSE_COORDINATION_EXAMPLES } from "../../ingest/core/earlierClauseObject.js";

/** A second clause after ", and" with its own subject and an object "it" that the first clause named. */
const has = hasRelation;

describe("a coordinated clause's own subject, and 'it' named in the first clause", () => {
  for (const ex of CLAUSE_COORDINATION_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of CLAUSE_COORDINATION_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
