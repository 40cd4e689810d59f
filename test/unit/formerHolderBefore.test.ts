import { describe, expect, it } from "vitest";
import { linkedOnPage } from "../support/pageGraphs.js";

/** A former holder of an office acts for no state (formerHolderBefore in governsDirectly.ts, the delegation shape in ruleShapes.ts). */
describe("former holders in the delegation shape and the predicate reader", () => {
  it("a former foreign minister's attendance is no act of the state (the predicate reader links it when delegates-met stands down)", () => {
    expect(linkedOnPage("The former foreign minister of Kenya attended the 2016 meeting of the Rabat Process.", "ctry:ke", "forum:rabat-process-2016")).toBe(false);
  });
  it("'past' and 'late' as time words do not make ministers former (lost true links)", () => {
    expect(linkedOnPage("Over the past year, ministers of Eritrea and Sudan met in Rome for the Rabat Process.", "ctry:er", "forum:rabat-process")).toBe(true);
    expect(linkedOnPage("In the late 1990s, ministers of Eritrea and Sudan met in Rome for the Rabat Process.", "ctry:er", "forum:rabat-process")).toBe(true);
  });
});
