import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { normalise } from "../../ingest/core/normalise.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { looksLikeTableRow, tableRowLines } from "../../ingest/core/tableRows.js";
import { textSource } from "../support/textSource.js";

const file = (text: string) => textSource("t.txt", text);

describe("table rows", () => {
  it("knows a line whose words stand in columns", () => {
    for (const row of ["Chile | 10 Jun 2015 | In force", "Brazil ........ 7 Apr 1972", "1972\tBrazil", "Norway     1967", "Chile — ratification — 2015"]) expect(looksLikeTableRow(row)).toBe(true);
    for (const line of ["Chile ratified the Convention in 2015.", "Migration and development", "Chile – a country profile"]) expect(looksLikeTableRow(line)).toBe(false);
  });

  it("takes column-shaped lines as rows only in a run of two or more", () => {
    expect(tableRowLines(["Status", "Chile | 2015", "Brazil | 1972", "", "A note\twith a tab"])).toEqual([false, true, true, false, false]);
  });

  it("makes table rows list items, not one-line headings", () => {
    const blocks = normalise(file("Ratifications\n\nChile | 10 Jun 2015\nBrazil | 7 Apr 1972\n"));
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "list-item", "list-item"]);
  });

  it("reads each row's state and its year under the page's convention", () => {
    const text = "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nAccessions, by year:\n\n1972\tBrazil\n1967\tNorway\n";
    const rels = buildGraphs([file(text)], defaultCatalog())[0]!.relations.filter((r) => r.type === "RATIFIED");
    expect(rels.map((r) => [r.sourceId, r.targetId, r.year])).toEqual(expect.arrayContaining([["ctry:br", "conv:refugee-protocol-1967", 1972], ["ctry:no", "conv:refugee-protocol-1967", 1967]]));
  });
});

describe("states in register rows", () => {
  it("reads the UN and ISO forms of a state's name, not a shorter state inside them", () => {
    const rows = ["Lao People's Democratic Republic | 1991", "Democratic People’s Republic of Korea | 1990", "Korea, Republic of | 1991", "Congo, Democratic Republic of the | 1990", "Holy See | 1990", "Tanzania, United Republic of | 1991"];
    const text = `Convention on the Rights of the Child\n\nIt entered into force in 1990.\n\nRatifications\n\nState | Year\n${rows.join("\n")}\n`;
    const rels = buildGraphs([file(text)], defaultCatalog())[0]!.relations.filter((r) => r.type === "RATIFIED");
    expect(rels.map((r) => [r.sourceId, r.year]).sort()).toEqual([["ctry:cd", 1990], ["ctry:kp", 1990], ["ctry:kr", 1991], ["ctry:la", 1991], ["ctry:tz", 1991], ["ctry:va", 1990]]);
  });

  it("keeps a register of many short rows apart from wrapped prose", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${["Chile", "Brazil", "Norway", "Ghana", "Kenya", "Peru"][i % 6]} | ${1970 + i}`);
    const blocks = normalise(file(`Ratifications\n\n${rows.join("\n")}\n`));
    expect(blocks.filter((b) => b.kind === "list-item")).toHaveLength(60);
  });
});
