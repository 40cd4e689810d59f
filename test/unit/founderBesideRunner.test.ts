import { describe, expect, it } from "vitest";
import { linkedOnPage } from "../support/pageGraphs.js";

describe("a founder beside the one said to run the thing (founderBesideRunner.ts)", () => {
  it("a co-founder gives way where the same sentence says the other co-founder runs the thing", () => {
    expect(linkedOnPage("UNDP and ILO set up the Orchard Skills Window, which ILO manages.", "org:undp", "ini:orchard-skills-window")).toBe(false);
    expect(linkedOnPage("UNDP and ILO set up the Orchard Skills Window, which ILO manages.", "org:ilo", "ini:orchard-skills-window")).toBe(true);
  });
  it("a co-founder keeps its lead where no one is said to run the thing", () => {
    expect(linkedOnPage("UNDP and ILO set up the Orchard Skills Window in 2015.", "org:undp", "ini:orchard-skills-window")).toBe(true);
  });
  // Still open: an object "it" after a semicolon inside one sentence is resolved by no reader, so "UNHCR runs it" names no runner.
  it.fails("a co-founder gives way where the other co-founder is said to run the thing", () => {
    expect(linkedOnPage("UNHCR and IOM established the Tideway Skills Facility; UNHCR runs it.", "org:iom", "ini:tideway-skills-facility")).toBe(false);
  });
});
