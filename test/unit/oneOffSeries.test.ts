import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { ONE_OFF_FIRST_OF_SERIES } from "../../ingest/core/oneOffSeries.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const entitiesOf = (text: string) => buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities;

describe("a one-off meeting called the first meeting of a standing forum (ingest/core/oneOffSeries.ts)", () => {
  for (const ex of ONE_OFF_FIRST_OF_SERIES.positive) {
    it(`makes “${ex.name}” a meeting of ${ex.parentId} in: ${ex.text}`, () => {
      const found = entitiesOf(ex.text).find((e) => e.name === ex.name);
      expect(found).toBeDefined();
      expect(found!.parentId).toBe(ex.parentId);
      expect(found!.year).toBe(ex.year);
    });
  }
  for (const ex of ONE_OFF_FIRST_OF_SERIES.negative) {
    it(`leaves “${ex.name}” no meeting of ${ex.parentId} in: ${ex.text}`, () => {
      const found = entitiesOf(ex.text).find((e) => e.name === ex.name);
      expect(found).toBeDefined();
      expect(found!.year).toBe(ex.year);
      expect(found!.parentId ?? null).not.toBe(ex.parentId);
    });
  }
});

it("keeps the forum as the parent of the dated sitting where another document reads the name undated (oneOffAcrossDocuments.ts)", () => {
  const note = (name: string, text: string) => ({ path: name, name, format: "txt" as const, text, bytes: text.length, hash: name });
  const [, second] = buildGraphs(
    [
      note("a.txt", "The Coastal Ministerial Conference on Fisher Mobility brings ministers of the region together."),
      note("b.txt", ONE_OFF_FIRST_OF_SERIES.positive[0]!.text),
    ],
    catalog,
  );
  const sitting = second!.entities.find((e) => e.isEvent && e.year === 2009 && e.name.startsWith("Coastal Ministerial Conference on Fisher Mobility"));
  expect(sitting?.parentId).toBe("forum:colombo-process");
});
