import { describe, expect, it } from "vitest";
import { CITY_SITTING } from "../../ingest/core/citySitting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A sitting named by its host city and dated by its own words is that year's meeting of the series (core/citySitting.ts). */
describe(`${CITY_SITTING.id}: a sitting named by its host city`, () => {
  for (const ex of CITY_SITTING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of CITY_SITTING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
