import { describe, expect, it } from "vitest";
import { NUMBERED_BODY_HEADING } from "../../ingest/core/pageSeries.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A numbered sitting heading on a page about a committee or council read as an organization is that body's sitting (core/pageSeries.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${NUMBERED_BODY_HEADING.id}: a numbered sitting heading of the body the page is about`, () => {
  for (const ex of NUMBERED_BODY_HEADING.positive) it(`reads ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of NUMBERED_BODY_HEADING.negative) it(`states no ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});
