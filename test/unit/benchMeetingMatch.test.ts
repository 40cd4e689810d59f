import { describe, expect, it } from "vitest";
import type { EntityRecord } from "../../ingest/core/types.js";
import { EntityIndex, type ExpectedEntity, type Fact, type FormsOf } from "../../bench/lib/devsetMatch.js";
import { describedCity, describedDate, describedOrdinal, matchDescribedMeetings, meetingKey, type MeetingFields } from "../../bench/lib/meetingMatch.js";

type Meeting = EntityRecord & { date?: string; ordinal?: number; city?: string };
const series: EntityRecord = { id: "forum:cmcg", kind: "FORUM", name: "Central Mediterranean Contact Group", acronym: null, aliases: [], origin: "discovered" };
const event = (id: string, year: number, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  kind: "FORUM",
  name: `Central Mediterranean Contact Group ${year}`,
  acronym: null,
  aliases: [],
  origin: "discovered",
  parentId: series.id,
  year,
  isEvent: true,
  ...extra,
});
const FILE = "p.txt";
const described = (name: string, fields: MeetingFields = {}): ExpectedEntity & MeetingFields => ({ name, kind: "FORUM", file: FILE, ...fields });
const partOf = (name: string): Fact => ({ type: "PART_OF", sourceName: name, sourceKind: "FORUM", targetName: series.name, targetKind: "FORUM", quote: "q", file: FILE });
const noForms: FormsOf = () => [];

function match(expected: Array<ExpectedEntity & MeetingFields>, facts: Fact[], graph: EntityRecord[]) {
  const index = new EntityIndex(graph);
  return matchDescribedMeetings(expected, facts, () => graph, () => index, noForms);
}
const ids = (m: Map<string, Set<string>>, name: string) => [...(m.get(`${FILE}|${name.toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()}`) ?? [])];

describe("a meeting's description is read for its date, number and venue", () => {
  it.each([
    ["Contact Group meeting, Bern, 13 November 2017", "2017-11-13"],
    ["Senior Level Review Meeting of 12-13 October 2006", "2006-10-12"],
    ["panel, March 22, 2007", "2007-03-22"],
    ["Board meeting, June 2019", "2019-06"],
  ])("%s → %s", (name, date) => expect(describedDate(name)).toBe(date));

  it("gives no date where only a year or a span is written", () => {
    expect(describedDate("Annual Diaspora Forum 2018")).toBeNull();
    expect(describedDate("RDPP phase II, 2018-2022")).toBeNull();
  });

  it.each([
    ["13th Trust Fund Board of the Madad Fund, Brussels, 5 December 2023", 13],
    ["Second PROMIS Steering Committee meeting, Dakar, 10 October 2018", 2],
    ["International Dialogue on Migration 2019, first session, New York", 1],
  ])("%s is number %i", (name, n) => expect(describedOrdinal(name)).toBe(n));

  it("reads a short capitalised piece after a comma as the venue, never a date or a lower-case note", () => {
    expect(describedCity("Contact Group meeting, Bern, 13 November 2017")).toBe("Bern");
    expect(describedCity("International Dialogue on Migration 2019, first session, New York, 28 February 2019")).toBe("New York");
    expect(describedCity("Migrants' Rights: The Missing Link for Development (panel, 22 March 2007)")).toBeNull();
  });

  it("takes the series from the page's PART_OF fact, or from the entity's own partOf field, and needs a year", () => {
    expect(meetingKey(described("Contact Group meeting, Bern, 13 November 2017"), [partOf("Contact Group meeting, Bern, 13 November 2017")])?.series).toEqual({ name: series.name });
    expect(meetingKey(described("Board meeting, 2019", { partOf: "forum:board" }), [])?.series).toEqual({ id: "forum:board" });
    expect(meetingKey(described("Contact Group meeting, Bern"), [partOf("Contact Group meeting, Bern")])).toBeNull();
    expect(meetingKey(described("Contact Group meeting, Bern, 2017"), [])).toBeNull();
  });
});

