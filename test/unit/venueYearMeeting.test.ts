import { describe, expect, it } from "vitest";
import { VENUE_YEAR_MEETING } from "../../ingest/core/venueYearMeeting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A meeting named by its kind, with a known venue and only the year, is that year's meeting of its series (core/venueYearMeeting.ts). */
describe(`${VENUE_YEAR_MEETING.id}: a kind of meeting held in a known city in a stated year`, () => {
  for (const ex of VENUE_YEAR_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of VENUE_YEAR_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
