import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { KNOWN_AS, knownAsNames } from "../../ingest/core/knownAs.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord, RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const graphOf = (text: string): { entities: EntityRecord[]; relations: RelationRecord[] } => buildGraphs([note(text)], catalog)[0]!;

describe(`${KNOWN_AS.id}: titled programmes tied to their short name (ingest/core/knownAs.ts)`, () => {
  for (const ex of KNOWN_AS.positive) {
    it(`finds “${ex.name}” in: ${ex.text}`, () => {
      const found = graphOf(ex.text).entities.find((e) => e.name === ex.name);
      expect(found).toBeDefined();
      expect(found!.kind).toBe(ex.kind);
    });
  }
  for (const ex of KNOWN_AS.negative) {
    it(`does not take “${ex.name}” for a programme in: ${ex.text}`, () => {
      expect(knownAsNames(ex.text).map((k) => k.name)).not.toContain(ex.name);
    });
  }

  it("keeps the short name as an alias, and a later subheading's 'the project' is still the titled one", () => {
    const g = graphOf("FMM West Africa, a regional project\n\nA regional project was launched in 2014. Support to Free Movement of Persons and Migration in West Africa, known as FMM West Africa, has a budget of 26 million euros.\n\nWho pays\n\nThe project is co-financed by the European Union.");
    const ini = g.entities.find((e) => e.name === "Support to Free Movement of Persons and Migration in West Africa")!;
    expect(ini.aliases).toContain("FMM West Africa");
    expect(g.relations.filter((r) => r.type === "FUNDS" && r.sourceId === "org:european-union" && r.targetId === ini.id)).toHaveLength(1);
  });
});
