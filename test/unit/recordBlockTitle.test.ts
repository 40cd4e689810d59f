import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { RECORD_BLOCK_FIELD_EXAMPLES, RECORD_BLOCK_TITLES } from "../../ingest/core/recordBlockTitle.js";
import { listHeading } from "../../ingest/core/listHeading.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("calls.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describeNameRules("a record's title line over a programme's field lines (ingest/core/recordBlockTitle.ts)", [RECORD_BLOCK_TITLES]);

describe("the field lines of a record read for the initiative its title line names", () => {
  for (const ex of RECORD_BLOCK_FIELD_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of RECORD_BLOCK_FIELD_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("a body's call as a record", () => {
  const text =
    "Funding news > Diaspora > Archive\n\nLISTINGS: CALLS WE FOLLOWED\nOlder calls stay here.\n\n" +
    "[ CLOSED ]  HSF: special call on return to coastal towns\n  Run by:      Harbour Support Foundation (HSF), Norway\n  Deadline:    4 March 2019\n  Countries:   Ghana, Togo\nProjects had to start within a year.\n\n" +
    "[ CLOSED ]  HSF: three small grants for ferry crews\n  Run by:      HSF\n  Countries:   Benin\n";
  it("names the call by its body and its words, and reads its fields for it", () => {
    expect(stated(text, ["OPERATES_IN", "ini:hsf-special-call-on-return-to-coastal-towns", "ctry:tg"])).toHaveLength(1);
    expect(stated(text, ["LEADS", "org:harbour-support-foundation", "ini:hsf-special-call-on-return-to-coastal-towns"])).toHaveLength(1);
  });
  it("makes no call of a record whose words after the colon name no call", () => {
    const names = buildGraphs([page(text)], catalog)[0]!.entities.map((e) => e.name);
    expect(names.some((n) => /three small grants/.test(n))).toBe(false);
  });
  it("does not read a record's title line as a row of a list the page's breadcrumb heading opens", () => {
    const grants = "Funding opportunities > Archive\n\nGRANT CALLS: FOUR FROM THE ARCHIVE\nListings stay online.\n\n[ CLOSED ]  Harbour Grant Window\n  Funded by:   Norway\n  Deadline:    3 May 2019\nProse.\n\n[ CLOSED ]  Coastal Return 2020-2024 (Belgium)\n  Countries:   Togo\n  Deadline:    9 May 2020\nMore prose.\n";
    expect(stated(grants, ["FUNDS", "ctry:be", "ini:harbour-grant-window"])).toEqual([]);
  });
});

describe("a record's singular Country field", () => {
  it("is the programme's country when written with a colon", () => {
    expect(listHeading("Country: Iraq")?.list.some((l) => l.type === "OPERATES_IN")).toBe(true);
  });
  it("is no field over a table's column gap", () => {
    expect(listHeading("Country   Group")).toBeNull();
  });
});
