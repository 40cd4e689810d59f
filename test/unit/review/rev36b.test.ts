import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import { textSource } from "../../support/textSource.js";

// Reviewer rev36b (session 35): false links found in body36 (units-of-body) and debt36 (rowTreaty). Each it.fails
// passed while the defect stood; fixB36 fixed them and made each a plain `it`.
const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("rev36b.txt", text)], catalog)[0]!;
const has = (text: string, type: string, from: string, to: string) =>
  graph(text).relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

const CLA = "Coastal Labour Authority (CLA), Ghana - agency profile\n\n";

describe("rev36b: body36 units-of-body (rules/leadInRules.ts) reads any 'has … <unit noun>:' as the body's units", () => {
  it("'has worked with several offices:' makes IOM no part of the Authority", () => {
    const text = `${CLA}The Authority has worked with several offices:\n- the International Organization for Migration;\n- the Port Health Bureau.\n`;
    expect(has(text, "PART_OF", "org:iom", "org:coastal-labour-authority")).toBe(false);
  });
  it("'has signed agreements with the following offices:' makes the ILO no part of the Authority", () => {
    const text = `${CLA}The Authority has signed agreements with the following offices:\n- the International Labour Office;\n- the Port Health Bureau.\n`;
    expect(has(text, "PART_OF", "org:ilo", "org:coastal-labour-authority")).toBe(false);
  });
  it("'has liaison officers in these offices:' makes UNHCR no part of the Authority", () => {
    const text = `${CLA}The Authority has liaison officers in these offices:\n- the Office of the High Commissioner for Human Rights;\n- UNHCR.\n`;
    expect(has(text, "PART_OF", "org:unhcr", "org:coastal-labour-authority")).toBe(false);
  });
  it("'has had contact with various offices:' makes UNHCR no part of the Authority", () => {
    const text = `${CLA}The Authority has had contact with various offices:\n- the Tema Crew Office;\n- UNHCR.\n`;
    expect(has(text, "PART_OF", "org:unhcr", "org:coastal-labour-authority")).toBe(false);
  });
  it("'has been asked to set up three directorates:' states no parts yet", () => {
    const text = `${CLA}The Authority has been asked to set up three directorates:\n- the Directorate for Port Labour;\n- the Directorate for Crew Licensing.\n`;
    expect(has(text, "PART_OF", "org:directorate-for-port-labour", "org:coastal-labour-authority")).toBe(false);
  });
  it("'comprises representatives of the following offices:' makes the offices no parts", () => {
    const text = `${CLA}The Authority comprises representatives of the following offices:\n- the Tema Crew Office;\n- the Port Health Bureau.\n`;
    expect(has(text, "PART_OF", "org:port-health-bureau", "org:coastal-labour-authority")).toBe(false);
  });
  it("'No departments are under its control:' denies the rows are parts", () => {
    const text = `${CLA}No departments are under its control:\n- the Maritime Training Office;\n- the Port Health Bureau.\n`;
    expect(has(text, "PART_OF", "org:maritime-training-office", "org:coastal-labour-authority")).toBe(false);
  });
  it("'the Ministry's control' on an authority's page does not make the rows the Authority's parts", () => {
    const text = `${CLA}Several bodies are under the Ministry's control:\n- the Crew Welfare Fund;\n- the Maritime Training Office.\n`;
    expect(has(text, "PART_OF", "org:maritime-training-office", "org:coastal-labour-authority")).toBe(false);
  });
});

const FISHERS = "Convention on the Protection of Inland Fishers (1998): status\n\nThe Convention on the Protection of Inland Fishers was adopted in 1998.\n\n## Ratifications\n\n";

describe("rev36b: debt36 rowTreaty (rowTreaty.ts) takes any treaty named earlier in the row as the row's own", () => {
  it("'Following the River Ferries Convention (1987), Peru acceded' is no accession to that convention", () => {
    const text = `${FISHERS}- Paraguay, 2001\n- Following the Convention on the Safety of River Ferries (1987), Peru acceded in 2001\n`;
    expect(has(text, "RATIFIED", "ctry:pe", "conv:convention-on-the-safety-of-river-ferries")).toBe(false);
  });
  it("'Modelled on the River Ferries Convention (1987): Peru acceded' is no accession to that convention", () => {
    const text = `${FISHERS}- Modelled on the Convention on the Safety of River Ferries (1987): Peru acceded in 2001\n`;
    expect(has(text, "RATIFIED", "ctry:pe", "conv:convention-on-the-safety-of-river-ferries")).toBe(false);
  });
  it("a treaty in one state's relative clause is not the next state's: '…; Chile, which had joined X in 1990, in 2004; Bolivia in 2005'", () => {
    const text = `${FISHERS}- Paraguay, 2001; Chile, which had joined the Convention on the Safety of River Ferries (1987) in 1990, in 2004; Bolivia in 2005\n`;
    expect(has(text, "RATIFIED", "ctry:bo", "conv:convention-on-the-safety-of-river-ferries")).toBe(false);
  });
  it("'2001: Peru, replacing its obligations under X; Chile' is no accession of Chile to X", () => {
    const text = `${FISHERS}- 2001: Peru, replacing its obligations under the Convention on the Safety of River Ferries (1987); Chile\n`;
    expect(has(text, "RATIFIED", "ctry:cl", "conv:convention-on-the-safety-of-river-ferries")).toBe(false);
  });
});
