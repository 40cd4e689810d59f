import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** A role written as a hyphenated modifier before the thing it is about (ingest/core/hyphenRoles.ts). */
const catalog = defaultCatalog();
const relationsOf = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations;
const typed = (text: string, type: string) => relationsOf(text).filter((r) => r.type === type).map((r) => `${r.sourceId} ${r.targetId}`);
const all = (text: string) => relationsOf(text).map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("hyphenated role modifiers", () => {
  it("reads a demonym-led class noun after a copula as leading the subject", () => {
    expect(typed("The Coastal Dialogue on Ports is a Portuguese-led forum where harbour ministers meet once a year.", "LEADS").join("|")).toMatch(/ctry:pt \S*coastal-dialogue-on-ports/);
  });
  it("reads an acronym-funded name as funding it", () => {
    expect(typed("Work began in 2015 under the IFAD-funded Rural Remittance Savings Programme in Senegal.", "FUNDS").join("|")).toMatch(/org:ifad \S*rural-remittance-savings-programme/);
  });
  it("reads coordinated modifiers before 'creation of' a named thing", () => {
    const text = "The meeting welcomed the UNDP-financed and ILO-led creation of an Andean Remittance Facility.";
    expect(typed(text, "FUNDS").join("|")).toMatch(/org:undp \S*andean-remittance-facility/);
    expect(typed(text, "LEADS").join("|")).toMatch(/org:ilo \S*andean-remittance-facility/);
  });
  it("reads an apposed 'X, a Y-run programme'", () => {
    expect(typed("The Harbour Skills Programme, an IOM-run project, trains dock workers in Ghana.", "LEADS").join("|")).toMatch(/org:iom \S*harbour-skills-programme/);
  });
  it("reads an -implemented modifier before a catalog programme", () => {
    expect(typed("Towns in Morocco joined the UNDP-implemented JMDI in 2009.", "LEADS")).toContain("org:undp ini:jmdi");
  });
  it("links nothing where a copula's class noun is a generic effort", () => {
    expect(typed("The Harbour Skills Programme is a UN-led effort.", "LEADS")).toEqual([]);
  });
  it("links nothing where the modifier stands on a noun that names no entity", () => {
    const text = "UNHCR-led efforts and donor-funded activities reached the Coastal Dialogue on Ports.";
    expect(all(text).filter((r) => /^(?:LEADS|FUNDS) org:unhcr/.test(r))).toEqual([]);
  });
  it("links nothing for a state-, self- or planned modifier", () => {
    expect(typed("The Coastal Dialogue on Ports is a state-led forum.", "LEADS")).toEqual([]);
    expect(typed("The Rural Remittance Savings Programme is a self-funded project.", "FUNDS")).toEqual([]);
    expect(typed("The Rural Remittance Savings Programme was to be an IFAD-funded project.", "FUNDS")).toEqual([]);
    expect(typed("Officials discussed a planned IFAD-funded Rural Remittance Savings Programme.", "FUNDS")).toEqual([]);
  });
  it("does not read a fronted place phrase as the subject of an apposed modifier", () => {
    expect(typed("At the Coastal Dialogue on Ports, an IOM-led workshop looked at port labour.", "LEADS").filter((r) => r.startsWith("org:iom"))).toEqual([]);
  });
  it("reads -hosted only from a state to a meeting", () => {
    expect(typed("UNHCR-hosted talks on the Harbour Skills Programme followed.", "HOSTED")).toEqual([]);
  });
});
