import { describe, expect, it } from "vitest";
import { DATELINE_MONTH } from "../../ingest/core/datelineMonth.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A numbered meeting that "met in Cairo in January" under a dated lead is of the dateline's year (core/datelineMonth.ts). */
describe(`${DATELINE_MONTH.id}: a month with no year under a news item's dateline`, () => {
  for (const ex of DATELINE_MONTH.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of DATELINE_MONTH.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
