import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("n.txt", text)], catalog)[0]!;
const has = (text: string, type: string, source: string, targetName: string) => {
  const g = graph(text);
  const target = g.entities.find((e) => e.name === targetName);
  return !!target && g.relations.some((r) => r.type === type && r.sourceId === source && r.targetId === target.id);
};

describe("later uses of an acronym bound after the catalog step, in the same passage (laterAcronymUses.ts)", () => {
  it("reads the acronym alone after 'ACR (Title) is a project' as the title", () => {
    const text = "CORAL (Coastal Relief for Atoll Labourers) is a three-year project. The ILO implements CORAL in Fiji.";
    expect(has(text, "LEADS", "org:ilo", "Coastal Relief for Atoll Labourers")).toBe(true);
  });
  it("reads it after an apposed definition too, and a passive funder", () => {
    const text = "Training was backed by TIDES (Training for Inland Delta Employment Services), a joint UN programme. TIDES is funded by Sweden.";
    expect(has(text, "FUNDS", "ctry:se", "Training for Inland Delta Employment Services")).toBe(true);
  });
  it("does not read a use before the definition, nor another spelling", () => {
    const before = "The ILO implements CORAL in Fiji. CORAL (Coastal Relief for Atoll Labourers) is a three-year project.";
    expect(has(before, "LEADS", "org:ilo", "Coastal Relief for Atoll Labourers")).toBe(false);
    const spelt = "CORAL (Coastal Relief for Atoll Labourers) is a three-year project. The ILO implements Coral in Fiji.";
    expect(has(spelt, "LEADS", "org:ilo", "Coastal Relief for Atoll Labourers")).toBe(false);
  });
});
