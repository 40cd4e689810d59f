import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { OTHER_MEETING_EXAMPLES } from "../../ingest/core/meetingOccasion.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const namesOf = (text: string, id: string) => {
  const e = buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases] : undefined;
};

describe("a date after another meeting's name is not the earlier meeting's (ingest/core/meetingOccasion.ts OTHER_MEETING)", () => {
  for (const ex of OTHER_MEETING_EXAMPLES.positive) {
    it(`dates ${ex.id} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      const names = namesOf(ex.text, ex.id);
      expect(names).toBeDefined();
      for (const n of ex.names) expect(names).toContain(n);
    });
  }
  for (const ex of OTHER_MEETING_EXAMPLES.negative) {
    it(`does not date ${ex.id} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      const names = namesOf(ex.text, ex.id);
      expect(names).toBeDefined();
      for (const n of ex.notNames) expect(names).not.toContain(n);
    });
  }
});
