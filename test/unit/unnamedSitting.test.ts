import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { UNNAMED_SITTING_EXAMPLES } from "../../ingest/core/unnamedSitting.js";

/** An object "it" after a verb done to sittings, when a sitting described but not named stands nearer than any name. */
const has = hasRelation;

describe("a sitting described but not named is what 'hosted it', 'organised it' or 'convened it' acts on", () => {
  for (const ex of UNNAMED_SITTING_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of UNNAMED_SITTING_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
