import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { OWN_MEETING_EXAMPLES } from "../../ingest/core/ownMeeting.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("summit.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a body takes no part in a meeting the sentence calls its own (ingest/core/ownMeeting.ts)", () => {
  for (const ex of OWN_MEETING_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect as [string, string, string])).toHaveLength(1));
  }
  for (const ex of OWN_MEETING_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect as [string, string, string])).toEqual([]));
  }
});
