import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { MEETING_SCENE_EXAMPLES } from "../../ingest/core/meetingScene.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** Attendance past a rule's own reach is said of the meeting the section is still reporting, run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("the meeting a section is still reporting, past an attendance rule's own reach", () => {
  for (const ex of MEETING_SCENE_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of MEETING_SCENE_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
