import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROW_VENUE_EXAMPLES } from "../../ingest/core/rowVenue.js";
import { textSource } from "../support/textSource.js";
import { linkedOnPage } from "../support/pageGraphs.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("sheet.txt", text);
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a state closing the place of a row's act is its venue, no row of its own (ingest/core/rowVenue.ts)", () => {
  for (const ex of ROW_VENUE_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of ROW_VENUE_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("review rev31a: a row label that names its state with a title", () => {
  it("a label that does not open the row ('the Government of Norway:') still guards the state of its remark", () => {
    const sheet = "FACT SHEET\nHarbour Resilience Fund (HRF)\n\nSet up: March 2018\nManaged from: Suva\n\nThe HRF pays for port repairs after storms in the Pacific.\n\nContributions received (by date)\n- 3 May 2019 - the Government of Norway: USD 2 million, paid by its embassy in Fiji.\n- 9 June 2020 - Chile: USD 1 million.\n";
    expect(linkedOnPage(sheet, "ctry:fj", "ini:harbour-resilience-fund")).toBe(false);
  });
});
