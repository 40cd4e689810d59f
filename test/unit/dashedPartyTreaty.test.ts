import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("note.txt", `Page\n\n${text}`)], catalog)[0]!;
/** Whether the one-page graph has a RATIFIED link from the state to the treaty named. */
function ratified(text: string, state: string, treaty: string): boolean {
  const g = graph(text);
  const ids = (name: string) => new Set(g.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id));
  const s = ids(state), t = ids(treaty);
  return g.relations.some((r) => r.type === "RATIFIED" && s.has(r.sourceId) && t.has(r.targetId));
}

describe("DASHED_PARTY_TREATIES (dashedPartyTreaty.ts) with PARTIES_IN_TREATY_NAME: the two dashed parties of a treaty's name ratified it", () => {
  it("both states of 'the Greece–Turkey readmission agreement' are its parties", () => {
    const text = "Border checks tightened after the Greece–Turkey readmission agreement took effect in 2002.";
    expect(ratified(text, "Greece", "Greece–Turkey readmission agreement")).toBe(true);
    expect(ratified(text, "Türkiye", "Greece–Turkey readmission agreement")).toBe(true);
  });
  it("a body among the two parties ratifies nothing; the state does", () => {
    const text = "The EU–Turkey Readmission Agreement entered into force in 2014.";
    expect(ratified(text, "Türkiye", "EU–Turkey Readmission Agreement")).toBe(true);
    expect(graph(text).relations.some((r) => r.type === "RATIFIED" && r.sourceId.startsWith("org:"))).toBe(false);
  });
  it("a programme named in the subject stays a mention of its own", () => {
    const g = graph("Ghana and Togo renewed the Ghana-Togo memorandum on the Harbour Permit Scheme in 2014.");
    expect(g.entities.map((e) => e.name)).toContain("Harbour Permit Scheme");
  });
  it("no treaty where the dash joins two states before a noun of no treaty", () => {
    expect(graph("The Ghana-Togo border was closed in 2020.").entities.some((e) => e.kind === "CONVENTION")).toBe(false);
  });
});
