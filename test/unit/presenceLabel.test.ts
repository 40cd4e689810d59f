import { describe, expect, it } from "vitest";
import { PRESENCE_LABEL_EXAMPLES, saysPresent } from "../../ingest/core/labelSense.js";
import { hasRelation } from "../support/pageGraphs.js";

describe("a list of who was present states no standing relation (ingest/core/labelSense.ts, saysPresent)", () => {
  for (const ex of PRESENCE_LABEL_EXAMPLES.positive) it(`states ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of PRESENCE_LABEL_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
  it("reads attendance labels, not 'Present chair' or a plain role", () => {
    expect(["Champion states present in Lomé:", "Delegations attending", "Countries in attendance", "States also present"].map(saysPresent)).toEqual([true, true, true, true]);
    expect(["Present chair", "Champion countries", "Countries where it is active"].map(saysPresent)).toEqual([false, false, false]);
  });
});
