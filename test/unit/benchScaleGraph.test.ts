import { describe, expect, it } from "vitest";
import { copyId, graphCopy, type SourceGraph } from "../../bench/lib/scaleGraph.js";
import { parseId } from "../../src/ontology/ids.js";

const source: SourceGraph = {
  documents: [{ id: "doc:001-a-txt", title: "T" }],
  passages: [{ id: "psg:001-a-txt:0", documentId: "doc:001-a-txt", text: "IOM works." }],
  entities: [{ id: "org:iom", label: ["Organization"], props: { id: "org:iom", name: "IOM" } }],
  relations: [{ id: "rel:1", type: "MEMBER_OF", sourceId: "org:iom", targetId: "forum:gmg", confidence: 0.9 }],
  evidence: [{ id: "ev:1", relationId: "rel:1", documentId: "doc:001-a-txt", passageId: "psg:001-a-txt:0", text: "IOM works." }],
  mentions: [{ passageId: "psg:001-a-txt:0", entityId: "org:iom", count: 1 }],
};

describe("graphCopy (bench --scale)", () => {
  it("suffixes every id and id reference of a copy, keeps names and text, and leaves copy 0 as it is", () => {
    const c = graphCopy(source, 7);
    expect(c.entities[0]).toEqual({ id: "org:iom.x7", label: ["Organization"], props: { id: "org:iom.x7", name: "IOM" } });
    expect(c.relations[0]).toMatchObject({ id: "rel:1.x7", sourceId: "org:iom.x7", targetId: "forum:gmg.x7", confidence: 0.9 });
    expect(c.evidence[0]).toMatchObject({ id: "ev:1.x7", relationId: "rel:1.x7", documentId: "doc:001-a-txt.x7", passageId: "psg:001-a-txt:0.x7", text: "IOM works." });
    expect(c.passages[0]).toMatchObject({ id: "psg:001-a-txt:0.x7", documentId: "doc:001-a-txt.x7" });
    expect(c.mentions[0]).toEqual({ passageId: "psg:001-a-txt:0.x7", entityId: "org:iom.x7", count: 1 });
    expect(graphCopy(source, 0)).toEqual(source);
    // The API accepts a copy's ids as it does the originals'.
    expect(parseId(copyId("org:iom", 42))).toMatchObject({ family: "entity", kind: "ORGANIZATION" });
  });
});
