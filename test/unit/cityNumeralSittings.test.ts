import { describe, expect, it } from "vitest";
import { CITY_NUMERAL_SITTING } from "../../ingest/core/cityNumeralSittings.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** "Tatra IV met in Kraków in May 2019": a sitting named by its series' city and a Roman numeral (core/cityNumeralSittings.ts). */
describe(`${CITY_NUMERAL_SITTING.id}: a sitting named by its series' city and a numeral`, () => {
  for (const ex of CITY_NUMERAL_SITTING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of CITY_NUMERAL_SITTING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
