import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { spellsAcronym, TABLE_ACRONYM_EXAMPLES, TABLE_ACRONYM_PAGES } from "../../ingest/core/tableAcronymCells.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();

describe("a table row's acronym cell is the acronym of the name beside it (ingest/core/tableAcronymCells.ts)", () => {
  for (const [name, acronym] of TABLE_ACRONYM_EXAMPLES.positive) it(`“${name}” spells ${acronym}`, () => expect(spellsAcronym(name, acronym)).toBe(true));
  for (const [name, acronym] of TABLE_ACRONYM_EXAMPLES.negative) it(`“${name}” does not spell ${acronym}`, () => expect(spellsAcronym(name, acronym)).toBe(false));
  for (const ex of TABLE_ACRONYM_PAGES) {
    it(`reads “${ex.name}” with acronym ${ex.acronym ?? "none"}`, () => {
      const entity = buildGraphs([textSource("register.txt", ex.text)], catalog)[0]!.entities.find((e) => e.name === ex.name);
      expect(entity).toBeDefined();
      expect(entity!.acronym ?? null).toBe(ex.acronym);
    });
  }
});
