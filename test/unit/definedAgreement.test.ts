import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (text: string) => buildGraphs([textSource("note.txt", `Page\n\n${text}`)], catalog)[0]!;

describe("DEFINED_AGREEMENTS (definedAgreement.ts): a defined title of generic words headed by 'Agreement' is one treaty", () => {
  it("the treaty's acronym after it is the treaty", () => {
    const g = graph("The Coastal Comprehensive Economic Partnership Agreement (CCEPA) entered into force in 2022. Ghana ratified the CCEPA in 2023.");
    const treaty = g.entities.find((e) => e.name === "Coastal Comprehensive Economic Partnership Agreement");
    expect(treaty?.kind).toBe("CONVENTION");
    expect(g.relations.some((r) => r.type === "RATIFIED" && r.sourceId === "ctry:gh" && r.targetId === treaty?.id)).toBe(true);
  });
  it("a summit named by the treaty's acronym stays a meeting series of its own (catalogMentions.ts TREATY_MEETING_AFTER)", () => {
    const g = graph("The Regional Comprehensive Economic Partnership Agreement (RCEP) was signed in 2020. Leaders met at the fourth RCEP Summit in Hanoi on 15 November 2020.");
    expect(g.entities.some((e) => e.kind === "FORUM" && /RCEP Summit/.test(e.name))).toBe(true);
  });
});
