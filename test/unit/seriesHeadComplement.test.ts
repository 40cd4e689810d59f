import { describe, expect, it } from "vitest";
import { SERIES_HEAD_COMPLEMENT } from "../../ingest/core/seriesHeadComplement.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** "The last ministerial conference of the Dialogue, in Maputo in 2019": the series' head word as the complement (core/seriesHeadComplement.ts). */
describe(`${SERIES_HEAD_COMPLEMENT.id}: a kind of meeting "of the <series' head>"`, () => {
  for (const ex of SERIES_HEAD_COMPLEMENT.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of SERIES_HEAD_COMPLEMENT.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
