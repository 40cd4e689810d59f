import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { IMPLICIT_OBJECT_EXAMPLES } from "../../ingest/core/implicitObject.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** The unwritten object of an attendance or membership verb, run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("an unwritten object is not the group that names who the subjects are", () => {
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of IMPLICIT_OBJECT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
