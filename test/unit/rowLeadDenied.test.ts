import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROW_LEAD_EXAMPLES, rowLeadDenied } from "../../ingest/core/rowQualifier.js";
import type { SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "status.txt", name: "status.txt", format: "txt", text, bytes: text.length, hash: "status" });
const ratified = (text: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === "RATIFIED").map((r) => r.sourceId).sort();

const STATUS = [
  "CONVENTION ON COASTAL ASYLUM (LIMA, 1961)",
  "Status of signatures and ratifications",
  "",
  "The Convention on Coastal Asylum was adopted in Lima in 1961.",
  "",
  "Notes on the record",
  "1. Several states made declarations when they signed; among those that have not ratified, these include Chile and Peru.",
  "2. Fifteen member states have neither signed nor ratified; Canada and Jamaica are among them.",
  "",
  "Ratifications",
  "- Brazil, 1965",
  "- Ecuador, 1955",
].join("\n");

describe("a row's sentence that denies before the name (rowLeadDenied, registerRows.ts)", () => {
  it("reads each example lead as its table says", () => {
    for (const ex of ROW_LEAD_EXAMPLES) expect(rowLeadDenied(ex.lead), ex.lead).toBe(ex.denied);
  });

  it("takes no ratification from a note that says the states have not ratified, and keeps the rows that have", () => {
    const states = ratified(STATUS);
    expect(states).toEqual(expect.arrayContaining(["ctry:br", "ctry:ec"]));
    for (const denied of ["ctry:cl", "ctry:pe", "ctry:ca", "ctry:jm"]) expect(states).not.toContain(denied);
  });
});
