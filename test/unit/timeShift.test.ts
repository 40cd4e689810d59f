import { describe, expect, it } from "vitest";
import { TIME_SHIFT_EXAMPLES, shiftsTime } from "../../ingest/core/timeShift.js";

describe("a phrase that moves a sentence to another time than the reported meeting", () => {
  for (const ex of TIME_SHIFT_EXAMPLES) {
    it(`${ex.shifts ? "shifts" : "stays"}: ${ex.before}`, () => expect(shiftsTime(ex.before)).toBe(ex.shifts));
  }
});
