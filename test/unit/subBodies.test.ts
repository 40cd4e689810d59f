import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { BODY_LABEL_EXAMPLES } from "../../ingest/core/bodyLabel.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { isGoverningName, plannedBody, SUB_BODY_EXAMPLES } from "../../ingest/core/subBodyRules.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("body.txt", text);
const graphOf = (text: string): DocumentGraph => buildGraphs([page(text.includes("\n") ? text : `Notes\n\n${text}`)], catalog)[0]!;
const stated = (text: string, [type, source, target]: [string, string, string]) => graphOf(text).relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("sub-bodies of forums and programmes, named from their owner (ingest/core/subBodyRules.ts, governingBody.ts)", () => {
  for (const ex of SUB_BODY_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of SUB_BODY_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
  for (const ex of SUB_BODY_EXAMPLES.unnamed) {
    it(`names no “${ex.name}” in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(graphOf(ex.text).entities.map((e) => e.name)).not.toContain(ex.name));
  }
  it("writes a body named alone on its forum's page with the forum's name before it too", () => {
    const graph = graphOf("Prague Process > Governance\n\nThe Technical Committee prepares the senior officials' meetings.");
    expect(graph.entities.find((e) => e.id === "forum:technical-committee-of-the-prague-process")?.aliases).toContain("Prague Process Technical Committee");
  });
});

describe("a line opening on a governing body lists its members (ingest/core/bodyLabel.ts)", () => {
  for (const ex of BODY_LABEL_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of BODY_LABEL_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("a body still to be set up (plannedBody)", () => {
  const at = (text: string, name: string) => plannedBody(text, text.indexOf(name), text.indexOf(name) + name.length);
  it("reads a plan before the creating verb", () => expect(at("States intend to set up a Steering Committee of the X Process.", "Steering Committee of the X Process")).toBe(true));
  it("reads a future passive after the name", () => expect(at("The X Process Ad Hoc Group will be established in 2026.", "X Process Ad Hoc Group")).toBe(true));
  it("takes a body created in the past for one that exists", () => expect(at("In 2019 the states created the Ad Hoc Group of the X Process.", "Ad Hoc Group of the X Process")).toBe(false));
  it("takes a body that met for one that exists", () => expect(at("The X Process Steering Committee met in May and will meet again in June.", "X Process Steering Committee")).toBe(false));
});

describe("a governing body's name (isGoverningName, from SUB_BODIES)", () => {
  it("reads the body's role and noun before its owner's name", () => expect(isGoverningName("Advisory Board of the Harbour Labour Dialogue")).toBe(true));
  it("reads the body's role and noun after its owner's name", () => expect(isGoverningName("Harbour Labour Dialogue Consultation Mechanism")).toBe(true));
  it("takes a body a forum has many of for none", () => expect(isGoverningName("Working Group of the Harbour Labour Dialogue")).toBe(false));
  it("takes a governing body named inside another name for none", () => expect(isGoverningName("Friends of the Steering Committee of the Harbour Labour Dialogue")).toBe(false));
  it("takes a body of its own ending in 'Standing Committee' for none", () => expect(isGoverningName("Inter-Agency Standing Committee")).toBe(false));
});
