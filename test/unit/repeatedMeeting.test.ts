import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { REPEATED_MEETING } from "../../ingest/core/repeatedMeeting.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const idsOf = (text: string) => buildGraphs([note(text)], catalog)[0]!.entities.map((e) => e.id);

describe("REPEATED_MEETING: 'the first meeting' after 'held its first meeting' is that meeting (repeatedMeeting.ts)", () => {
  for (const ex of [...REPEATED_MEETING.examples.positive, ...REPEATED_MEETING.examples.negative]) {
    it(ex.text, () => {
      const ids = idsOf(ex.text);
      for (const id of (ex as { present?: string[] }).present ?? []) expect(ids).toContain(id);
      for (const id of (ex as { absent?: string[] }).absent ?? []) expect(ids).not.toContain(id);
    });
  }
});
