import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ENTRY_YEAR_EXAMPLES } from "../../ingest/core/entryYear.js";
import { ROW_FIELD_EXAMPLES, placeCountry, rowFields, titleLabel } from "../../ingest/core/rowFields.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("rows.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

describe("register rows: fields inside a row, the title's label, a venue's country (example pages)", () => {
  for (const rule of ROW_FIELD_EXAMPLES) {
    for (const ex of rule.positive) {
      it(`${rule.id} reads ${rule.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
        const rels = relationsOf(ex.text).filter((r) => r.type === rule.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1]);
        expect(rels).toHaveLength(1);
        if (ex.expect[2]) expect(rels.map((r) => r.role)).toContain(ex.expect[2]);
      });
    }
    for (const ex of rule.negative) {
      it(`${rule.id} states no ${rule.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
        expect(relationsOf(ex.text).filter((r) => r.type === rule.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1])).toEqual([]);
      });
    }
  }
});

describe("a register entry over several lines gives its fields its one year (example pages)", () => {
  for (const ex of ENTRY_YEAR_EXAMPLES.positive) {
    it(`reads ${ex.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      const rels = relationsOf(ex.text).filter((r) => r.type === ex.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1]);
      expect(rels).toHaveLength(1);
      if (ex.expect[2]) expect(rels.map((r) => r.role)).toContain(ex.expect[2]);
    });
  }
  for (const ex of ENTRY_YEAR_EXAMPLES.negative) {
    it(`states no ${ex.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => {
      expect(relationsOf(ex.text).filter((r) => r.type === ex.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1])).toEqual([]);
    });
  }
});

describe("row field shapes", () => {
  it("finds a labelled field inside a row, not one that opens it", () => {
    const row = "2016 – Dhaka, Bangladesh (Chair: Bangladesh)";
    const fields = rowFields(row);
    expect(fields.map((f) => row.slice(f.from, f.to))).toEqual(["Bangladesh"]);
    expect(fields[0]!.list.map((l) => l.type)).toEqual(["CHAIRED"]);
    expect(rowFields("Host: Kuwait, 2014")).toEqual([]);
    expect(rowFields("2012: Manila, Philippines. Host: Philippines").map((f) => f.list[0]!.type)).toEqual(["HOSTED"]);
  });
  it("reads a title's label after its colon", () => {
    expect(titleLabel("Colombo Process: members")).toBe("Members");
    expect(titleLabel("Colombo Process")).toBeNull();
  });
  it("tells a venue's country from a remark", () => {
    const at = (row: string) => [row.indexOf("Greece"), row.indexOf("Greece") + 6] as const;
    expect(placeCountry("2003, Rhodes (Greece)", ...at("2003, Rhodes (Greece)"))).toBe(true);
    expect(placeCountry("2003, online (Greece)", ...at("2003, online (Greece)"))).toBe(false);
    expect(placeCountry("2003, Rhodes (Athens, Greece)", ...at("2003, Rhodes (Athens, Greece)"))).toBe(false);
  });
});
