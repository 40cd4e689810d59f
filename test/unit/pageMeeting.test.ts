import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { PAGE_MEETING_EXAMPLES } from "../../ingest/core/pageMeeting.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A meeting's own page: who attended is said of the title's meeting in later sections, run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("the meeting a meeting's own page is about", () => {
  for (const ex of PAGE_MEETING_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(0, 60)}…`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of PAGE_MEETING_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(0, 60)}…`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
