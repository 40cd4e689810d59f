import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { IMPLICIT_OBJECT_EXAMPLES } from "../../ingest/core/implicitObject.js";

/** The unwritten object of an attendance or membership verb, run through the whole pipeline. */
const has = hasRelation;

describe("an unwritten object is not the group that names who the subjects are", () => {
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
