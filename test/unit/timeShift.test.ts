import { describe, expect, it } from "vitest";
import { TIME_SHIFT_EXAMPLES, shiftsTime } from "../../ingest/core/timeShift.js";
import { linkedOnPage } from "../support/pageGraphs.js";

describe("a phrase that moves a sentence to another time than the reported meeting", () => {
  for (const ex of TIME_SHIFT_EXAMPLES) {
    it(`${ex.shifts ? "shifts" : "stays"}: ${ex.before}`, () => expect(shiftsTime(ex.before)).toBe(ex.shifts));
  }
});

const COLOMBO_MEETING = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";
const COLOMBO_2016 = "forum:colombo-process-2016";

describe("a time shift in the attendance sentence, through the pipeline", () => {
  it("'Last time', 'Last year', 'At last year's meeting' move the sentence to another sitting", () => {
    expect(linkedOnPage(`${COLOMBO_MEETING} Last time, Bhutan was there as well.`, "ctry:bt", COLOMBO_2016)).toBe(false);
    expect(linkedOnPage(`${COLOMBO_MEETING} At last year's meeting, Bhutan and Nepal attended.`, "ctry:bt", COLOMBO_2016)).toBe(false);
  });
  it("a shift word in an apposition or an earlier clause does not move the attendance (lost true links)", () => {
    expect(linkedOnPage(`${COLOMBO_MEETING} Nepal, previously an observer, attended.`, "ctry:np", COLOMBO_2016)).toBe(true);
    expect(linkedOnPage(`${COLOMBO_MEETING} The next meeting will be in Dhaka; Bhutan attended.`, "ctry:bt", COLOMBO_2016)).toBe(true);
  });
});

