import { describe, expect, it } from "vitest";
import { MEETING_SCENE_EXAMPLES } from "../../ingest/core/meetingScene.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** Attendance past a rule's own reach is said of the meeting the section is still reporting, run through the whole pipeline. */
const has = (text: string, type: string, from: string, to: string) => hasRelation(text, "spec.txt", type, from, to);

describe("the meeting a section is still reporting, past an attendance rule's own reach", () => {
  for (const ex of MEETING_SCENE_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of MEETING_SCENE_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
