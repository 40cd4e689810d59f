import { describe, expect, it } from "vitest";
import { MEETING_HEADING } from "../../ingest/core/meetingHeading.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A heading or title naming one dated meeting is that meeting of its series, which the sentences under it speak of (core/meetingHeading.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${MEETING_HEADING.id}: a dated meeting written as a heading, a title or a label line`, () => {
  for (const ex of MEETING_HEADING.positive) it(`reads ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of MEETING_HEADING.negative) it(`states no ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});
