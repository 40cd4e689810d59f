import { describe, expect, it } from "vitest";
import { PLURAL_EVENT_PRONOUN_EXAMPLES } from "../../ingest/core/pluralEventPronoun.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** "them" after a plural meeting description in the same sentence is that meeting (core/pluralEventPronoun.ts). */
describe("plural-event-pronoun: 'hosted the talks and chaired them'", () => {
  for (const ex of PLURAL_EVENT_PRONOUN_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(hasRelation(ex.text, "spec.txt", ...ex.expect)).toBe(true));
  for (const ex of PLURAL_EVENT_PRONOUN_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(hasRelation(ex.text, "spec.txt", ...ex.expect)).toBe(false));
});
