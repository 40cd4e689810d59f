import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";

const graph = (text: string) => buildGraphs([{ path: "p.txt", name: "p.txt", format: "txt", text, bytes: text.length, hash: "p" }], defaultCatalog())[0]!;

describe("a heading 'Name (ACR)' defines its acronym (headingAcronym.ts)", () => {
  it("makes the acronym in the text a mention of a body no catalog lists, and the topic of the list under it", () => {
    const g = graph("Home > Networks\n\nCoastal Migration Network (CMN)\n\nLegal basis: a decision of 2008\n\nAbout\nThe CMN was set up in 2008 and is coordinated by the European Commission.\n\nMembers:\n- Ghana\n- Togo\n");
    const cmn = g.entities.find((e) => e.name === "Coastal Migration Network");
    expect(cmn?.acronym).toBe("CMN");
    expect(g.relations.some((r) => r.sourceId === "org:european-commission" && r.targetId === cmn!.id)).toBe(true);
    expect(g.relations.some((r) => r.sourceId === "ctry:gh" && r.targetId === cmn!.id)).toBe(true);
  });

  it("reads a title's acronym in two parts ('… (HSSP EA)'): the rows under it are the programme's, not the fund a row before names", () => {
    const g = graph("Harbour Skills and Safety Programme for East Asia (HSSP EA)\nProgramme fact sheet\n\nKey facts\nFunding: the Asian Development Bank, through its Coastal Livelihoods Trust Fund\nMember states: Japan, the Philippines and Viet Nam\n\nSummary\nThe HSSP EA trains dock crews.\n");
    const hssp = g.entities.find((e) => e.name === "Harbour Skills and Safety Programme for East Asia");
    expect(hssp?.acronym).toBe("HSSP EA");
    expect(g.relations.some((r) => r.sourceId === "ctry:jp" && r.targetId === hssp!.id)).toBe(true);
    expect(g.relations.some((r) => r.sourceId === "ctry:jp" && r.targetId !== hssp!.id && r.targetId.startsWith("ini:"))).toBe(false);
  });

  it("keeps a catalog body renamed with a longer name ('…, Investment and Development (GFRID)') the catalog body", () => {
    const g = graph("Remittances\n\nGlobal Forum on Remittances, Investment and Development (GFRID)\n\nThe GFRID meets about every two years.\n");
    expect(g.entities.some((e) => e.name === "Global Forum on Remittances, Investment and Development")).toBe(false);
    expect(g.entities.some((e) => e.id === "forum:gfr")).toBe(true);
  });
});
