import { describe, expect, it } from "vitest";
import { ATTENDANCE_LABEL_EXAMPLES, attendanceLabel } from "../../ingest/core/attendanceLabel.js";
import { hasRelation } from "../support/pageGraphs.js";

describe("a list of who was present states no standing relation (ingest/core/attendanceLabel.ts)", () => {
  for (const ex of ATTENDANCE_LABEL_EXAMPLES.positive) it(`states ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of ATTENDANCE_LABEL_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
  it("reads attendance labels, not 'Present chair' or a plain role", () => {
    expect(["Champion states present in Lomé:", "Delegations attending", "Countries in attendance", "States also present"].map(attendanceLabel)).toEqual([true, true, true, true]);
    expect(["Present chair", "Champion countries", "Countries where it is active"].map(attendanceLabel)).toEqual([false, false, false]);
  });
});
