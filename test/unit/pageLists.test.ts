import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { datelineYear } from "../../ingest/core/dateline.js";
import { meetingOfYear } from "../../ingest/core/meetingOfYear.js";
import { normalise } from "../../ingest/core/normalise.js";
import type { ResolvedEntity } from "../../ingest/core/resolve.js";
import { statedYears } from "../../ingest/core/statedYears.js";
import type { SourceFile } from "../../ingest/core/types.js";
import { venueCountry } from "../../ingest/core/venueCountry.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { titleAcronym } from "../../ingest/core/titleAcronym.js";

/** Lists and dates as web pages print them: dash bullets, stacked names, datelines, rows of meetings. */
const file = (text: string): SourceFile => ({ path: "x", name: "x.txt", format: "txt", text, bytes: text.length, hash: "h" });
const kinds = (text: string) => normalise(file(text)).map((b) => `${b.kind}: ${b.text}`);

describe("lists on a page of whole lines", () => {
  it("reads dash and star bullets as list items", () => {
    expect(kinds("Member States\n\n- Angola\n* Botswana\n")).toEqual(["heading: Member States", "list-item: Angola", "list-item: Botswana"]);
  });
  it("reads a markdown heading in a plain-text page as a heading, and numbered lines one under another as a list", () => {
    expect(kinds("## Member States\n\n1. Angola\n2. Botswana\n")).toEqual(["heading: Member States", "list-item: Angola", "list-item: Botswana"]);
    // A lone numbered line is a section heading, not a one-item list.
    expect(kinds("2. Members\n\nThe Process has eight members.")[0]).toBe("heading: 2. Members");
  });
  it("reads short names one under another as a list, but a lone short line as a heading", () => {
    expect(kinds("Member States\n\nAngola\nBotswana\n\nRecent meetings\n\nThe ministers met in 2016.")).toEqual([
      "heading: Member States",
      "list-item: Angola",
      "list-item: Botswana",
      "heading: Recent meetings",
      "paragraph: The ministers met in 2016.",
    ]);
  });
  it("reads rows after a sentence that ends in a colon, also across one blank line", () => {
    expect(kinds("The Forum has met often. The summits so far:\n\n2007 - Washington (global)\n2009 - Tunis (Africa)\n")).toEqual([
      "paragraph: The Forum has met often. The summits so far:",
      "list-item: 2007 - Washington (global)",
      "list-item: 2009 - Tunis (Africa)",
    ]);
  });
  it("keeps a dash that opens a line of prose in a paragraph, and ends rows at the second blank line", () => {
    expect(kinds("Members:\n\nAngola\n\nThe Process meets yearly.")[2]).toBe("paragraph: The Process meets yearly.");
    expect(kinds("A long line of prose goes on here\n-and then a line that opens with a dash.")).not.toContain("list-item: and then a line that opens with a dash.");
  });
});

describe("dates", () => {
  it("reads a news dateline's year, not a year inside a sentence", () => {
    expect(datelineYear("Caracas, 2007. The Venezuelan government hosted the seventh Conference.")).toBe(2007);
    expect(datelineYear("Cartagena de Indias, 2013. The XIII Conference met.")).toBe(2013);
    expect(datelineYear("Brussels, 4-5 April 2017. A year later …")).toBe(2017);
    expect(datelineYear("In 2016, Peru hosted the meeting. Then …")).toBeNull();
    expect(datelineYear("Peru, Chile and Bolivia met in 2016. Then …")).toBeNull();
  });
  it("takes a year that dates something, not the bound of a period", () => {
    expect([...statedYears("Greece hosted the Forum in 2009.")]).toEqual(["2009"]);
    expect([...statedYears("Sri Lanka, which has held the chair since 2013, hosted both meetings.")]).toEqual([]);
    expect([...statedYears("From 2015 it met yearly, and in 2017 Peru hosted it.")]).toEqual(["2017"]);
  });
});

describe("meetings of a standing forum", () => {
  const catalog = defaultCatalog();
  const andean: ResolvedEntity = { id: "forum:andean-conference", kind: "FORUM", name: "Andean Conference", acronym: "AC", aliases: [], origin: "discovered" };
  it("makes a forum's meeting of a year once, named with the year, and finds it again", () => {
    const entities = new Map<string, ResolvedEntity>([[andean.id, andean]]);
    const id = meetingOfYear(andean.id, 2015, entities, catalog)!;
    expect(entities.get(id)).toMatchObject({ name: "Andean Conference 2015", isEvent: true, year: 2015, parentId: andean.id, aliases: ["AC 2015"] });
    expect(meetingOfYear(andean.id, 2015, entities, catalog)).toBe(id);
  });
  it("takes the catalog's meeting where it lists one, and makes none for a meeting or a non-forum", () => {
    const entities = new Map<string, ResolvedEntity>([["forum:gfmd", { ...catalog.byId.get("forum:gfmd")!, forms: undefined } as never]]);
    expect(meetingOfYear("forum:gfmd", 2012, entities, catalog)).toBe("forum:gfmd-2012");
    expect(meetingOfYear("forum:gfmd-2012", 2013, entities, catalog)).toBeNull();
    expect(meetingOfYear("org:iom", 2013, new Map(), catalog)).toBeNull();
  });
  it("reads the venue city that opens a row as its country, never a place in a remark", () => {
    const cities = catalog.cities;
    expect(venueCountry("2013 - Bangkok (Asia and the Pacific)", cities)?.id).toBe("ctry:th");
    expect(venueCountry("2021 - online (global); first planned for Nairobi", cities)).toBeNull();
    expect(venueCountry("2017 - United Nations Headquarters, New York", cities)).toBeNull();
  });
});

describe("an acronym the page's title gives", () => {
  const catalog = defaultCatalog();
  const members = (text: string) => buildGraphs([file(text)], catalog)[0]!.relations.filter((r) => r.type === "MEMBER_OF").map((r) => `${r.sourceId} ${r.targetId}`);
  it("reads the acronym in parentheses at the end of a title, whatever its letters", () => {
    expect(titleAcronym("South American Conference on Migration (CSM)")).toEqual({ name: "South American Conference on Migration", acronym: "CSM" });
    expect(titleAcronym("Remittances (2015 figures)")).toBeNull();
    // In two parts, the body's and a region's code; a place after the initials is a branch's note, not the acronym.
    expect(titleAcronym("Coastal Livelihoods Programme for West Africa (CLP WA)")).toEqual({ name: "Coastal Livelihoods Programme for West Africa", acronym: "CLP WA" });
    expect(titleAcronym("Coastal Fishers Network (CFN Togo)")).toBeNull();
  });
  it("reads the acronym's uses as the body the title names", () => {
    const page = "Andean Conference on Mobility (CAM)\n\nThe Andean Conference on Mobility was set up in Lima in 2001.\n\nSince then the CAM has brought together Peru, Chile and Bolivia.";
    expect(members(page)).toContain("ctry:cl forum:andean-conference-on-mobility");
    // Without the title's acronym, "the CAM" names nothing known.
    expect(members(page.replace(" (CAM)", ""))).not.toContain("ctry:cl forum:andean-conference-on-mobility");
  });
});
