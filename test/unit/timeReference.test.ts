import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { TIME_REFERENCE_EXAMPLES } from "../../ingest/core/notAnEnd.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("summit.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a meeting used as a date, and the relative clause of its own", () => {
  for (const ex of TIME_REFERENCE_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect as [string, string, string])).toHaveLength(1));
  }
  for (const ex of TIME_REFERENCE_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect as [string, string, string])).toEqual([]));
  }
});
