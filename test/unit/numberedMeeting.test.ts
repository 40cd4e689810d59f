import { describe, expect, it } from "vitest";
import { NUMBERED_KIND_MEETING } from "../../ingest/core/numberedMeetingSpecs.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A numbered meeting as news pages title and date it is a meeting of the series its sentence names (core/numberedMeetingSpecs.ts). */
describe(`${NUMBERED_KIND_MEETING.id}: a numbered meeting, title-cased and dated`, () => {
  for (const ex of NUMBERED_KIND_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of NUMBERED_KIND_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
