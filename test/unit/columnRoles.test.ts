import { describe, expect, it } from "vitest";
import { COLUMN_ROLES } from "../../ingest/core/rules/columnRoles.js";
import { CELL_EXAMPLES, cellValue, trailingValues } from "../../ingest/core/tableCells.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";

/** Every table column role runs its own positive and negative pages through the whole pipeline. */
describeExamples("table column roles (data) with their example pages", COLUMN_ROLES.map((role) => role.list), { page: "table.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });

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
