import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { cellSpans, columnLabels, headerMentionsFit } from "../../ingest/core/labelledColumns.js";
import { labelHead } from "../../ingest/core/listLabel.js";
import { copularList } from "../../ingest/core/copularList.js";
import { labelLists } from "../../ingest/core/labelLists.js";
import { listHeading } from "../../ingest/core/listHeading.js";
import { otherField } from "../../ingest/core/otherField.js";
import { textSource } from "../support/textSource.js";

/** Shapes of labelled lists beyond "Label:" and rows: qualified labels, bare labels, labelled columns, label sentences. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("shape.txt", text);
const triples = (text: string) => buildGraphs([page(text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("a label read by its head (listLabel.ts)", () => {
  it("drops a date, a bracketed remark, a word about the list and an owner word", () => {
    expect(labelHead("Steering Group (2019)")).toBe("Steering Group");
    expect(labelHead("Chairs, 2016–2019")).toBe("Chairs");
    expect(labelHead("Presidency history")).toBe("Presidency");
    expect(labelHead("Our donors")).toBe("donors");
    expect(labelHead("Members as of June 2020")).toBe("Members");
  });
  it("keeps what names the topic and leaves other labels alone", () => {
    expect(labelHead("Members of the GMG")).toBe("Members of the GMG");
    expect(labelHead("Publications")).toBe("Publications");
  });
  it("reads no clause as a label", () => {
    expect(labelLists("Its co-chairs were thanked by")).toEqual([]);
    expect(labelLists("Presidency history").map((l) => l.id)).toEqual(["chairs"]);
  });
  it("lets the list that reads more of the label win", () => {
    expect(labelLists("Funding partners").map((l) => l.id)).toEqual(["funders"]);
  });
});

describe("bare labels and field lines", () => {
  it("reads a label printed alone only when asked", () => {
    expect(listHeading("Funded by")).toBeNull();
    expect(listHeading("Funded by", true)?.list.map((l) => l.id)).toEqual(["funders"]);
    expect(listHeading("Member countries | Observer countries", true)).toBeNull();
  });
  it("tells a new field from a labelled row", () => {
    expect(otherField("Participating Governments: Afghanistan, Oman", [27])).toBe(false);
    expect(otherField("Venue: Bali International Convention Centre", [])).toBe(true);
    expect(otherField("Italy: 1981", [0])).toBe(false);
    expect(otherField("July-December 2012: UNODC", [21])).toBe(false);
  });
  it("reads rows under a label printed without a colon", () => {
    expect(triples("Joint Migration and Development Initiative\n\nFunded by\nEuropean Union\nSwiss Agency for Development and Cooperation\n")).toContain("FUNDS org:sdc ini:jmdi");
    expect(triples("Global Forum on Migration and Development\n\nChairmanship\n\n2008 — Philippines\n2009 — Greece\n")).toContain("CHAIRED ctry:gr forum:gfmd");
  });
  it("reads a line of names between middots under a label heading", () => {
    expect(triples("Global Migration Group\n\nThe GMG is an inter-agency group.\n\nMembers of the GMG\n\nFAO · IFAD · ILO · IOM · OHCHR · UNCTAD · UNDP · UNESCO · UNFPA · UNHCR · UNICEF · WHO\n")).toContain("MEMBER_OF org:unctad forum:gmg");
  });
  it("ends a list at a field of another kind", () => {
    const t = triples("Abu Dhabi Dialogue\n\nThird Ministerial Consultation\n\nChair of the Dialogue: Kuwait\nHost city: Kuwait City\nParticipating Governments: Bahrain, Oman, Qatar\n");
    expect(t).toContain("CHAIRED ctry:kw forum:abu-dhabi-dialogue");
    expect(t).not.toContain("CHAIRED ctry:qa forum:abu-dhabi-dialogue");
  });
  it("does not take a section's rows for a statement's list", () => {
    expect(triples("MDG Achievement Fund\n\nThematic window: Youth and Migration\n\nFinanced by the Government of Spain\nParticipating UN agencies: ILO, IOM, UNICEF\n")).not.toContain("FUNDS org:unicef ini:mdg-f");
  });
});

describe("labelled columns (labelledColumns.ts)", () => {
  it("splits a row into cells with offsets", () => {
    expect(cellSpans("Belize | Argentina").map((c) => c.text)).toEqual(["Belize", "Argentina"]);
    expect(cellSpans("| 2011 | Switzerland | Geneva |").map((c) => c.text)).toEqual(["2011", "Switzerland", "Geneva"]);
  });
  it("knows a header by its labels", () => {
    expect(columnLabels("Member countries | Observer countries")?.map((l) => l.map((x) => x.id))).toEqual([["members-of-forum", "organization-member-states", "label:members-of-network"], ["observers"]]);
    expect(columnLabels("Year | Chair | Summit venue")?.[1]?.map((x) => x.id)).toEqual(["chairs"]);
    expect(columnLabels("Country | Date | Place")).toBeNull();
    expect(columnLabels("2011 | Switzerland | Geneva")).toBeNull();
  });
  it("takes a year in a header's label only under a state column, never a cell that opens on a date", () => {
    expect(columnLabels("Member State | Party to the 1957 agreement | Joined")).not.toBeNull();
    expect(columnLabels("Member State | 1957 | Joined")).toBeNull();
    expect(columnLabels("Theme | Member countries in 2019")).toBeNull();
  });
  it("lets a header name bodies in its labels, not in the column of the rows' names", () => {
    expect(headerMentionsFit("| Member State | In ECCAS since | CEMAC |", [17])).toBe(true);
    expect(headerMentionsFit("| Benin | ECOWAS |", [2])).toBe(false);
    expect(headerMentionsFit("| Benin | Member |", [2])).toBe(false);
  });
  it("reads a column that names the body joined as membership of that body, not of the page's topic", () => {
    const t = triples("ECOWAS Protocol on Free Movement: register\n\nThe Protocol was adopted in 1979 by the Economic Community of West African States.\n\n| Country | In the AU since | Note |\n|---|---|---|\n| Ghana | 1963 | founder |\n| Cabo Verde | 1975 | - |\n");
    expect(t).toContain("MEMBER_OF ctry:gh org:african-union");
    expect(t).not.toContain("MEMBER_OF ctry:gh org:ecowas");
  });
  it("reads each name as a row of its column's list", () => {
    const t = triples("Regional Conference on Migration\n\nThe RCM was created in 1996.\n\nMember countries | Observer countries\nBelize | Argentina\nCanada | Colombia\n");
    expect(t).toContain("MEMBER_OF ctry:bz forum:puebla-process");
    expect(t).toContain("PARTICIPATES_IN ctry:co forum:puebla-process");
    expect(t).not.toContain("MEMBER_OF ctry:co forum:puebla-process");
  });
  it("reads nothing from a column no list names (a venue is no host)", () => {
    const t = triples("Global Forum on Migration and Development\n\nPast Chairs\n\nYear | Chair | Summit venue\n2011 | Switzerland | Geneva\n2012 | Mauritius | Port Louis\n");
    expect(t).toContain("CHAIRED ctry:mu forum:gfmd");
    expect(t.filter((x) => x.startsWith("HOSTED"))).toEqual([]);
  });
});

describe("a sentence whose subject is a list label (copularList)", () => {
  it("reads the label and the list after its verb", () => {
    expect(copularList("Its funding partners are the European Union, Luxembourg and Spain.")?.list.map((l) => l.id)).toEqual(["funders"]);
    expect(copularList("Observers include IOM and the ILO.")?.list.map((l) => l.id)).toContain("observers");
  });
  it("reads a time adverbial before the label or between the label and its verb, and those the list adds to", () => {
    expect(copularList("The parties at that stage were Peru and Chile.")?.list.map((l) => l.id)).toEqual(copularList("The parties were Peru and Chile.")?.list.map((l) => l.id));
    expect(copularList("The parties at that stage were Peru and Chile.")).not.toBeNull();
    expect(copularList("By then its funding partners were the European Union and Spain.")?.list.map((l) => l.id)).toEqual(["funders"]);
    expect(copularList("Apart from Norway and Chile in the table, the funding partners in 2019 were Spain and Italy.")?.list.map((l) => l.id)).toEqual(["funders"]);
    const t = triples("The Domestic Workers Convention entered into force in 2013.\n\nBesides Uruguay and Italy, named above, the ratifying states at that stage were Peru and Ecuador.");
    expect(t).toContain("RATIFIED ctry:ec conv:ilo-c189");
  });
  it("reads no other opening clause before the label", () => {
    expect(copularList("When Peru spoke, the parties were Chile and Ecuador.")).toBeNull();
    expect(copularList("Reports say the parties were Chile and Ecuador.")).toBeNull();
  });
  it("reads a list whose first name opens on its number, never a count", () => {
    expect(copularList("The study partners were 21 Harbours Trust and the Lagoon Rights Centre.")?.list.map((l) => l.id)).toEqual(["partners-of-initiative"]);
    expect(copularList("The study partners were 21 in all.")).toBeNull();
  });
  it("lists for the title a run-in paragraph opens with, where no owner is written", () => {
    expect(triples("Projects\n\nShore Lines (2017). Researchers interviewed net menders in four ports. The study partners were the Lagoon Rights Centre and the Tidewater Fishers Union.")).toContain("PARTICIPATES_IN org:lagoon-rights-centre ini:shore-lines");
    // A title that closes on a quote is named as whole words too.
    expect(triples('Projects\n\nAgainst "Drift" (2019). Researchers interviewed net menders in four ports. The study partners were the Lagoon Rights Centre and the Tidewater Fishers Union.')).toContain("PARTICIPATES_IN org:lagoon-rights-centre ini:against-drift");
    // A paragraph whose first sentence says something titles nothing.
    expect(triples("Projects\n\nShore Lines (2017) interviewed net menders in four ports. The study partners were the Lagoon Rights Centre and the Tidewater Fishers Union.").filter((x) => x.includes("org:lagoon-rights-centre"))).toEqual([]);
  });
  it("reads no clause that goes on past the verb, and no negation", () => {
    expect(copularList("Its co-chairs were thanked by Morocco.")).toBeNull();
    expect(copularList("Its donors are not Japan and Korea.")).toBeNull();
  });
  it("lists for a written owner, or for what the page names, never for the latest body mentioned", () => {
    expect(triples("Financing Facility for Remittances\n\nThe FFR is a facility managed by IFAD. Its funding partners are the European Union, Luxembourg and Spain.")).toContain("FUNDS ctry:lu ini:ffr");
    const t = triples("Agency report\n\nThe regional office works with the Migration for Development in Africa programme on surveys. Regional partners include IOM and the Ibero-American General Secretariat.");
    expect(t.filter((x) => x.includes("org:iom") && x.includes("ini:mida"))).toEqual([]);
  });
});