describe("a described meeting matches a graph event strictly", () => {
  const bern = "Central Mediterranean Contact Group meeting, Bern, 13 November 2017";
  const tunis = "Central Mediterranean Contact Group meeting, Tunis, 24 July 2017";
  const facts = [partOf(bern), partOf(tunis)];

  it("matches the event of its series and year whose date, number or venue agrees", () => {
    const graph = [series, event("forum:cmcg-2017-11-13", 2017, { date: "2017-11-13" }), event("forum:cmcg-2017-07-24", 2017, { city: "Tunis" })];
    const m = match([described(bern), described(tunis)], facts, graph);
    expect(ids(m, bern)).toEqual(["forum:cmcg-2017-11-13"]);
    expect(ids(m, tunis)).toEqual(["forum:cmcg-2017-07-24"]);
  });

  it("does not match an event whose discriminator disagrees, or one of another year", () => {
    const graph = [series, event("forum:cmcg-2017-3", 2017, { ordinal: 3, city: "Rome" }), event("forum:cmcg-2018", 2018, { city: "Bern" })];
    expect(match([described(bern)], [partOf(bern)], graph).size).toBe(0);
  });

  it("lets one node that stands for several described meetings match none of them", () => {
    const graph = [series, event("forum:cmcg-2017", 2017)];
    expect(match([described(bern), described(tunis)], facts, graph).size).toBe(0);
  });

  it("matches an undiscriminated series-year event only when the page describes one meeting of that year", () => {
    const graph = [series, event("forum:cmcg-2017", 2017)];
    expect(ids(match([described(bern)], [partOf(bern)], graph), bern)).toEqual(["forum:cmcg-2017"]);
  });

  it("lets a month agree with a day of that month", () => {
    const graph = [series, event("forum:cmcg-2017-11", 2017, { date: "2017-11" })];
    expect(ids(match([described(bern), described(tunis)], facts, graph), bern)).toEqual(["forum:cmcg-2017-11"]);
  });
});

describe("a one-off meeting described with its venue and date matches the event named as its part before the comma", () => {
  const oneOff = (id: string, name: string, year: number, extra: Partial<Meeting> = {}): Meeting => ({
    id, kind: "FORUM", name, acronym: null, aliases: [], origin: "discovered", year, isEvent: true, ...extra,
  });
  const summit = "Lagoon Summit on Fisher Safety, Cotonou, 3-4 May 2022";

  it("matches the event of that name and year", () => {
    const graph = [oneOff("forum:lagoon-summit", "Lagoon Summit on Fisher Safety", 2022)];
    expect(ids(match([described(summit)], [], graph), summit)).toEqual(["forum:lagoon-summit"]);
  });

  it("does not match another year, another name, a disagreeing date, or a standing forum that is no event", () => {
    expect(match([described(summit)], [], [oneOff("forum:a", "Lagoon Summit on Fisher Safety", 2021)]).size).toBe(0);
    expect(match([described(summit)], [], [oneOff("forum:b", "Lagoon Summit", 2022)]).size).toBe(0);
    expect(match([described(summit)], [], [oneOff("forum:c", "Lagoon Summit on Fisher Safety", 2022, { date: "2022-09-12" })]).size).toBe(0);
    expect(match([described(summit)], [], [oneOff("forum:d", "Lagoon Summit on Fisher Safety", 2022, { isEvent: false })]).size).toBe(0);
  });

  it("leaves a meeting of a series, or one with no comma or no year, to the other rules", () => {
    const graph = [oneOff("forum:lagoon-summit", "Lagoon Summit on Fisher Safety", 2022)];
    expect(match([described(summit, { partOf: "forum:lagoon" })], [], graph).size).toBe(0);
    expect(match([described("Lagoon Summit on Fisher Safety")], [], graph).size).toBe(0);
    expect(match([described("Lagoon Summit on Fisher Safety, Cotonou")], [], graph).size).toBe(0);
  });

  it("lets one event that two described meetings would match match neither", () => {
    const graph = [oneOff("forum:lagoon-summit", "Lagoon Summit on Fisher Safety", 2022)];
    const second = "Lagoon Summit on Fisher Safety, Lomé, 9 October 2022";
    expect(match([described(summit), described(second)], [], graph).size).toBe(0);
  });
});
