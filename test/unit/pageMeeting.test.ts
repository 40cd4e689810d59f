import { describe, expect, it } from "vitest";
import { PAGE_MEETING_EXAMPLES } from "../../ingest/core/pageMeeting.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A meeting's own page: who attended is said of the title's meeting in later sections, run through the whole pipeline. */
const has = (text: string, type: string, from: string, to: string) => hasRelation(text, "spec.txt", type, from, to);

describe("the meeting a meeting's own page is about", () => {
  for (const ex of PAGE_MEETING_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(0, 60)}…`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of PAGE_MEETING_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(0, 60)}…`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
