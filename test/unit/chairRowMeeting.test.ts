import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { CHAIR_ROW_MEETING_EXAMPLES } from "../../ingest/core/chairRowMeeting.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const chaired = (text: string) =>
  buildGraphs([textSource("rows.txt", text)], catalog)[0]!.relations
    .filter((r) => r.type === "CHAIRED")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("a series' chair row names one sitting's chair: under a heading that dates it, or in a table of meetings (chairRowMeeting.ts)", () => {
  for (const ex of CHAIR_ROW_MEETING_EXAMPLES.positive) it(`reads: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).toContain(ex.expect.join(" ")));
  for (const ex of CHAIR_ROW_MEETING_EXAMPLES.negative) it(`does not read: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).not.toContain(ex.expect.join(" ")));
});
