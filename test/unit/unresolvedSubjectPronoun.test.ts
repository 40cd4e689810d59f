import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES } from "../../ingest/core/unresolvedSubjectPronoun.js";

/** A pronoun subject that names nothing known leaves the object unwritten, not the page's topic; run through the pipeline. */
const has = hasRelation;

describe("an unresolved pronoun subject is not the page's topic", () => {
  for (const ex of UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
