import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { bindingCell, cellsOf, headerColumns } from "../../ingest/core/tableColumns.js";
import type { SourceFile } from "../../ingest/core/types.js";

const file = (text: string): SourceFile => ({ path: "t.txt", name: "t.txt", format: "txt", text, bytes: text.length, hash: "t" });
const ratified = (text: string) => buildGraphs([file(text)], defaultCatalog())[0]!.relations.filter((r) => r.type === "RATIFIED").map((r) => [r.sourceId, r.year]);
const PAGE = "Convention on the Rights of Persons with Disabilities\n\nIt entered into force in 2008.\n\nStatus of ratification\n\n";

describe("register columns", () => {
  it("splits a row into cells and knows a header with separate signature and binding columns", () => {
    expect(cellsOf("Chile | 12 Jun 2015 | In force")).toEqual(["Chile", "12 Jun 2015", "In force"]);
    expect(headerColumns("Participant | Signature | Ratification, Accession (a)")).not.toBeNull();
    expect(headerColumns("Participant Signature Ratification")).not.toBeNull();
    expect(headerColumns("Country | Date | Status")).toBeNull();
    expect(headerColumns("Chile | 12 Jun 2015")).toBeNull();
  });

  it("reads the binding column of a row", () => {
    const header = ["Participant", "Signature", "Ratification"];
    expect(bindingCell(header, "Albania | 22 Dec 2009 | 11 Feb 2013")).toEqual({ bound: true, year: 2013 });
    expect(bindingCell(header, "Benin | 8 Feb 2008 |")).toEqual({ bound: false, year: null });
    expect(bindingCell(header, "Angola |  | 19 May 2014 a")).toEqual({ bound: true, year: 2014 });
  });

  it("states no ratification for a state that only signed", () => {
    const found = ratified(`${PAGE}Participant | Signature | Ratification, Accession (a)\nAlbania | 22 Dec 2009 | 11 Feb 2013\nBenin | 8 Feb 2008 |\nAngola |  | 19 May 2014 a\n`);
    expect(found).toEqual(expect.arrayContaining([["ctry:al", 2013], ["ctry:ao", 2014]]));
    expect(found.map(([id]) => id)).not.toContain("ctry:bj");
  });

  it("with spaced columns, binds a state only where the row gives two dates", () => {
    const found = ratified(`${PAGE}Participant       Signature       Ratification\nAlbania       22 Dec 2009       11 Feb 2013\nBenin       8 Feb 2008\n`);
    expect(found).toEqual([["ctry:al", 2013]]);
  });

  it("with spaced columns, binds a state whose one date carries an accession or succession mark", () => {
    const found = ratified(`${PAGE}Participant       Signature       Ratification, Accession (a), Succession (d)\nAngola                        19 May 2014 a\nCroatia                       12 Oct 1992 (d)\nBenin       8 Feb 2008\n`);
    expect(found).toEqual(expect.arrayContaining([["ctry:ao", 2014], ["ctry:hr", 1992]]));
    expect(found.map(([id]) => id)).not.toContain("ctry:bj");
    expect(bindingCell(["Participant", "Signature", "Ratification"], "Benin   8 Feb 2008   a note")).toEqual({ bound: false, year: null });
  });
});
