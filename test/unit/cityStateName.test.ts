import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { CITY_STATE_NAME } from "../../ingest/core/cityStateName.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** CITY_STATE_NAME through the whole pipeline (sentences written for these specs). */
const catalog = defaultCatalog();
const ids = (text: string) => buildGraphs([textSource("p.txt", text)], catalog)[0]!.entities;

describe(CITY_STATE_NAME.id, () => {
  for (const ex of CITY_STATE_NAME.positive) {
    it(`reads no state in “${ex.text}”`, () => {
      const es = ids(ex.text);
      expect(es.map((e) => e.id)).not.toContain(ex.notCountry);
      
    });
  }
  for (const ex of CITY_STATE_NAME.negative) it(`reads the state in “${ex.text}”`, () => expect(ids(ex.text).map((e) => e.id)).toContain(ex.country));
});
