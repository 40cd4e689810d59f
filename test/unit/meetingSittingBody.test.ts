import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { SITTING_MEETINGS } from "../../ingest/core/meetingSittingSpecs.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph, SourceFile } from "../../ingest/core/types.js";

/** A commission's or board's numbered sitting is a dated meeting of that body (core/meetingSittingBody.ts). */
const catalog = defaultCatalog();
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
function graph(text: string): DocumentGraph {
  const body = `Page\n\n${text}`;
  const file: SourceFile = { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
  return buildGraphs([file], catalog)[0]!;
}
const meeting = (g: DocumentGraph, name: string) => g.entities.find((e) => e.isEvent && [e.name, ...(e.aliases ?? [])].map(fold).includes(fold(name)));

describe(`${SITTING_MEETINGS.id}: a numbered session of a commission or board`, () => {
  for (const ex of SITTING_MEETINGS.positive)
    it(`finds "${ex.event}" in: ${ex.text}`, () => {
      const g = graph(ex.text);
      const m = meeting(g, ex.event);
      expect(m?.parentId).toBeTruthy();
      if (ex.relation) {
        const [type, source] = ex.relation;
        const ids = new Set(g.entities.filter((e) => fold(e.name) === fold(source)).map((e) => e.id));
        expect(g.relations.some((r) => r.type === type && ids.has(r.sourceId) && r.targetId === m!.id)).toBe(true);
      }
      if (ex.unlinked) {
        const ids = new Set(g.entities.filter((e) => fold(e.name) === fold(ex.unlinked!)).map((e) => e.id));
        expect(g.relations.filter((r) => r.type !== "PART_OF" && ids.has(r.sourceId) && r.targetId === m!.id)).toEqual([]);
      }
    });
  for (const ex of SITTING_MEETINGS.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meeting(graph(ex.text), ex.event)).toBeUndefined());
});
