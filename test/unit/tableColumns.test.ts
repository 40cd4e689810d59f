import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { bindingCell, cellsOf, headerColumns } from "../../ingest/core/tableColumns.js";
import { textSource } from "../support/textSource.js";

const file = (text: string) => textSource("t.txt", text);
const ratified = (text: string) => buildGraphs([file(text)], defaultCatalog())[0]!.relations.filter((r) => r.type === "RATIFIED").map((r) => [r.sourceId, r.year]);
const PAGE = "Convention on the Rights of Persons with Disabilities\n\nIt entered into force in 2008.\n\nStatus of ratification\n\n";

describe("register columns", () => {
  it("splits a row into cells and knows a header with separate signature and binding columns", () => {
    expect(cellsOf("Chile | 12 Jun 2015 | In force")).toEqual(["Chile", "12 Jun 2015", "In force"]);
    expect(headerColumns("Participant | Signature | Ratification, Accession (a)")).not.toBeNull();
    expect(headerColumns("Participant Signature Ratification")).not.toBeNull();
    expect(headerColumns("Country | Date | Status")).not.toBeNull();
    expect(headerColumns("Country | Date | Place")).toBeNull();
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

describe("binding cells, whatever the layout", () => {
  const CMW = "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families\n\nIt entered into force in 2003.\n\n";
  const bound = (text: string) => ratified(text).map(([id]) => id);

  it("binds a state whose binding cell holds a date, a year or an ordinal, not a dash or 'not yet'", () => {
    const found = bound(`${CMW}State | Signature | Ratification\nAlbania | — | 5 June 2007\nBangladesh | 7 Oct 1998 | 2011\nChile | – | thirty-second ratification\nCambodia | 27 Sep 2004 | —\nJapan | 12 Dec 2000 | not yet\n`);
    expect(found).toEqual(expect.arrayContaining(["ctry:al", "ctry:bd", "ctry:cl"]));
    expect(found).not.toContain("ctry:kh");
    expect(found).not.toContain("ctry:jp");
  });

  it("binds no one whose binding column is blank, with no signature column beside it", () => {
    const found = bound(`${CMW}| Country | Accession | Entry into force |\n|---|---|---|\n| Ghana | 23/06/1981 | 23/06/1981 |\n| Madagascar | — | — |\n`);
    expect(found).toEqual(["ctry:gh"]);
  });

  it("reads semicolon and two-space columns", () => {
    expect(bound(`${CMW}State; Signature; Ratification or accession\nKenya; ; 16 May 1966\nIndia; —; —\n`)).toEqual(["ctry:ke"]);
    expect(bound(`${CMW}State  Signature  Ratification\nColombia  10 Apr 1985  8 Dec 1987\nSuriname  —  16 Nov 2021\nTajikistan  22 Mar 2018  —\n`).sort()).toEqual(["ctry:co", "ctry:sr"]);
  });

  it("reads a status column in words", () => {
    expect(bound(`${CMW}Country | Status\nQatar | not ratified\nBahrain | signed only\nMauritania | ratified (2007)\n`)).toEqual(["ctry:mr"]);
    expect(bound(`${CMW}Country | Entry into force for the State\nBrazil | 29 Jan 2004\nIsrael | —\n`)).toEqual(["ctry:br"]);
  });
});

describe("status tables as real registers print them", () => {
  const SMUGGLING = "Protocol against the Smuggling of Migrants by Land, Sea and Air\n\nIt entered into force in 2004.\n\n";
  const bound = (text: string) => ratified(text).map(([id]) => id);

  it("reads a register whose first column is a running number and whose state stands in the second", () => {
    const found = ratified(`${SMUGGLING}No. | Participant | Signature | Ratification, Accession (a), Succession (d)\n1 | Albania | | 5 Jun 2007 a\n2 | Cambodia | 27 Sep 2004 |\n3 | Indonesia | 22 Sep 2004 | 31 May 2012\n`);
    expect(found).toEqual(expect.arrayContaining([["ctry:al", 2007], ["ctry:id", 2012]]));
    expect(found.map(([id]) => id)).not.toContain("ctry:kh");
  });

  it("takes a signature column that also names succession for the signature's, not the binding act's", () => {
    const found = bound(`${SMUGGLING}Participant | Signature, Succession to signature(d) | Approval(AA), Acceptance(A), Accession(a), Succession(d), Ratification\nAlgeria | 6 Dec 2002 | 9 Mar 2004\nAngola | 13 Dec 2000 |\n`);
    expect(found).toContain("ctry:dz");
    expect(found).not.toContain("ctry:ao");
  });

  it("reads a yes/no column beside a remarks column, whatever the remarks hold", () => {
    const found = bound(`${SMUGGLING}| Member State | Ratified the Protocol | Note on membership |\n|---|---|---|\n| Angola | no record | citizens still need a visa to enter |\n| Botswana | yes | host of the secretariat |\n| Malawi | no record | member since 8 September 1997; visa still required |\n`);
    expect(found).toEqual(["ctry:bw"]);
    expect(headerColumns("Member State | Ratified the Protocol | Note on membership")).not.toBeNull();
    expect(headerColumns("Member State | Visa required | Note on membership")).toBeNull();
  });
});
