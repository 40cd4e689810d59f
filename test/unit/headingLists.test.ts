import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { LIST_OWNER_EXAMPLES } from "../../ingest/core/HeadingLists.js";
import { OCCASION_LABEL_EXAMPLES, namesAnOccasion } from "../../ingest/core/eventLabel.js";
import type { RelationRecord, SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "owner.txt", name: "owner.txt", format: "txt", text, bytes: text.length, hash: "owner" });
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("the owner a heading list, a labelled row or a field-line block takes", () => {
  for (const ex of LIST_OWNER_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LIST_OWNER_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("labels naming one occasion", () => {
  for (const label of OCCASION_LABEL_EXAMPLES.positive) it(`names one: ${label}`, () => expect(namesAnOccasion(label)).toBe(true));
  for (const label of OCCASION_LABEL_EXAMPLES.negative) it(`names none: ${label}`, () => expect(namesAnOccasion(label)).toBe(false));
});
