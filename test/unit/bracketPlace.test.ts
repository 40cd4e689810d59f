import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { BRACKETED_PLACE } from "../../ingest/core/bracketPlace.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("page.txt", text);

describe("a place in brackets after a title is no acronym (ingest/core/bracketPlace.ts, BRACKETED_PLACE)", () => {
  for (const ex of BRACKETED_PLACE.positive) {
    it(`reads “${ex.name}” with acronym ${ex.acronym ?? "none"} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      const found = buildGraphs([page(ex.text)], catalog)[0]!.entities.find((e) => e.name === ex.name);
      expect(found, "entity").toBeDefined();
      expect(found!.acronym ?? null).toBe(ex.acronym);
    });
  }
  for (const ex of BRACKETED_PLACE.negative) {
    it(`does not give “${ex.name}” the acronym ${ex.acronym} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      const found = buildGraphs([page(ex.text)], catalog)[0]!.entities.find((e) => e.name === ex.name);
      expect(found, "entity").toBeDefined();
      expect(found!.acronym ?? null).not.toBe(ex.acronym);
    });
  }
});
