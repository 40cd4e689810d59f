import { describe, expect, it } from "vitest";
import { DATED_BODY_SITTING } from "../../ingest/core/datedBodySitting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A sitting named by its series or body and its own day is that day's sitting of it (core/datedBodySitting.ts). */
describe(`${DATED_BODY_SITTING.id}: a sitting named by its body and its day`, () => {
  for (const ex of DATED_BODY_SITTING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of DATED_BODY_SITTING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
