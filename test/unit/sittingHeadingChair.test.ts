import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { SITTING_HEADING_CHAIR_EXAMPLES } from "../../ingest/core/sittingHeadingChair.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const chaired = (text: string) =>
  buildGraphs([textSource("sittings.txt", text)], catalog)[0]!.relations
    .filter((r) => r.type === "CHAIRED")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("a chair row under a heading that dates one sitting (sittingHeadingChair.ts)", () => {
  for (const ex of SITTING_HEADING_CHAIR_EXAMPLES.positive) it(`reads: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).toContain(ex.expect.join(" ")));
  for (const ex of SITTING_HEADING_CHAIR_EXAMPLES.negative) it(`does not read: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text)).not.toContain(ex.expect.join(" ")));
});
