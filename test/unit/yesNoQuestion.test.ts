import { describe, expect, it } from "vitest";
import { asksYesNo, YES_NO_QUESTION_EXAMPLES } from "../../ingest/core/yesNoQuestion.js";
import { hasRelation } from "../support/pageGraphs.js";

describe("a yes/no question states no relation (ingest/core/yesNoQuestion.ts)", () => {
  for (const ex of YES_NO_QUESTION_EXAMPLES.positive) it(`states ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of YES_NO_QUESTION_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});

describe("asksYesNo", () => {
  it("takes a sentence that opens with an auxiliary and ends with a question mark", () => {
    expect(asksYesNo("Does ECLAC chair the Conference?")).toBe(true);
    expect(asksYesNo("Isn't Tonga a member?")).toBe(true);
    expect(asksYesNo("In 2019, did Chile chair it?")).toBe(true);
    expect(asksYesNo('Was "the Fund" renamed?"')).toBe(true);
  });
  it("leaves statements, wh-questions and a question mark inside a title alone", () => {
    expect(asksYesNo("Who chairs the Conference?")).toBe(false);
    expect(asksYesNo("Does it matter? is the title of a report that IOM published.")).toBe(false);
    expect(asksYesNo("Dominica did chair the meeting.")).toBe(false);
    expect(asksYesNo("Mayors decided in 2018 to join the network?")).toBe(false);
  });
});
