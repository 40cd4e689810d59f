import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const entitiesOf = (text: string): EntityRecord[] => buildGraphs([note(`Page\n\n${text}`)], catalog)[0]!.entities;
const forms = (e: EntityRecord) => [e.name, e.acronym ?? "", ...e.aliases];

describe("KIND_WORD_ALIASES: an initiative also goes by its name with the class noun after it (ingest/core/kindWordAliases.ts)", () => {
  const positive: Array<[string, string]> = [
    ["The ILO runs the HARBOURLINK project in Ghana and Togo.", "HARBOURLINK project"],
    ["Its money keeps going the Safe Harbour Return programme, through which IOM brings fishers home.", "Safe Harbour Return programme"],
    ["Ports joined the Coastal Skills Exchange initiative last year.", "Coastal Skills Exchange initiative"],
  ];
  for (const [text, form] of positive) {
    it(`an initiative goes by “${form}” in: ${text}`, () => {
      const e = entitiesOf(text).find((x) => forms(x).includes(form));
      expect(e?.kind).toBe("INITIATIVE");
    });
  }

  const negative: Array<[string, string]> = [
    // After an organization the noun names one of its projects, not another name of the body.
    ["The ILO project in Ghana trains port staff.", "ILO project"],
    // After a state likewise.
    ["Under the Ghana programme, fishers were trained.", "Ghana programme"],
    // A capitalised noun is part of a longer name, not a class noun written after it.
    ["The HARBOURLINK Project Office closed in 2020.", "HARBOURLINK Project"],
    // An initiative followed by another noun in lower case gets no alias from it.
    ["The ILO runs HARBOURLINK staff training in Ghana.", "HARBOURLINK staff"],
  ];
  for (const [text, form] of negative) {
    it(`no entity goes by “${form}” in: ${text}`, () => {
      expect(entitiesOf(text).filter((x) => forms(x).includes(form))).toHaveLength(0);
    });
  }

  it("leaves the catalog's own alias lists as they were", () => {
    const before = catalog.entities.map((e) => e.aliases.length).join(",");
    entitiesOf("IOM keeps the Global Compact for Migration campaign going in Ghana.");
    expect(catalog.entities.map((e) => e.aliases.length).join(",")).toBe(before);
  });
});
