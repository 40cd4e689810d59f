import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DATED_ROW_MEETINGS } from "../../ingest/core/datedRows.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** DATED_ROW_MEETINGS through the whole pipeline (example pages written for these specs). */
const catalog = defaultCatalog();
const names = (text: string) => buildGraphs([textSource("p.txt", text)], catalog)[0]!.entities.map((e) => e.name);

describe(DATED_ROW_MEETINGS.id, () => {
  for (const ex of DATED_ROW_MEETINGS.positive) {
    it(`finds “${ex.meeting}” in a list of meetings`, () => expect(names(ex.text)).toContain(ex.meeting));
  }
  for (const ex of DATED_ROW_MEETINGS.negative) {
    it(`finds no “${ex.meeting}” in a list that names no meetings`, () => expect(names(ex.text)).not.toContain(ex.meeting));
  }
});
