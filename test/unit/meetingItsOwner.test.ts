import { describe, expect, it } from "vitest";
import { FRONTED_ITS_OWNER } from "../../ingest/core/meetingItsOwner.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A fronted "At its Nth meeting, …" with no body after it is the meeting of the body the previous sentence is about. */
describe(`${FRONTED_ITS_OWNER.id}: whose meeting a fronted "its" numbers`, () => {
  for (const ex of FRONTED_ITS_OWNER.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of FRONTED_ITS_OWNER.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
