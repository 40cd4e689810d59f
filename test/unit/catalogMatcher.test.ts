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

describe("a form that opens with its article yields to a longer name after the article", () => {
  it("reads a body named after a state whole, not the state with its article", () => {
    expect(ids("Oxfam came, while the United States Agency for International Development sent observers.")).toEqual([["org:usaid", "United States Agency for International Development"]]);
    expect(ids("Talks with the UK Department for International Development went on.")).toContainEqual(["org:dfid", "UK Department for International Development"]);
  });

  it("keeps the state where no longer name follows the article", () => {
    expect(ids("Oxfam came, while the United States sent observers.")).toEqual([["ctry:us", "the United States"]]);
    expect(ids("the United States Congress and the Netherlands Red Cross")).toContainEqual(["ctry:us", "the United States"]);
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
    // "The Zeta" opens with its article and yields to the longer "Zeta Fund" after it (Matcher.findAll).
    expect(m.findAll(text).map((x) => [x.entityId, text.slice(x.start, x.end)])).toEqual([["b", "Zeta Fund"], ["a", "Zeta Council"]]);
    expect(m.findAll("The Zeta met.").map((x) => x.entityId)).toEqual(["c"]);
    expect(m.findAll("a Zeta Fund").map((x) => x.entityId)).toEqual(["b"]);
  });
});
