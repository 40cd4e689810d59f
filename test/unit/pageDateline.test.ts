import { describe, expect, it } from "vitest";
import { PAGE_MEETING } from "../../ingest/core/pageDatelineSpecs.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** The meeting a news page's headline names is dated by the lead's dateline where later passages give no year (core/pageDateline.ts). */
describe(`${PAGE_MEETING.id}: the meeting a dated news page is about`, () => {
  for (const ex of PAGE_MEETING.positive) it(`finds "${ex.event}" in: ${ex.title}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of PAGE_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.title} / ${ex.text.slice(-60)}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
