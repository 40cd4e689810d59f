import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const entitiesOf = (text: string): EntityRecord[] => buildGraphs([note(`Treaty status\n\n${text}`)], catalog)[0]!.entities;
const forms = (e: EntityRecord) => [e.name, e.acronym ?? "", ...e.aliases];

describe("TREATY_TITLE_TAIL: a treaty also goes by the title its year, serial number or amended treaty close (ingest/core/treatyTitleTail.ts)", () => {
  const positive: Array<[string, string]> = [
    ["Ghana ratified the Reef Divers Convention, 2009 (No. 219) in 2012.", "Reef Divers Convention, 2009 (No. 219)"],
    ["Ghana ratified the Reef Divers Convention, 2009 (No. 219) in 2012.", "Reef Divers Convention, 2009"],
    ["Kenya was the third state to ratify the Lagoon Pilots Convention, 1998, after Togo and Benin.", "Lagoon Pilots Convention, 1998"],
    ["Norway ratified Protocol No. 4 amending the Convention on Lagoon Fisheries in 2001.", "Protocol No. 4 amending the Convention on Lagoon Fisheries"],
  ];
  for (const [text, form] of positive) {
    it(`a treaty goes by “${form}” in: ${text}`, () => {
      const e = entitiesOf(text).find((x) => forms(x).includes(form));
      expect(e?.kind).toBe("CONVENTION");
    });
  }

  const negative: Array<[string, string]> = [
    // A year opening a span dates a period, not the title.
    ["Ghana applied the Reef Divers Convention, 2009 to 2012, under a waiver.", "Reef Divers Convention, 2009"],
    // A full title closed by its complement: the year after it is when it was adopted or applied, not part of the title.
    ["Ghana ratified the Convention on Reef Divers, 2009 being the year it entered into force.", "Convention on Reef Divers, 2009"],
    // Words between the protocol and the treaty: no one title.
    ["Norway ratified Protocol No. 4, which amends the Convention on Lagoon Fisheries, in 2001.", "Protocol No. 4, which amends the Convention on Lagoon Fisheries"],
  ];
  for (const [text, form] of negative) {
    it(`no entity goes by “${form}” in: ${text}`, () => {
      expect(entitiesOf(text).filter((x) => forms(x).includes(form))).toHaveLength(0);
    });
  }

  it("leaves the catalog's own alias lists as they were", () => {
    const before = catalog.entities.map((e) => e.aliases.length).join(",");
    entitiesOf("Ghana ratified the Forced Labour Convention, 1930 (No. 29) in 1957.");
    expect(catalog.entities.map((e) => e.aliases.length).join(",")).toBe(before);
  });
});
