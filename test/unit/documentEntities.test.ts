import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DocumentEntities } from "../../ingest/core/DocumentEntities.js";
import { EntityMap, canonicalId, writesOf } from "../../ingest/core/EntityMap.js";
import { mergeEntities } from "../../ingest/core/mergeEntities.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph, EntityRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const record = (id: string, more: Partial<EntityRecord> = {}): EntityRecord => ({ id, kind: "FORUM", name: id, acronym: null, aliases: [], origin: "discovered", ...more });

function shared(): EntityMap<EntityRecord> {
  const map = new EntityMap<EntityRecord>();
  map.set("series", record("series"));
  map.set("unit", record("unit", { kind: "ORGANIZATION", parentId: "agency" }));
  map.redirects.set("old-series", "series");
  return map;
}

describe("a document's view of the run's entities (DocumentEntities.ts)", () => {
  it("keeps what the document sets to itself and leaves the shared map as it was", () => {
    const run = shared();
    const view = new DocumentEntities(run, run.redirects, run.writes);
    view.set("series 2016", record("series 2016", { isEvent: true, year: 2016, parentId: "series" }));
    view.set("series", { ...run.get("series")!, aliases: ["the Series"] });
    expect(view.get("series")!.aliases).toEqual(["the Series"]);
    expect(run.get("series")!.aliases).toEqual([]);
    expect(run.has("series 2016")).toBe(false);
    expect([...view.keys()]).toEqual(["series", "unit", "series 2016"]);
    expect(view.size).toBe(3);
    expect([...view.created().keys()]).toEqual(["series 2016", "series"]);
  });

  it("follows the resolver's folds and counts its writes as the shared map does", () => {
    const run = shared();
    const view = new DocumentEntities(run, run.redirects, run.writes);
    expect(canonicalId(view, "old-series")).toBe("series");
    const before = writesOf(view)!;
    view.set("x", record("x"));
    expect(writesOf(view)).toBe(before + 1);
  });

  it("removes no entity", () => {
    const run = shared();
    expect(() => new DocumentEntities(run).delete("series")).toThrow();
  });
});

describe("the merge of what relating created (mergeEntities.ts)", () => {
  it("adds new records, keeps the first document's value of a field, joins names and drops a removed parent", () => {
    const run = shared();
    const { parentId: _p, ...unparented } = run.get("unit")!;
    const a = new Map<string, EntityRecord>([
      ["series 2016", record("series 2016", { isEvent: true, year: 2016, date: "2016-05" })],
      ["unit", unparented],
    ]);
    const b = new Map<string, EntityRecord>([
      ["series 2016", record("series 2016", { isEvent: true, year: 2016, date: "2016-06", aliases: ["RFD 2016"] })],
      ["unit", { ...run.get("unit")!, aliases: ["the Unit"] }],
    ]);
    const merged = mergeEntities(run, [a, b]);
    expect(merged.get("series 2016")).toMatchObject({ date: "2016-05", aliases: ["RFD 2016"] });
    expect(merged.get("unit")!.parentId).toBeUndefined();
    expect(merged.get("unit")!.aliases).toEqual(["the Unit"]);
    // Pure: the run's map is not written.
    expect(run.get("unit")!.parentId).toBe("agency");
    expect(run.has("series 2016")).toBe(false);
    // The same documents' records give the same run, however often they are merged.
    expect(mergeEntities(run, [a, b])).toEqual(merged);
  });
});

// The series page's heading tells the day and city of a sitting another page also names by its year.
const seriesPage = textSource(
  "series.txt",
  "Reef Fishers Dialogue\n\nThe Reef Fishers Dialogue began in 2011.\n\nReef Fishers Dialogue 2016, third session, Koror\n\nPalau chaired the meeting. Nauru attended the meeting.",
);
const newsPage = textSource("news.txt", "Briefs\n\nPalau hosted the Reef Fishers Dialogue in 2016. Tuvalu attended the Reef Fishers Dialogue 2016.");

describe("a document's relations do not depend on the documents related before it (pipeline.ts)", () => {
  it("gives each page the same relations whichever page is read first", () => {
    const catalog = defaultCatalog();
    const relations = (graphs: DocumentGraph[], source: string) => graphs.find((g) => g.document.source === source)!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`).sort();
    const forward = buildGraphs([seriesPage, newsPage], catalog);
    const backward = buildGraphs([newsPage, seriesPage], catalog);
    expect(relations(forward, "series.txt").length).toBeGreaterThan(0);
    expect(relations(backward, "series.txt")).toEqual(relations(forward, "series.txt"));
    expect(relations(backward, "news.txt")).toEqual(relations(forward, "news.txt"));
  });
});
