import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { BENEFICIARY_ACRONYM } from "../../ingest/core/beneficiaryAcronym.js";
import { KNOWN_BEFORE_COMPLEMENT } from "../../ingest/core/knownBeforeComplement.js";
import { OWNER_EDITIONS } from "../../ingest/core/ownerEdition.js";
import { PLUS_NAMES } from "../../ingest/core/plusName.js";
import { PROGRAMME_CLASS_NOUNS } from "../../ingest/core/programmeClassNouns.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord } from "../../ingest/core/types.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";
import { textSource } from "../support/textSource.js";

describeNameRules("initiative names (init18): every example of every rule", [KNOWN_BEFORE_COMPLEMENT, PROGRAMME_CLASS_NOUNS, BENEFICIARY_ACRONYM, PLUS_NAMES, OWNER_EDITIONS]);

const catalog = defaultCatalog();
function entitiesOf(text: string): EntityRecord[] {
  return buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities;
}
const named = (text: string, name: string) => entitiesOf(text).find((e) => e.name === name);

describe("a plan named with its owner keeps its dated writing (standaloneAlias.ts datedWriting, YEAR_SPAN_TITLES)", () => {
  const cases: Array<[text: string, name: string, alias: string]> = [
    ["In May 2016 the Community adopted a revised SADC Harbour Mobility Action Plan for 2016-2019.", "SADC Harbour Mobility Action Plan for 2016-2019", "SADC Harbour Mobility Action Plan 2016-2019"],
    ["The AU Fishers Mobility Plan for 2019–2023 was funded by Germany.", "AU Fishers Mobility Plan for 2019–2023", "AU Fishers Mobility Plan 2019-2023"],
    ["The ECOWAS Coastal Jobs Strategy for 2020-24 is carried out by IOM.", "ECOWAS Coastal Jobs Strategy for 2020-24", "ECOWAS Coastal Jobs Strategy 2020-2024"],
  ];
  for (const [text, name, alias] of cases) {
    it(`“${name}” is also “${alias}”: ${text}`, () => {
      const e = named(text, name);
      expect(e, entitiesOf(text).map((x) => x.name).join("; ")).toBeDefined();
      expect(e!.aliases).toContain(alias);
    });
  }
  it("an owner's plan named without a period gets no dated writing", () => {
    const text = "In May 2016 the Community adopted the SADC Harbour Mobility Action Plan.";
    const e = named(text, "SADC Harbour Mobility Action Plan");
    expect(e).toBeDefined();
    expect(e!.aliases.filter((a) => /\d/.test(a))).toEqual([]);
  });
  it("a meeting of an owner held for a year is no dated title", () => {
    const text = "Ministers met at the SADC Harbour Ministerial Meeting for 2016 in Gaborone.";
    expect(entitiesOf(text).flatMap((e) => e.aliases)).not.toContain("SADC Harbour Ministerial Meeting 2016");
  });
});

describe("a name after ', and' that a finite verb follows opens a clause of its own (newClause.ts NEW_CLAUSE_VERB)", () => {
  const relationsOf = (text: string) => {
    const g = buildGraphs([textSource("note.txt", text)], catalog)[0]!;
    const name = new Map(g.entities.map((e) => [e.id, e.name]));
    return g.relations.map((r) => `${r.type} ${name.get(r.sourceId)} -> ${name.get(r.targetId)}`);
  };
  it("'is run by the ILO, and Kenya supplies data to it': Kenya does not run it", () => {
    const rels = relationsOf("The Coastal Data Portal is run by the ILO, and Kenya supplies data to it.");
    expect(rels).toContain("LEADS International Labour Organization -> Coastal Data Portal");
    expect(rels).not.toContain("LEADS Kenya -> Coastal Data Portal");
  });
  it("'is run by the ILO and Kenya': both run it", () => {
    expect(relationsOf("The Coastal Data Portal is run by the ILO and Kenya.")).toContain("LEADS Kenya -> Coastal Data Portal");
  });
});
