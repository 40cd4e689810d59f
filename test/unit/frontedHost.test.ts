import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const hosted = (text: string) =>
  buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations
    .filter((r) => r.type === "HOSTED")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("a sentence that opens on its host (frontedHost.ts)", () => {
  it("gives the host to the meeting a page is titled by", () => {
    expect(hosted("Coastal Fisheries Forum 2014\n\nCo-hosted by Togo and Benin in Lomé.")).toEqual(["ctry:tg forum:coastal-fisheries-forum-2014", "ctry:bj forum:coastal-fisheries-forum-2014"]);
  });
  it("links a meeting only the title names to its series", () => {
    const text = "Coastal Fisheries Forum 2014\n\nCo-hosted by Togo and Benin in Lomé.";
    const rels = buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations;
    expect(rels.some((r) => r.type === "PART_OF" && r.sourceId === "forum:coastal-fisheries-forum-2014" && r.targetId === "forum:coastal-fisheries-forum")).toBe(true);
  });
  it("gives the host to the forum the main clause names, in the year the sentence states", () => {
    expect(hosted("The Coastal Fisheries Forum met in 2014.\n\nHosted by Togo in 2014, the Coastal Fisheries Forum adopted a plan.")).toContain("ctry:tg forum:coastal-fisheries-forum-2014");
  });
  it("gives no host where the main clause's subject is no forum", () => {
    expect(hosted("Coastal Fisheries Forum 2014\n\nHosted by Togo in 2014, IOM opened an office in Lomé.")).toEqual([]);
  });
  it("reads only a sentence that opens on the host", () => {
    expect(hosted("Coastal Fisheries Forum 2014\n\nThe workshop was hosted by Togo.")).toEqual([]);
  });
});
