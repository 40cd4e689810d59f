import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const page = textSource;
const profile = page(
  "profile.txt",
  "Department of Coastal Affairs (DCA), Ghana: fact sheet\n\nThe Department runs the Harbour Safety Fund. Its Lagoon Inspection Unit and its Port Welfare Office were set up in 2019.",
);
// Another page names the same department, with its acronym, more often than the profile does: its variant names the
// merged entity, so the profile's own spelling of the id is folded away.
const news = page(
  "news.txt",
  "News\n\nThe Department of Coastal Affairs (DCA) of Ghana met port unions in Tema. The Department of Coastal Affairs said the DCA would publish a report.",
);

// A page of another state writes the same bare name and ties it to Kenya: the bare node is no longer Ghana's alone.
const kenyanNews = page(
  "kenya.txt",
  "News\n\nThe Department of Coastal Affairs (DCA) of Kenya met port unions in Mombasa. The Department of Coastal Affairs said the DCA would publish a report. Kenya's Department of Coastal Affairs runs the Mombasa port clinic.",
);

// A page of another state writes the bare name with the acronym and ties it to Kenya, but makes no Kenyan node: only
// the resolver can tell the two bodies apart (stateBodyApart.ts).
const kenyanBrief = page(
  "kenya-brief.txt",
  "Briefs\n\nKenya's Department of Coastal Affairs (DCA) met port unions in Mombasa. The DCA said it would publish a report. The DCA met the unions again in May.",
);

function linksOf(g: DocumentGraph, type: string, targetName: string): string[] {
  const target = g.entities.find((e) => e.name === targetName);
  return g.relations.filter((r) => r.type === type && r.targetId === target?.id).map((r) => g.entities.find((e) => e.id === r.sourceId)?.acronym ?? r.sourceId);
}

describe("a profile's titled body keeps its links when another document's variant of its name wins the fold (titleState.ts)", () => {
  it("links the titled body on its own", () => {
    const [g] = buildGraphs([profile], defaultCatalog());
    expect(linksOf(g!, "LEADS", "Harbour Safety Fund")).toEqual(["DCA"]);
  });

  it("links the same body under the folded id when another page names it too", () => {
    const graphs = buildGraphs([profile, news], defaultCatalog());
    const g = graphs.find((x) => x.document.source === "profile.txt")!;
    const ids = new Set(graphs.flatMap((x) => x.entities.filter((e) => e.acronym === "DCA").map((e) => e.id)));
    expect(ids.size).toBe(1);
    expect(linksOf(g, "LEADS", "Harbour Safety Fund")).toEqual(["DCA"]);
  });

  it("keeps the titled body's rows off a bare name that another state's page also uses", () => {
    const graphs = buildGraphs([profile, kenyanNews], defaultCatalog());
    const g = graphs.find((x) => x.document.source === "profile.txt")!;
    const bare = graphs.flatMap((x) => x.entities).find((e) => e.name === "Department of Coastal Affairs");
    expect(bare).toBeDefined();
    expect(g.relations.filter((r) => r.sourceId === bare!.id || r.targetId === bare!.id)).toEqual([]);
  });

  it("keeps the titled body apart from a bare name another state's page writes, though that page makes no node of its own", () => {
    const graphs = buildGraphs([profile, kenyanBrief], defaultCatalog());
    const g = graphs.find((x) => x.document.source === "profile.txt")!;
    const kenyan = graphs.find((x) => x.document.source === "kenya-brief.txt")!;
    const bare = kenyan.entities.find((e) => e.acronym === "DCA")!;
    // "Kenya's Department of Coastal Affairs (DCA)" states its state, so the Kenyan page's body is Kenya's
    // (paragraphState.ts); either way it stays apart from the profile's titled body.
    expect(bare.name).toBe("Kenyan Department of Coastal Affairs");
    expect(g.entities.find((e) => e.acronym === "DCA")?.id).not.toBe(bare.id);
    expect(linksOf(g, "LEADS", "Harbour Safety Fund")).toEqual(["DCA"]);
    expect(g.relations.filter((r) => r.sourceId === bare.id || r.targetId === bare.id)).toEqual([]);
  });
});
