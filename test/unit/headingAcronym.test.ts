import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graph = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!;

describe("a heading 'Name (ACR)' defines its acronym (headingAcronym.ts)", () => {
  it("makes the acronym in the text a mention of a body no catalog lists, and the topic of the list under it", () => {
    const g = graph("Home > Networks\n\nCoastal Migration Network (CMN)\n\nLegal basis: a decision of 2008\n\nAbout\nThe CMN was set up in 2008 and is coordinated by the European Commission.\n\nMembers:\n- Ghana\n- Togo\n");
    const cmn = g.entities.find((e) => e.name === "Coastal Migration Network");
    expect(cmn?.acronym).toBe("CMN");
    expect(g.relations.some((r) => r.sourceId === "org:european-commission" && r.targetId === cmn!.id)).toBe(true);
    expect(g.relations.some((r) => r.sourceId === "ctry:gh" && r.targetId === cmn!.id)).toBe(true);
  });

  it("reads a title's acronym in two parts ('… (DSP SEA)'): the list under it is the programme's, not the fund a line before it names", () => {
    const g = graph("Dock Safety Programme for South-East Asia (DSP SEA)\n\nThe Coastal Livelihoods Trust Fund of the Asian Development Bank pays for the DSP SEA.\n\nParticipating countries:\n- Japan\n- the Philippines\n- Viet Nam\n");
    const dsp = g.entities.find((e) => e.name === "Dock Safety Programme for South-East Asia");
    expect(dsp?.acronym).toBe("DSP SEA");
    expect(g.relations.some((r) => r.sourceId === "ctry:jp" && r.targetId === dsp!.id)).toBe(true);
    expect(g.relations.some((r) => r.sourceId === "ctry:jp" && r.targetId !== dsp!.id && r.targetId.startsWith("ini:"))).toBe(false);
  });

  it("keeps a catalog body renamed with a longer name ('…, Investment and Development (GFRID)') the catalog body", () => {
    const g = graph("Remittances\n\nGlobal Forum on Remittances, Investment and Development (GFRID)\n\nThe GFRID meets about every two years.\n");
    expect(g.entities.some((e) => e.name === "Global Forum on Remittances, Investment and Development")).toBe(false);
    expect(g.entities.some((e) => e.id === "forum:gfr")).toBe(true);
  });
});
