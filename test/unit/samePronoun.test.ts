import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { SAME_PRONOUN_EXAMPLES } from "../../ingest/core/samePronoun.js";

/** A second "it" in a sentence takes up what the first one stood for, with nothing named between. */
const has = hasRelation;

describe("a second 'it' in the sentence stands for what the first did", () => {
  for (const ex of SAME_PRONOUN_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of SAME_PRONOUN_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
