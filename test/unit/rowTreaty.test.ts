// A row that names its own treaty lists that treaty's parties, not those of the list's or the page's (rowTreaty.ts).
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROW_TREATY_EXAMPLES } from "../../ingest/core/rowTreaty.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const ratified = (text: string, [state, treaty]: string[]) => buildGraphs([textSource("rows.txt", text)], catalog)[0]!.relations.filter((r) => r.type === "RATIFIED" && r.sourceId === state && r.targetId === treaty);

describe("rowTreaty: the treaty a row names for itself", () => {
  for (const ex of ROW_TREATY_EXAMPLES.positive) it(`reads ${ex.expect.join(" → ")} in: ${ex.text.trim().split("\n").pop()}`, () => expect(ratified(ex.text, ex.expect)).toHaveLength(1));
  for (const ex of ROW_TREATY_EXAMPLES.negative) it(`states no ${ex.expect.join(" → ")} in: ${ex.text.slice(-80).replace(/\n+/g, " / ")}`, () => expect(ratified(ex.text, ex.expect)).toEqual([]));
});
