import { describe, expect, it } from "vitest";
import { KIND_AFTER_SERIES } from "../../ingest/core/meetingKindAfterSpecs.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** "the X Process ministerial conference held in Dakar in 2018" is that year's meeting of the series (core/meetings.ts). */
describe(`${KIND_AFTER_SERIES.id}: a kind of meeting after a series' name, dated after it`, () => {
  for (const ex of KIND_AFTER_SERIES.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames("Page", ex.text)).toContain(fold(ex.event)));
  for (const ex of KIND_AFTER_SERIES.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames("Page", ex.text)).not.toContain(fold(ex.event)));
});
