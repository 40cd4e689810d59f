import { describe, expect, it } from "vitest";
import { openingBeforeSubject } from "../../ingest/core/openingBeforeSubject.js";

describe("openingBeforeSubject: a fronted phrase that leaves the subject to 'it'", () => {
  it("takes a placing phrase whose noun is the preposition's object", () => {
    expect(openingBeforeSubject("Among the ILO's instruments ")).toBe(true);
    expect(openingBeforeSubject("Under the 2016 plan, ")).toBe(true);
    expect(openingBeforeSubject("Present in the region since 2004, ")).toBe(true);
  });
  it("leaves a phrase with a relative clause of its own, whose 'it' is an object", () => {
    expect(openingBeforeSubject("Among the states that signed ")).toBe(false);
    expect(openingBeforeSubject("Under the plan which funds ")).toBe(false);
    expect(openingBeforeSubject("Among the donors who support ")).toBe(false);
  });
});
