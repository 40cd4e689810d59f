import { describe, expect, it } from "vitest";
import { CITY_NUMERAL_SITTING } from "../../ingest/core/cityNumeralSittings.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** "Tatra IV met in Kraków in May 2019": a sitting named by its series' city and a Roman numeral (core/cityNumeralSittings.ts). */
describe(`${CITY_NUMERAL_SITTING.id}: a sitting named by its series' city and a numeral`, () => {
  for (const ex of CITY_NUMERAL_SITTING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of CITY_NUMERAL_SITTING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

describe(`${CITY_NUMERAL_SITTING.id}: a numeral followed by a word that is no sitting's (review rev31b)`, () => {
  const events = (title: string, text: string) => meetingNames(title, text);
  it("'the Paris II agreement' names no sitting", () => expect(events("Paris Process", "The Paris Process links states of Europe and Africa on return. Delegates in 2019 discussed how the Paris II agreement on climate finance could help.")).toEqual([]));
  it("the pronoun in 'in Quito I found' is no first sitting", () => expect(events("Quito Process", "The Quito Process brings together Latin American states on Venezuelan refugees. \"When I arrived in Quito I found no shelter,\" a Venezuelan mother told the ministers in 2019.")).toEqual([]));
  it("'the Rabat V action plan' names no sitting", () => expect(events("Rabat Process", "The Rabat Process links 57 states of Europe and Africa. Mohammed V University in Rabat hosted a seminar in 2016; the Rabat V action plan was adopted in Marrakesh in 2018.")).toEqual([]));
});

describe(`${CITY_NUMERAL_SITTING.id}: an apposition after the numeral (review rev31b)`, () => {
  it("'Prague IV, a business park' is a place, not a sitting", () => {
    expect(meetingNames("Prague Process", "The Prague Process links states of the European Union and the East. Prague IV, a business park, hosted the 2016 ministerial conference of the Process; Czechia chaired it.")).not.toContain(fold("Prague IV of the Prague Process"));
  });
});
