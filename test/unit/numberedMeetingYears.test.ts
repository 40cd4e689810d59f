import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (body: string): DocumentGraph => {
  const text = `Coral Labour Dialogue: chronology\n\nThe Coral Labour Dialogue is run by IOM.\n\n${body}`;
  return buildGraphs([textSource("p.txt", text)], catalog)[0]!;
};
const SECOND = "forum:coral-labour-dialogue-2-session";
const yearOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.year ?? null;

describe("NUMBERED_MEETING_YEAR: a numbered meeting named only under a year heading was held that year (numberedMeetingYears.ts)", () => {
  it("dates the sitting a chronology row names under its year", () => {
    const g = graph("2018\n\n- May, Suva: the second session of the Coral Labour Dialogue meets. Samoa takes part in it.");
    expect(yearOf(g, SECOND)).toBe(2018);
    expect(g.relations.some((r) => r.type === "PART_OF" && r.sourceId === SECOND && r.targetId === "forum:coral-labour-dialogue")).toBe(true);
  });

  it("leaves undated one ordinal named under two year headings", () => {
    const g = graph("2018\n\n- May, Suva: the second session of the Coral Labour Dialogue meets.\n\n2019\n\n- June, Apia: the second session of the Coral Labour Dialogue meets again.");
    expect(yearOf(g, SECOND)).toBeNull();
  });

  it("takes no year from the heading where the passage states a year of its own", () => {
    const g = graph("2018\n\nThe second session of the Coral Labour Dialogue, which Fiji chaired, is recalled in the 2016 report.");
    expect(yearOf(g, SECOND)).not.toBe(2018);
  });

  it("dates a sitting whose passage states only the heading's year besides one it had been planned for", () => {
    const g = graph("2021\n\nThe second session of the Coral Labour Dialogue was first scheduled for June 2020, then delayed by storms. Delegates gathered in Suva on 4 May 2021.");
    expect(yearOf(g, SECOND)).toBe(2021);
  });


  it("takes no year from the heading where the passage says the sitting was held in another year", () => {
    const g = graph("2021\n\nThe second session of the Coral Labour Dialogue met in Apia in June 2020, and the talks went on in Suva in May 2021.");
    expect(yearOf(g, SECOND)).not.toBe(2021);
  });

  it("takes no year from a heading that is more than a year", () => {
    const g = graph("Sessions since 2018\n\n- May, Suva: the second session of the Coral Labour Dialogue meets.");
    expect(yearOf(g, SECOND)).toBeNull();
  });
});

describe("NUMBERED_MEETING_YEAR: a meeting the year looks forward to", () => {
  it("is not dated with the year heading over it", () => {
    const g = graph("2018\n\n- 14-15 October: the talks prepare the way to the second session of the Coral Labour Dialogue.");
    expect(yearOf(g, SECOND)).toBeNull();
  });
});

describe("NUMBERED_MEETING_YEAR: the paragraph right under a dated row of a list of meetings", () => {
  const page = (body: string): DocumentGraph => {
    const text = `The Lagoon Leaders' Summits, 2015-2021: a chronology\n\nThe Lagoon Leaders' Summit brings together the heads of government of the Pacific island states.\n\n2019 - Suva\nThe third summit met in Suva on 3 May 2019. Fiji hosted it.\n\n${body}`;
    return buildGraphs([textSource("p.txt", text)], catalog)[0]!;
  };
  const fourth = (g: DocumentGraph) => g.entities.filter((e) => e.parentId === "forum:lagoon-leaders-summit" && e.ordinal === 4);

  it("dates the sitting it numbers with the row's year, past a year it had been planned for", () => {
    const g = page("2021 - Apia\nThe fourth summit was due for June 2020 but slipped a year after a cyclone. Leaders gathered in Apia on 4 May 2021, and Samoa was the host.");
    expect(fourth(g).map((e) => e.year)).toEqual([2021]);
    expect(g.relations.some((r) => r.type === "HOSTED" && r.sourceId === "ctry:ws" && r.year === 2021 && fourth(g).some((e) => e.id === r.targetId))).toBe(true);
  });

  it("does not date a sitting the paragraph says was held in another year", () => {
    const g = page("2021 - Apia\nThe fourth summit met in Nuku'alofa in June 2020. Samoa hosted the talks of 2021 in Apia.");
    expect(fourth(g).map((e) => e.year)).not.toContain(2021);
  });
});
