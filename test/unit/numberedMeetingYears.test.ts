import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const graph = (body: string): DocumentGraph => {
  const text = `Coral Labour Dialogue: chronology\n\nThe Coral Labour Dialogue is run by IOM.\n\n${body}`;
  return buildGraphs([{ path: "p.txt", name: "p.txt", format: "txt", text, bytes: text.length, hash: "h" }], catalog)[0]!;
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
