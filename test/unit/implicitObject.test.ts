import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";
import { IMPLICIT_OBJECT_EXAMPLES } from "../../ingest/core/implicitObject.js";
import { linkedOnPage } from "../support/pageGraphs.js";

/** The unwritten object of an attendance or membership verb, run through the whole pipeline. */
const has = hasRelation;

describe("an unwritten object is not the group that names who the subjects are", () => {
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

const COLOMBO = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";
const C16 = "forum:colombo-process-2016";

describe("signing or endorsing an outcome is no attendance of the meeting (signed-outcome-implicit was removed)", () => {
  it("a state's own plan after 'its' is no outcome of the meeting", () => {
    expect(linkedOnPage(`${COLOMBO} Back home, Nepal adopted its action plan.`, "ctry:np", C16)).toBe(false);
  });
  it("a body's own road map after 'its' is no outcome of the meeting", () => {
    expect(linkedOnPage(`${COLOMBO} The World Bank approved its road map.`, "org:world-bank", C16)).toBe(false);
  });
  it("a state that did not attend and endorsed afterwards took no part", () => {
    expect(linkedOnPage(`${COLOMBO} Bhutan did not attend; it endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
  it("an endorsement after the meeting ('Weeks after the meeting', 'has since') is no presence", () => {
    expect(linkedOnPage(`${COLOMBO} Weeks after the meeting, Bhutan endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
    expect(linkedOnPage(`${COLOMBO} Bhutan has since endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
  it("another body endorsing the outcome later (the General Assembly) did not take part", () => {
    expect(linkedOnPage(`${COLOMBO} In December, the UN General Assembly endorsed the outcome document.`, "org:un-general-assembly", C16)).toBe(false);
  });
  it("an observer that endorses the communiqué stays an observer", () => {
    expect(linkedOnPage(`${COLOMBO} Qatar, an observer, endorsed the final communiqué.`, "ctry:qa", C16)).toBe(false);
  });
  it("the declaration of an earlier unnamed meeting is not the reported meeting's", () => {
    expect(linkedOnPage(`${COLOMBO} The previous ministerial meeting, held in Dhaka, ended with a declaration. Bhutan signed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
});

