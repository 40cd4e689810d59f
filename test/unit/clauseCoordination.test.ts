import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { CLAUSE_COORDINATION_EXAMPLES } from "../../ingest/core/earlierClauseObject.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A second clause after ", and" with its own subject and an object "it" that the first clause named. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("a coordinated clause's own subject, and 'it' named in the first clause", () => {
  for (const ex of CLAUSE_COORDINATION_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of CLAUSE_COORDINATION_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
