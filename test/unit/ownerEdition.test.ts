import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** OWNER_EDITIONS (ingest/core/ownerEdition.ts) beside a numbered name the document gave to a titled project of its own. */
const catalog = defaultCatalog();
const graphOf = (text: string) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!;
const RECORDS =
  "Fishery projects: the SAFER projects\n\n=== RECORD 1 of 2 ===\nAction\tRegional Action to Protect Fishing Crews in the Gulf of Guinea (SAFER II; or SAFER Coastal)\nDonors\tNorway\n\n" +
  "=== RECORD 2 of 2 ===\nProject title\tSAFER Lagoons (SAFER I), Volta Delta\n\nNotes: The SAFER project trained crews in Ghana.\n\n";

describe("a body's edition named beside another project of the family", () => {
  it("is no part of the short name when that project's numbered name stands beside it", () => {
    const graph = graphOf(`${RECORDS}Since 2013 SAFER II and ECOWAS SAFER have run the meetings.`);
    expect(graph.entities.map((e) => e.id)).toContain("ini:ecowas-safer");
    expect(graph.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.sourceId} ${r.targetId}`)).not.toContain("ini:ecowas-safer ini:safer");
  });
  it("is a part of the programme when written alone", () => {
    const graph = graphOf(`${RECORDS}Within the programme ECOWAS runs its own edition, ECOWAS SAFER, which trains inspectors.`);
    expect(graph.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.sourceId} ${r.targetId}`)).toContain("ini:ecowas-safer ini:safer");
  });
});
