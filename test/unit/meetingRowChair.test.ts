import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { MEETING_ROW_CHAIR_EXAMPLES } from "../../ingest/core/meetingRowChair.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const chaired = (text: string) =>
  buildGraphs([textSource("table.txt", text)], catalog)[0]!.relations
    .filter((r) => r.type === "CHAIRED")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("a Chair cell in a table of meetings (meetingRowChair.ts)", () => {
  for (const ex of MEETING_ROW_CHAIR_EXAMPLES.positive) it(`reads: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).toContain(ex.expect.join(" ")));
  for (const ex of MEETING_ROW_CHAIR_EXAMPLES.negative) it(`does not read: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).not.toContain(ex.expect.join(" ")));
});
