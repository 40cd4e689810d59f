import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { FIRST_SINCE, firstSince } from "../../ingest/core/firstSince.js";
import { ROW_LEAD_YEAR, rowLeadYear } from "../../ingest/core/rowLeadYear.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();

describe("ROW_LEAD_YEAR: the year a timeline entry opens on (rowLeadYear.ts)", () => {
  for (const s of ROW_LEAD_YEAR.positive) it(`labels: ${s}`, () => expect(rowLeadYear(s)).not.toBeNull());
  for (const s of ROW_LEAD_YEAR.negative) it(`labels nothing: ${s}`, () => expect(rowLeadYear(s)).toBeNull());
  it("gives the label's year", () => expect(rowLeadYear("2016 (September) – The third meeting convenes in Kuala Lumpur.")).toBe(2016));
});

describe("FIRST_SINCE: 'the first X since …' ranks, it does not number (firstSince.ts)", () => {
  const at = (s: string) => s.search(/\bfirst\b/);
  const phraseEnd = (s: string) => at(s) + /^first\s+\S+(?:\s+meeting)?/.exec(s.slice(at(s)))![0].length;
  for (const s of FIRST_SINCE.positive) it(`ranks: ${s}`, () => expect(firstSince(s, at(s), phraseEnd(s))).toBe(true));
  for (const s of FIRST_SINCE.negative) it(`numbers: ${s}`, () => expect(firstSince(s, at(s), phraseEnd(s))).toBe(false));
});

describe("NUMBERED_MEETING_YEAR with ROW_LEAD_YEAR: a numbered sitting in an entry labelled by its year", () => {
  const graph = (rows: string): DocumentGraph => {
    const text = `Reef Labour Dialogue: a timeline, 2014–2024\n\nThe Reef Labour Dialogue is a second-track dialogue on labour mobility. Its members meet about twice a year.\n\nTimeline\n\n${rows}`;
    return buildGraphs([textSource("p.txt", text)], catalog)[0]!;
  };
  const sittings = (g: DocumentGraph, ordinal: number) => g.entities.filter((e) => e.parentId === "forum:reef-labour-dialogue" && e.ordinal === ordinal);

  it("dates the sitting an entry numbers, with a bracketed month after the year", () => {
    const g = graph("- 2016 (January) – The second meeting is held in Suva, with Fiji as host.\n\n- 2016 (September) – The third meeting convenes in Apia on 4–6 September.");
    expect(sittings(g, 2).map((e) => e.year)).toEqual([2016]);
    expect(sittings(g, 3).map((e) => e.year)).toEqual([2016]);
  });

  it("dates it in another wording: a month before the year and a colon", () => {
    const g = graph("- December 2008: second meeting of the Reef Labour Dialogue, Suva, 10-11 December, on seasonal work.");
    expect(sittings(g, 2).map((e) => e.year)).toEqual([2008]);
  });

  it("dates it in a third wording: a numbered entry opening on its full day", () => {
    const g = graph("IV. 17 December 2010. The fourth meeting, on seasonal work, was chaired by Fiji.\n\nVI. 25 May 2012. The sixth meeting was chaired by Samoa.");
    expect(sittings(g, 4).map((e) => e.year)).toEqual([2010]);
    expect(sittings(g, 6).map((e) => e.year)).toEqual([2012]);
  });

  it("does not date, from a day's label, a sitting the entry looks forward to", () => {
    const g = graph("IV. 17 December 2010. A working paper is drafted to prepare the fourth meeting of the Reef Labour Dialogue.");
    expect(sittings(g, 4).map((e) => e.year)).not.toContain(2010);
  });

  it("keeps the label past a span counted 'since' another year", () => {
    const g = graph("- 2024 – The thirteenth meeting convenes in Apia on 7–8 May, the first Dialogue meeting in Samoa since 2016. Members review pledges of December 2023.");
    expect(sittings(g, 13).map((e) => e.year)).toEqual([2024]);
  });

  it("takes no first sitting from 'the first … meeting in X since 2016'", () => {
    const g = graph("- 2024 – The thirteenth meeting convenes in Apia on 7–8 May, the first Dialogue meeting in Samoa since 2016.");
    expect(sittings(g, 1)).toEqual([]);
  });

  it("does not date a sitting whose own sentence names another year", () => {
    const g = graph("- 2021 – The report recalls that the fourth meeting was held in Suva in 2019.");
    expect(sittings(g, 4).map((e) => e.year)).not.toContain(2021);
  });

  it("takes no year from a range label", () => {
    const g = graph("- 2018–2019 – The fifth meeting of the Reef Labour Dialogue is prepared by the secretariat.");
    expect(sittings(g, 5).map((e) => e.year)).not.toContain(2018);
  });

  it("does not date a sitting the entry looks forward to", () => {
    const g = graph("- 2019 – The secretariat drafts papers to prepare the sixth meeting of the Reef Labour Dialogue.");
    expect(sittings(g, 6).map((e) => e.year)).not.toContain(2019);
  });
});
