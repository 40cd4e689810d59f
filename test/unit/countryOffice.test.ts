import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";

const catalog = defaultCatalog();
const graphOf = (text: string) => buildGraphs([{ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" }], catalog)[0]!;
const partOf = (text: string) => {
  const g = graphOf(text);
  const name = new Map(g.entities.map((e) => [e.id, e.name]));
  return g.relations.filter((r) => r.type === "PART_OF").map((r) => `${name.get(r.sourceId)} -> ${name.get(r.targetId)}`);
};

// COUNTRY_OFFICES (bodyNameRules.ts, read by countryOffice.ts): the office is part of its body, stated from its name.
describe("country offices", () => {
  it("states PART_OF from an office named by its body's acronym and a country", () => {
    expect(partOf("In Senegal, IOM Senegal has run the campaign since 2018.")).toContain("IOM Senegal -> International Organization for Migration");
    expect(partOf("Returnees led their own activities, with support from IOM Nigeria.")).toContain("IOM Nigeria -> International Organization for Migration");
  });

  it("reads IOM's office in the United Kingdom as an office, as the catalog no longer names IOM by it", () => {
    expect(partOf("IOM UK, working together with the British Red Cross, supports the reunification of refugees.")).toContain("IOM UK -> International Organization for Migration");
    const g = graphOf("IOM UK, working together with the British Red Cross, supports the reunification of refugees.");
    expect(g.entities.find((e) => e.id === "org:iom")?.aliases ?? []).not.toContain("IOM UK");
  });

  it("reads the office of a body whose acronym the page defines", () => {
    const text = "The Harbour Workers Alliance (HWA) met in Accra.\n\nHWA Ghana signed the charter with the ministry.";
    expect(partOf(text)).toContain("HWA Ghana -> Harbour Workers Alliance");
  });

  it("takes the office's work from the body itself", () => {
    const g = graphOf("In Senegal, IOM Senegal has run the Coastal Messengers campaign since 2018.");
    expect(g.entities.map((e) => e.id)).toContain("org:iom-senegal");
    expect(g.relations.some((r) => r.sourceId === "ctry:sn")).toBe(false);
  });

  it("reads no office where the page defines the acronym with the country in the body's own name", () => {
    const text = "The Institute of Strategic and International Studies (ISIS) Malaysia hosts it.\n\nIn 2024 the meeting was hosted again by ISIS Malaysia.";
    expect(partOf(text).filter((r) => r.startsWith("ISIS Malaysia"))).toEqual([]);
  });

  it("reads no office in a compound, a title, a list or a body acting in a place", () => {
    for (const text of [
      "Arrivals fell after the EU Turkey statement of March 2016.",
      "The figures come from the UNHCR Jordan Fact Sheet of May 2023.",
      "The plan was signed by IOM, Senegal and Mali.",
      "The IOM in Senegal said the campaign would go on.",
    ]) expect(partOf(text), text).toEqual([]);
  });
});
