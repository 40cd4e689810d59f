import { describe, expect, it } from "vitest";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { passageTree, rowCount, toStatements } from "../../ingest/load/statements.js";

const evidence = (id: string, passageId: string) => ({ id, relationId: "r1", passageId, documentId: "d1", section: null, text: "…", start: 0, end: 1, method: "m", confidence: 0.5 });

/** A small document graph: two passages, mentions on both, one relation stated in the second passage. */
function graph(extra: Partial<DocumentGraph> = {}): DocumentGraph {
  return {
    document: { id: "d1", title: "Harbour notes", source: "x.txt", bytes: 10, hash: "h", passageCount: 2 },
    passages: [
      { id: "p1", documentId: "d1", index: 0, text: "The Tidewater Compact met in Quillon." },
      { id: "p2", documentId: "d1", index: 1, text: "Quillon chaired the Tidewater Compact." },
    ],
    entities: [],
    relations: [{ id: "r1", type: "CHAIRED", sourceId: "e1", targetId: "e2", year: null, role: null, confidence: 0.5, method: "m", evidence: [evidence("v1", "p2")] }],
    mentions: [
      { passageId: "p1", entityId: "e2", count: 1 },
      { passageId: "p2", entityId: "e1", count: 1 },
      { passageId: "p2", entityId: "e2", count: 2 },
    ],
    ...extra,
  } as unknown as DocumentGraph;
}

describe("passageTree: a passage with the mentions and evidence that hang off it", () => {
  it("puts each mention and evidence row under its own passage", () => {
    const rows = passageTree(graph());
    expect(rows.map((r) => [r.passage.id, r.mentions.map((m) => `${m.entityId}×${m.count}`), r.evidence.map((e) => e.id)])).toEqual([
      ["p1", ["e2×1"], []],
      ["p2", ["e1×1", "e2×2"], ["v1"]],
    ]);
  });

  it("leaves out a mention or evidence row whose passage the document does not have", () => {
    const g = graph({ mentions: [{ passageId: "elsewhere", entityId: "e1", count: 3 }] } as Partial<DocumentGraph>);
    g.relations[0]!.evidence.push(evidence("v2", "elsewhere"));
    const rows = passageTree(g);
    expect(rows.flatMap((r) => r.mentions)).toEqual([]);
    expect(rows.flatMap((r) => r.evidence.map((e) => e.id))).toEqual(["v1"]);
  });

  it("throws, naming the id, when two passages share one (the Map would keep only the last)", () => {
    const g = graph();
    g.passages.push({ ...g.passages[0]!, index: 2, text: "A second passage under the first one's id." } as DocumentGraph["passages"][number]);
    expect(() => passageTree(g)).toThrow(/passage id p1 occurs twice in document d1/);
  });

  it("counts the rows a document writes as before: passages, mentions and evidence each once", () => {
    const g = graph();
    const statements = toStatements(g);
    // delete-document and upsert-document count one each; no entities; one relation.
    expect(rowCount(statements)).toBe(2 + 0 + 1 + g.passages.length + g.mentions.length + 1);
  });
});
