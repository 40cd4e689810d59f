import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES } from "../../ingest/core/unresolvedSubjectPronoun.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A pronoun subject that names nothing known leaves the object unwritten, not the page's topic; run through the pipeline. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("an unresolved pronoun subject is not the page's topic", () => {
  for (const ex of UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of UNRESOLVED_SUBJECT_PRONOUN_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
