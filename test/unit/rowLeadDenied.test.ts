import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROW_LEAD_EXAMPLES, ROW_ROLE_EXAMPLES, rowLeadDenied, rowRoleLead } from "../../ingest/core/rowQualifier.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("status.txt", text);
const ratified = (text: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === "RATIFIED").map((r) => r.sourceId).sort();

const STATUS = [
  "CONVENTION ON COASTAL ASYLUM (LIMA, 1961)",
  "Status of signatures and ratifications",
  "",
  "The Convention on Coastal Asylum was adopted in Lima in 1961.",
  "",
  "Notes on the record",
  "1. Several states made declarations when they signed; among those that have not ratified, these include Chile and Peru.",
  "2. Fifteen member states have neither signed nor ratified; Canada and Jamaica are among them.",
  "",
  "Ratifications",
  "- Brazil, 1965",
  "- Ecuador, 1955",
].join("\n");

describe("a row's sentence that denies before the name (rowLeadDenied, registerRows.ts)", () => {
  it("reads each example lead as its table says", () => {
    for (const ex of ROW_LEAD_EXAMPLES) expect(rowLeadDenied(ex.lead), ex.lead).toBe(ex.denied);
  });

  it("takes no ratification from a note that says the states have not ratified, and keeps the rows that have", () => {
    const states = ratified(STATUS);
    expect(states).toEqual(expect.arrayContaining(["ctry:br", "ctry:ec"]));
    for (const denied of ["ctry:cl", "ctry:pe", "ctry:ca", "ctry:jm"]) expect(states).not.toContain(denied);
  });
});

const GROUPS = [
  "Reef Fisheries Dialogue: how it works",
  "",
  "The Reef Fisheries Dialogue is the regional consultative process of the coastal states of the Pacific. It first met in Suva in 2004.",
  "",
  "The working groups",
  "",
  "Three Thematic Working Groups (TWGs) carry out the technical work of the dialogue. Each is made up of delegates of the member states:",
  "",
  "- Thematic Working Group on Catch Data - chaired by Fiji",
  "- Thematic Working Group on Crew Welfare - chaired by Samoa",
  "- Thematic Working Group on Port Control",
].join("\n");

describe("a row that names its entity through another role (rowRoleLead, registerRows.ts)", () => {
  it("reads each example lead as its table says", () => {
    for (const ex of ROW_ROLE_EXAMPLES) expect(rowRoleLead(ex.lead, ex.type), `${ex.lead}| ${ex.type}`).toBe(ex.left);
  });

  it("makes a state that chairs one group no member of the groups' list, and keeps its chair", () => {
    const rels = buildGraphs([page(GROUPS)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
    expect(rels.filter((r) => r.startsWith("MEMBER_OF ctry:"))).toEqual([]);
    expect(rels).toContain("CHAIRED ctry:fj forum:thematic-working-group-on-catch-data");
  });
});
