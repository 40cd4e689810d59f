import { describe, expect, it } from "vitest";
import { REPORTED_MEETING } from "../../ingest/core/reportedMeeting.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** The meeting a datelined news item names in its first paragraphs is the sitting of the dateline's year (core/reportedMeeting.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${REPORTED_MEETING.id}: the meeting a news item reports`, () => {
  for (const ex of REPORTED_MEETING.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of REPORTED_MEETING.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});
