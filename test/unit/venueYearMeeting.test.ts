import { describe, expect, it } from "vitest";
import { VENUE_YEAR_MEETING } from "../../ingest/core/venueYearMeeting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A meeting named by its kind, with a known venue and only the year, is that year's meeting of its series (core/venueYearMeeting.ts). */
describe(`${VENUE_YEAR_MEETING.id}: a kind of meeting held in a known city in a stated year`, () => {
  for (const ex of VENUE_YEAR_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of VENUE_YEAR_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

describe("a city ending a sentence whose verb is no hosting (review rev31b, still open)", () => {
  // Open: the city reaches the meeting by another path than cityRightAfter; a guard there on the verb did not move it.
  it.fails("is not the venue", async () => {
    const { relationLines } = await import("./support/pipelineRelations.js");
    expect(relationLines("Zambezi Labour Process\n\nThe Zambezi Labour Process was founded by Zambia and Malawi. Malawi discussed the 2016 ministerial meeting in Lilongwe. It was held in Lusaka.", "r.txt")).not.toContain("Malawi HOSTED Zambezi Labour Process 2016");
  });
});
