import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { LIST_OWNER_EXAMPLES } from "../../ingest/core/listOwner.js";
import { ROLE_ROW_EXAMPLES } from "../../ingest/core/roleRow.js";
import { ROW_STATUS_EXAMPLES } from "../../ingest/core/rowStatus.js";
import { STATUS_LISTS } from "../../ingest/core/rules/statusLexicon.js";
import { SECTION_SUBJECT_EXAMPLES } from "../../ingest/core/sectionSubject.js";
import { TYPE_FIELD_EXAMPLES } from "../../ingest/core/typeField.js";
import { OCCASION_LABEL_EXAMPLES, namesAnOccasion } from "../../ingest/core/eventLabel.js";
import { namesOnlySentence } from "../../ingest/core/namesOnlySentence.js";
import { isRegionLabel } from "../../ingest/core/regionLabel.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("owner.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("the owner a heading list, a labelled row or a field-line block takes", () => {
  for (const ex of LIST_OWNER_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LIST_OWNER_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("the subject a section's rows take from the page's structure", () => {
  for (const ex of SECTION_SUBJECT_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of SECTION_SUBJECT_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("a profile's \"Type:\" line naming what its body is a unit of", () => {
  for (const ex of TYPE_FIELD_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of TYPE_FIELD_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("a row naming one body and the role it holds", () => {
  for (const ex of ROLE_ROW_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of ROLE_ROW_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("a register row's status word", () => {
  for (const ex of ROW_STATUS_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of ROW_STATUS_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
  for (const list of STATUS_LISTS) {
    for (const ex of list.examples.positive) {
      it(`${list.id} reads ${list.type} ${ex.expect.join(" ")}`, () => expect(stated(ex.text, [list.type, ...ex.expect] as [string, string, string])).toHaveLength(1));
    }
    for (const ex of list.examples.negative) {
      it(`${list.id} states no ${list.type} ${ex.expect.join(" ")}`, () => expect(stated(ex.text, [list.type, ...ex.expect] as [string, string, string])).toEqual([]));
    }
  }
});

describe("a sentence of names alone", () => {
  const ms = (text: string, names: string[]) => names.map((n) => ({ id: n, kind: "COUNTRY" as const, isEvent: false, start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  it("is a row: names parted by commas and \"and\", closed by a full stop", () => {
    const t = "Armenia, Georgia, Hungary and the Netherlands.";
    expect(namesOnlySentence(t, ms(t, ["Armenia", "Georgia", "Hungary", "Netherlands"]))).toBe(true);
  });
  it("is prose when a verb stands after the names or between them", () => {
    const t = "Armenia, Georgia and Hungary met in 2012.";
    expect(namesOnlySentence(t, ms(t, ["Armenia", "Georgia", "Hungary"]))).toBe(false);
    const u = "Armenia, Georgia, then later also Hungary.";
    expect(namesOnlySentence(u, ms(u, ["Armenia", "Georgia", "Hungary"]))).toBe(false);
  });
  it("may give each name's year or acronym in brackets", () => {
    const t = "Albania (2003), Brazil (1996) and Chad (12 March 1999).";
    expect(namesOnlySentence(t, ms(t, ["Albania", "Brazil", "Chad"]))).toBe(true);
    const u = "Albania (2003), Brazil (1996) and Chad (not yet).";
    expect(namesOnlySentence(u, ms(u, ["Albania", "Brazil", "Chad"]))).toBe(false);
  });
  it("needs three names", () => {
    const t = "Armenia and Georgia.";
    expect(namesOnlySentence(t, ms(t, ["Armenia", "Georgia"]))).toBe(false);
  });
});

describe("a label naming a world region", () => {
  for (const label of ["Europe", "West Africa", "Latin America and the Caribbean", "African Member States", "Asia-Pacific countries", "Horn of Africa"]) {
    it(`groups rows: ${label}`, () => expect(isRegionLabel(label)).toBe(true));
  }
  for (const label of ["Venue", "Contact", "Western Union", "European Commission", "Asian Development Bank", "Region", "Europe 2020"]) {
    it(`names no region: ${label}`, () => expect(isRegionLabel(label)).toBe(false));
  }
});

describe("labels naming one occasion", () => {
  for (const label of OCCASION_LABEL_EXAMPLES.positive) it(`names one: ${label}`, () => expect(namesAnOccasion(label)).toBe(true));
  for (const label of OCCASION_LABEL_EXAMPLES.negative) it(`names none: ${label}`, () => expect(namesAnOccasion(label)).toBe(false));
});
