import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

// catalogMentions.ts: a catalog acronym opening a hyphenated acronym the page defined ("SADC-NGO") is a word of that
// acronym, no mention of the catalog body; undefined, or standing alone, it is still the catalog body.
const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("note.txt", text)], catalog)[0]!;
const edge = (text: string, type: string) => graph(text).relations.filter((r) => r.type === type).map((r) => [r.sourceId, r.targetId]);

const DEFINED = "Ratification\n\nThe SADC Council of Non-Governmental Organisations (SADC-NGO) added Lesotho to the list.\n\n";
const COUNCIL = "org:sadc-council-of-non-governmental-organisations";

describe("a hyphenated acronym the page defined is not its first part's catalog body", () => {
  it("reads SADC-NGO opening a sentence as the defined council", () => {
    expect(edge(`${DEFINED}Campaigning\n\nSADC-NGO, the regional umbrella of NGO councils, launched a Free Movement of Fishers campaign in 2005.`, "LEADS")).toContainEqual([COUNCIL, "ini:free-movement-of-fishers"]);
  });
  it("reads SADC-NGO inside a sentence as the defined council, not as SADC", () => {
    const ids = graph(`${DEFINED}Letters\n\nIn 2005 the umbrella body SADC-NGO wrote to the ministers of Lesotho and Namibia.`).entities.map((e) => e.id);
    expect(ids).toContain(COUNCIL);
    expect(ids).not.toContain("org:sadc");
  });
  it("keeps SADC alone as the catalog body", () => {
    const ids = graph(`${DEFINED}Membership\n\nSADC counts sixteen member states.`).entities.map((e) => e.id);
    expect(ids).toContain("org:sadc");
  });
  it("keeps SADC in a hyphenated form the page never defined", () => {
    const ids = graph("Trade\n\nThe SADC-EU talks on fisheries resumed in Gaborone in 2019.").entities.map((e) => e.id);
    expect(ids).toContain("org:sadc");
  });
});
