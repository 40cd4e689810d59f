import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { HEADING_LISTS } from "../../ingest/core/rules/listRules.js";
import { LEAD_INS, ROW_STATEMENTS } from "../../ingest/core/rules/leadInRules.js";
import { leadIn } from "../../ingest/core/leadIn.js";
import { listHeading } from "../../ingest/core/listHeading.js";
import { isListRow } from "../../ingest/core/listRow.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";
import { textSource } from "../support/textSource.js";

/** Every heading list and lead-in runs its own positive and negative pages through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("list.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

describeExamples("list readers (data) with their example pages", [...HEADING_LISTS, ...LEAD_INS, ...ROW_STATEMENTS], { page: "list.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });

describe("a steering or core group's rows", () => {
  // Its members belong to that body (the lexicon's OTHER_BODIES deny the label), not to the page's forum or programme.
  const GFMD = "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\n";
  for (const text of [`${GFMD}Steering Group (2019): Ecuador, Morocco and Turkey`, `${GFMD}Core Group members (2024): Canada, Mexico, Morocco.`]) {
    it(`are not the topic's participants: ${text.split("\n").pop()}`, () => {
      expect(relationsOf(text).filter((r) => r.sourceId === "ctry:ma" && r.targetId === "forum:gfmd")).toEqual([]);
    });
  }
});

describe("a list whose owner is not found", () => {
  // The title's body is no entity here (an unknown state): the rows must not take the first of them as their owner, as
  // they did when a row opening the page's text was read as its banner line (questionAnswer.ts pageHeadings).
  const OFFICES = "- the Dock Permits Office, which licenses port workers;\n- the Lake Freight Bureau;\n- the Pier Safety Board.\n";
  for (const clause of ["In 2019 the following offices were merged into the Ministry:", "The Ministry was set up in 2020. The following offices have been brought together into it:"]) {
    it(`links no row to another row: ${clause}`, () => {
      const rows = new Set(["org:dock-permits-office", "org:lake-freight-bureau", "org:pier-safety-board"]);
      const text = `Ministry of Harbour Labour (MHL), Tinland - agency profile\n\n${clause}\n${OFFICES}`;
      expect(relationsOf(text).filter((r) => rows.has(r.sourceId) && rows.has(r.targetId))).toEqual([]);
    });
  }
});

describe("list shapes", () => {
  it("tells list rows from running prose", () => {
    expect(isListRow("list-item", "Italy: 1952")).toBe(true);
    expect(isListRow("paragraph", "2011–2013: Sri Lanka")).toBe(true);
    expect(isListRow("paragraph", "IOM acts as the secretariat of the Process.")).toBe(false);
  });

  it("keeps a line's answer apart for a list item and for other lines (isListRow remembers answers per text)", () => {
    // Long, no separators, mostly capitals: a row as a list item, no row as a paragraph, whichever is asked first.
    const first = "Lagoon Ports Safety Programme Phase Two Coastal Monitoring Network Technical Working Group Annual Plenary Report";
    const second = "Inland Waterways Skills Facility Stage Three Riverside Training Network Joint Steering Board Mid-Term Review Summary";
    expect(isListRow("paragraph", first)).toBe(false);
    expect(isListRow("list-item", first)).toBe(true);
    expect(isListRow("list-item", second)).toBe(true);
    expect(isListRow("paragraph", second)).toBe(false);
  });

  it("takes a lead-in only when its clause states the relation as a fact", () => {
    expect(leadIn("The project covers all fifteen ECOWAS Member States and Mauritania:")?.list.map((l) => l.type)).toEqual(["OPERATES_IN"]);
    expect(leadIn("Delegations from three countries will take part: Nepal and India.")).toBeNull();
    expect(leadIn("The meeting discussed three topics: data, borders and labour.")).toBeNull();
    // A colon inside a quotation belongs to the quoted text: a site's tags are not what the sentence states.
    expect(leadIn('A partner site filed its report under the tags "Countries covered: Ghana, Togo".')).toBeNull();
    expect(leadIn("A partner site filed its report under the tags “Countries covered: Ghana, Togo”.")).toBeNull();
  });

  it("reads a body after another body's place remark as an item of its own, never the place", () => {
    const text = "Projects\n\nTidal Livelihoods (2018). The project followed fishing families. Its partners were the Harbour Trust from Ghana and the Lagoon Rights Centre in Togo.";
    const triples = relationsOf(text).map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
    expect(triples).toContain("PARTICIPATES_IN org:lagoon-rights-centre ini:tidal-livelihoods");
    expect(triples).toContain("PARTICIPATES_IN org:harbour-trust ini:tidal-livelihoods");
    expect(triples.filter((t) => t.includes("ctry:gh") || t.includes("ctry:tg"))).toEqual([]);
    // "from Ghana and Togo": both states are the remark's, neither a partner.
    const both = relationsOf("Projects\n\nTidal Livelihoods (2018). The project followed fishing families. Its partners were the Harbour Trust from Ghana and Togo.").map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
    expect(both.filter((t) => t.includes("ctry:tg"))).toEqual([]);
  });

  it("reads labels with a count and a year on each row", () => {
    expect(listHeading("Countries of origin (11): Afghanistan, Bangladesh")?.list.map((l) => l.type)).toEqual(["MEMBER_OF"]);
    expect(listHeading("Publications: Nepal in 2015")).toBeNull();
    const rels = relationsOf("Two conventions\n\nMigration for Employment Convention (Revised), 1949 (No. 97)\n\nIt entered into force in 1952.\n\nRatifications, with the year each was registered:\nItaly: 1952\nCuba: 1953\n");
    expect(rels.filter((r) => r.type === "RATIFIED" && r.sourceId === "ctry:cu" && r.targetId === "conv:ilo-c97").map((r) => r.year)).toEqual([1953]);
  });
});
