import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { fieldLines } from "../../ingest/core/fieldLines.js";
import { BINDING_COLUMN_TABLE } from "../../ingest/core/rules/bindingTableRules.js";
import { PROGRAMME_LISTS } from "../../ingest/core/rules/programmeListRules.js";
import { isFieldLine } from "../../ingest/core/listHeading.js";
import { isLabelLine } from "../../ingest/core/otherField.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";
import { textSource } from "../support/textSource.js";

/** Every fact-sheet label runs its own positive and negative pages through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("sheet.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

describeExamples("programme fact-sheet labels (data) with their example pages", PROGRAMME_LISTS, { page: "sheet.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });

describe("field and label lines", () => {
  it("tells a fact-sheet field from a heading with a colon", () => {
    expect(isFieldLine("Lead agency: IOM")).toBe(true);
    expect(isFieldLine("Donors: Japan, Norway")).toBe(true);
    expect(isFieldLine("Rabat Process: who takes part")).toBe(false);
    expect(isFieldLine("News: a university in the chair")).toBe(false);
  });

  it("takes a line ending in a colon as a label, a sentence as none", () => {
    expect(isLabelLine("News from the countries:")).toBe(true);
    expect(isLabelLine("The Protocol entered into force in 2004.")).toBe(false);
  });

  it("does not read the rows under an unknown label as the rows of the list before it", () => {
    const rels = relationsOf("Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\nDonors:\n- Italy\n- Belgium\n\nField offices:\n- Ghana\n- Ethiopia\n");
    expect(rels.filter((r) => r.type === "FUNDS").map((r) => r.sourceId).sort()).toEqual(["ctry:be", "ctry:it"]);
  });
});

describe("a status table's binding column (data) with its example pages", () => {
  const rule = BINDING_COLUMN_TABLE;
  const hits = (text: string, expect: string[]) => relationsOf(text).filter((r) => r.type === rule.type && r.sourceId === expect[0] && r.targetId === expect[1]);
  for (const ex of rule.examples.positive) it(`reads: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hits(ex.text, ex.expect)).toHaveLength(1));
  for (const ex of rule.examples.negative) it(`states no ${rule.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hits(ex.text, ex.expect)).toEqual([]));
});

describe("fact-sheet field lines", () => {
  it("takes a run of 'Label: value' lines as fields, a lone one not", () => {
    expect(fieldLines(["Convention X", "Concluded: New York, 28 September 1954", "Entry into force: 6 June 1960", "", "Participants"])).toEqual([false, true, true, false, false]);
    expect(fieldLines(["News: a university in the chair", "", "The GMG met in May."])).toEqual([false, false, false]);
  });
});

describe("rows after a lead-in that closes a long line", () => {
  it("reads rows under a lead-in at the end of a long paragraph line", () => {
    const rels = relationsOf("The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities and civil society on several continents. In its first phase the JMDI was implemented in the following countries:\nJamaica\nEgypt\n");
    expect(rels.filter((r) => r.type === "OPERATES_IN" && r.sourceId === "ini:jmdi").map((r) => r.targetId).sort()).toEqual(["ctry:eg", "ctry:jm"]);
  });

  it("gives the rows no owner when the lead-in's 'Its' has none", () => {
    const rels = relationsOf("The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities on several continents.\n\nPhase two\n\nThe JMDI ran a first phase. The second phase kept the same aims but added a stronger focus on justice. Its target countries were:\nJamaica\nEgypt\n");
    expect(rels.filter((r) => r.type === "OPERATES_IN")).toEqual([]);
  });
});
