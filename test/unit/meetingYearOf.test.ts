import { describe, expect, it } from "vitest";
import { yearAfter } from "../../ingest/core/meetingYearOf.js";

/** An apposition of states after a numbered meeting keeps its date its own (meetingYearOf.ts STATES_APPOSITION). */
describe("the year after an apposition of the states that sat", () => {
  const at = (text: string) => yearAfter(text, text.indexOf(",") === -1 ? text.length : text.indexOf(","));
  it("a consultation of the member governments, held then, is the meeting itself", () => {
    expect(at("the fifth round, a consultation of Andean governments held in Lima in 2012, agreed a plan")).toBe(2012);
  });
  it("a gathering of donor, host or observer states is another meeting", () => {
    expect(at("the fifth round, a consultation of donor governments held in Lima in 2012, agreed a plan")).not.toBe(2012);
    expect(at("the fifth round, a meeting of host states held in Lima in 2012, agreed a plan")).not.toBe(2012);
  });
});
