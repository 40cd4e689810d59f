import { describe, expect, it } from "vitest";
import { DATED_KIND_MEETING } from "../../ingest/core/kindMeeting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A meeting named by its kind, with its venue and date, is a meeting of the series it is about (core/kindMeeting.ts). */
describe(`${DATED_KIND_MEETING.id}: a kind of meeting held at a stated place and date`, () => {
  for (const ex of DATED_KIND_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of DATED_KIND_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
