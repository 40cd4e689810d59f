import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { COLUMN_ROLES } from "../../ingest/core/rules/columnRoles.js";
import { CELL_EXAMPLES, cellValue, trailingValues } from "../../ingest/core/tableCells.js";
import type { RelationRecord, SourceFile } from "../../ingest/core/types.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";

const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "table.txt", name: "table.txt", format: "txt", text, bytes: text.length, hash: "table" });
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

describe("table column roles (data) with their example pages", () => {
  for (const role of COLUMN_ROLES) {
    const rule = role.list;
    describe(`${rule.id} (${rule.type})`, () => {
      it("has positive and negative examples, with kinds the ontology allows", () => {
        expect(rule.examples.positive.length).toBeGreaterThan(0);
        expect(rule.examples.negative.length).toBeGreaterThan(0);
        for (const row of rule.rows) expect(rule.topics.some((t) => (rule.rowsAreTargets ? allowsEndpoints(rule.type, t, row) : allowsEndpoints(rule.type, row, t)))).toBe(true);
      });
      const hits = (text: string, expect: string[]) => relationsOf(text).filter((r) => r.type === rule.type && r.sourceId === expect[0] && r.targetId === expect[1]);
      for (const ex of rule.examples.positive) it(`reads: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hits(ex.text, ex.expect)).toHaveLength(1));
      for (const ex of rule.examples.negative) it(`states no ${rule.type} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hits(ex.text, ex.expect)).toEqual([]));
    });
  }
});

describe("table cells", () => {
  it("tells a blank or dash, a date, a year, an ordinal and a status in words apart", () => {
    for (const [cell, kind] of CELL_EXAMPLES) expect([cell, cellValue(cell).kind]).toEqual([cell, kind]);
  });

  it("peels the value cells off a row whose column gaps were collapsed", () => {
    expect(trailingValues("Suriname — 16 Nov 2021")).toEqual({ first: "Suriname", values: ["—", "16 Nov 2021"] });
    expect(trailingValues("Chile – thirty-second ratification")).toEqual({ first: "Chile", values: ["–", "thirty-second ratification"] });
    expect(trailingValues("Bosnia and Herzegovina 13 Dec 1996 d")).toEqual({ first: "Bosnia and Herzegovina", values: ["13 Dec 1996 d"] });
    expect(trailingValues("The Forum met in Geneva")).toEqual({ first: "The Forum met in Geneva", values: [] });
  });
});
