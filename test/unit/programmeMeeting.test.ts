import { describe, expect, it } from "vitest";
import { PROGRAMME_MEETING } from "../../ingest/core/programmeMeeting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A programme's own meeting, named by the programme and the kind of meeting, held on a stated day (core/programmeMeeting.ts). */
describe(`${PROGRAMME_MEETING.id}: a programme's dated meeting named by its kind`, () => {
  for (const ex of PROGRAMME_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of PROGRAMME_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
