import { describe, expect, it } from "vitest";
import { copyId, graphCopy, passageTrees, type SourceGraph } from "../../bench/lib/scaleGraph.js";
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

describe("passageTrees (bench --scale writes copies as the ingest loads a document)", () => {
  const two: SourceGraph = {
    ...source,
    documents: [...source.documents, { id: "doc:002-b-txt", title: "U" }],
    passages: [...source.passages, { id: "psg:002-b-txt:0", documentId: "doc:002-b-txt", text: "Quillon met." }],
    mentions: [...source.mentions, { passageId: "psg:002-b-txt:0", entityId: "ctry:ql", count: 2 }],
  };
  it("puts each passage under its document, with the mentions and evidence of that passage only", () => {
    const trees = passageTrees(graphCopy(two, 3));
    expect([...trees.keys()]).toEqual(["doc:001-a-txt.x3", "doc:002-b-txt.x3"]);
    const [a] = trees.get("doc:001-a-txt.x3")!;
    expect(a).toMatchObject({ passage: { id: "psg:001-a-txt:0.x3" }, mentions: [{ entityId: "org:iom.x3", count: 1 }], evidence: [{ id: "ev:1.x3" }] });
    const [b] = trees.get("doc:002-b-txt.x3")!;
    expect(b).toMatchObject({ passage: { id: "psg:002-b-txt:0.x3" }, mentions: [{ entityId: "ctry:ql.x3", count: 2 }], evidence: [] });
  });
});
