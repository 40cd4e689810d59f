import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graphOf = (text: string) => buildGraphs([textSource("note.txt", text)], defaultCatalog())[0]!;

it("reads a numbered summit of an organization as a dated sitting of its summits, whose parent is the organization (BODY_SUMMITS)", () => {
  for (const [text, series, owner, year, ordinal] of [
    ["ECOWAS leaders met at the 35th ECOWAS Summit in Abuja in 2009.", "forum:ecowas-summit", "org:ecowas", 2009, 35],
    ["SAARC has met since 1985. The protocol on reed boats was adopted at the 12th SAARC Summit, held in Islamabad on 4 January 2004.", "forum:saarc-summit", "org:saarc", 2004, 12],
    ["The 21st ASEAN Summit, hosted by Cambodia in Phnom Penh in November 2012, launched talks among ASEAN members.", "forum:asean-summit", "org:asean", 2012, 21],
  ] as const) {
    const graph = graphOf(text);
    const sitting = graph.entities.find((e) => e.isEvent && e.parentId === series);
    expect(sitting, text).toMatchObject({ year, ordinal });
    expect(graph.entities.find((e) => e.id === series)?.parentId, text).toBe(owner);
    // The sitting is the summit's, never the organization's own meeting.
    expect(graph.entities.some((e) => e.isEvent && e.parentId === owner), text).toBe(false);
  }
});

it("lets the venue's state host an organization's summit as it hosts another series' sitting (BODY_SUMMITS)", () => {
  const graph = graphOf("SAARC has met since 1985. Later that year, on 20 November, the 13th SAARC Summit in Nepal opened. It was held on 20 November 2005.");
  const sitting = graph.entities.find((e) => e.isEvent && e.parentId === "forum:saarc-summit");
  expect(sitting).toBeDefined();
  expect(graph.relations.some((r) => r.type === "HOSTED" && r.sourceId === "ctry:np" && r.targetId === sitting!.id)).toBe(true);
});

it("makes no summit series of an organization's unit or of a lower-case summit (BODY_SUMMITS)", () => {
  for (const text of ["The ECOWAS Commission drafted the fisheries protocol in Abuja in 2009.", "The ECOWAS summit of 2009 was held in Abuja."]) {
    expect(graphOf(text).entities.some((e) => e.id === "forum:ecowas-summit"), text).toBe(false);
  }
});
