import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { sectionYear } from "../../ingest/core/sectionYear.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const graph = (title: string, body: string): DocumentGraph => {
  const text = `${title}\n\n${body}`;
  return buildGraphs([textSource("p.txt", text)], catalog)[0]!;
};
const yearOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.year ?? null;
const has = (g: DocumentGraph, type: string, source: string, target: string) => g.relations.some((r) => r.type === type && r.sourceId === source && r.targetId === target);

const CONFERENCE = "forum:pacific-diaspora-ministerial-conference";
const SUMMIT = "forum:pacific-labour-summit";

describe("sectionYear: a chronology's year heading dates the one-off meetings its passages hold (sectionYear.ts, oneOffMeeting.ts)", () => {
  it("reads a heading that is a year alone, and nothing else", () => {
    expect(sectionYear("2013")).toBe(2013);
    expect(sectionYear("Chronology › 2013:")).toBe(2013);
    expect(sectionYear("2013-2015")).toBeNull();
    expect(sectionYear("Projects since 2013")).toBeNull();
    expect(sectionYear(null)).toBeNull();
  });

  it("dates a one-off a body convenes or a state hosts, in the present tense of a chronology, with its section's year", () => {
    const g = graph("Pacific Diaspora Dialogue: chronology", "The Pacific Diaspora Dialogue is run by IOM.\n\n2013\n\nIOM convenes the Pacific Diaspora Ministerial Conference in Suva on 18-19 June. More than 200 delegates attend.\n\n2015\n\nFiji hosts the Pacific Labour Summit in Nadi.");
    expect(yearOf(g, CONFERENCE)).toBe(2013);
    expect(yearOf(g, SUMMIT)).toBe(2015);
    expect(has(g, "LEADS", "org:iom", CONFERENCE)).toBe(true);
    expect(has(g, "HOSTED", "ctry:fj", SUMMIT)).toBe(true);
  });

  it("takes no host from the venue of a meeting an organization convenes", () => {
    const g = graph("Pacific Diaspora Dialogue: chronology", "The Pacific Diaspora Dialogue is run by IOM.\n\n2013\n\nIOM convenes the Pacific Diaspora Ministerial Conference in Suva on 18-19 June.");
    expect(has(g, "HOSTED", "ctry:fj", CONFERENCE)).toBe(false);
  });

  it("dates nothing a passage only recalls, nor under a heading that is more than a year", () => {
    const g = graph("Pacific Diaspora Dialogue: chronology", "The Pacific Diaspora Dialogue is run by IOM.\n\n2013\n\nIOM recalls the Pacific Diaspora Ministerial Conference and its pledges.\n\nProjects since 2015\n\nFiji hosts the Pacific Labour Summit in Nadi.");
    expect(yearOf(g, CONFERENCE)).toBeNull();
    expect(yearOf(g, SUMMIT)).toBeNull();
  });

  it("keeps a present-tense host without a year heading undated", () => {
    const g = graph("Pacific news", "Fiji hosts the Pacific Labour Summit in Nadi, and Samoa sends a delegation.");
    expect(yearOf(g, SUMMIT)).toBeNull();
  });
});
