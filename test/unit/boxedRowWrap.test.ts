import { describe, expect, it } from "vitest";
import { BOXED_ROW_WRAP, boxedValueColumn, continuesBoxedRow } from "../../ingest/core/boxedRowWrap.js";
import { normalise } from "../../ingest/core/normalise.js";
import type { SourceFile } from "../../ingest/core/types.js";

const file = (text: string): SourceFile => ({ path: "x", name: "x.txt", format: "txt", text, bytes: text.length, hash: "h" });

/** A boxed table's value wrapped onto a line with a blank label cell goes on with the row above (core/boxedRowWrap.ts). */
describe(`${BOXED_ROW_WRAP.id}: a blank label cell carries on the value above`, () => {
  for (const [row, next] of BOXED_ROW_WRAP.positive) it(`joins: ${next}`, () => expect(continuesBoxedRow(boxedValueColumn(row!), next!)).toBe(true));
  for (const [row, next] of BOXED_ROW_WRAP.negative) it(`keeps apart: ${next}`, () => expect(continuesBoxedRow(boxedValueColumn(row!), next!)).toBe(false));

  it("makes one passage of the wrapped row, so the name cut by the wrap is whole, and leaves the other rows alone", () => {
    const box = ["+----------------------------------------------------+", "| Harbour Compact                                    |", "|----------------------------------------------------|", "| Run by      Coastal Commission; Coastal External   |", "|             Fisheries Service                      |", "| Partner     Lagoon Council                         |", "| Priority    Ghana, Togo                            |", "|   states                                           |", "+----------------------------------------------------+", "", "The Compact is run by the Coastal Commission."].join("\n");
    const texts = normalise(file(box)).map((b) => b.text);
    expect(texts).toContain("| Run by   Coastal Commission; Coastal External Fisheries Service   |");
    expect(texts).toContain("| Partner   Lagoon Council   |");
    expect(texts).toContain("|   states   |");
    expect(texts.some((t) => t.startsWith("|   Fisheries Service"))).toBe(false);
  });
});
