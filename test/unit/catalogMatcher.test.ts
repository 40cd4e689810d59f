import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { createMatcher } from "../../ingest/core/recognise.js";

/** The catalog matcher on names that hold a possessive (sentences written for these specs). */
const matcher = createMatcher(defaultCatalog());
const ids = (text: string) => matcher.findAll(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);

describe("catalog names with a possessive", () => {
  it("matches a form written with a possessive, with a straight or a curly apostrophe", () => {
    expect(ids("Chair: United Nations Children's Fund")).toEqual([["org:unicef", "United Nations Children's Fund"]]);
    expect(ids("Chair: United Nations Children’s Fund")).toEqual([["org:unicef", "United Nations Children’s Fund"]]);
  });

  it("matches a state's name that holds one", () => {
    expect(ids("the Democratic People’s Republic of Korea")).toEqual([["ctry:kp", "Democratic People’s Republic of Korea"]]);
  });

  it("lets no other name run on over a possessive", () => {
    expect(ids("IOM’s Migration Fund")).toEqual([["org:iom", "IOM"]]);
  });
});

describe("states that no longer exist (formerStates in reference.json)", () => {
  it("reads a former state's name whole, not as two of today's states", () => {
    expect(ids("ratified by Peru, Serbia and Montenegro, and Spain")).toEqual([
      ["ctry:pe", "Peru"],
      ["ctry:csxx", "Serbia and Montenegro"],
      ["ctry:es", "Spain"],
    ]);
  });

  it("leaves today's states apart where they are listed apart", () => {
    expect(ids("Serbia, Montenegro and Spain")).toEqual([
      ["ctry:rs", "Serbia"],
      ["ctry:me", "Montenegro"],
      ["ctry:es", "Spain"],
    ]);
  });
});

describe("a matcher that learns a form after it has read text", () => {
  it("reads the new form where the same words were read before it was added", async () => {
    const { Matcher } = await import("../../ingest/core/Matcher.js");
    const m = new Matcher();
    m.add("a", { text: "Zeta Council", caseSensitive: false });
    const text = "The Zeta Fund met a Zeta Council.";
    expect(m.findAll(text).map((x) => text.slice(x.start, x.end))).toEqual(["Zeta Council"]);
    m.add("b", { text: "Zeta Fund", caseSensitive: false });
    m.add("c", { text: "The Zeta", caseSensitive: false });
    expect(m.findAll(text).map((x) => [x.entityId, text.slice(x.start, x.end)])).toEqual([["c", "The Zeta"], ["a", "Zeta Council"]]);
    expect(m.findAll("a Zeta Fund").map((x) => x.entityId)).toEqual(["b"]);
  });
});
