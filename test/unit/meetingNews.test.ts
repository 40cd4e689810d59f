import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** Meeting news and support frames, through the whole pipeline (sentences written for these specs). */
const catalog = defaultCatalog();
const page = (text: string) => textSource("news.txt", text);
const rels = (text: string): Array<[string, string, string]> =>
  buildGraphs([page(text)], catalog)[0]!.relations.map((r: RelationRecord) => [r.type, r.sourceId, r.targetId]);

describe("meeting news", () => {
  it("reads the host of a numbered meeting that took place in a state (the meeting is named by its year, DATED_MEETINGS)", () => {
    expect(rels("News\n\nThe third Ministerial Consultation of the Abu Dhabi Dialogue took place in Kuwait in November 2014.")).toContainEqual(["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-2014"]);
  });

  it("reads a meeting phrase written right after a series and its year as that year's meeting, no series of its own", () => {
    const found = rels("News\n\nNorway hosted the Puebla Process 2014 Ministerial Meeting at Lillehammer on 3-4 May 2014.");
    expect(found).toContainEqual(["HOSTED", "ctry:no", "forum:puebla-process-2014"]);
    expect(found.filter(([, s, t]) => /ministerial-meeting-at-lillehammer/.test(`${s} ${t}`))).toEqual([]);
    // A listed meeting of the year ("GFMD 2014") takes the name after it the same way.
    const listed = rels("News\n\nNorway hosted the GFMD 2014 Summit Meeting at Lillehammer on 3-4 May 2014.");
    expect(listed).toContainEqual(["HOSTED", "ctry:no", "forum:gfmd-2014"]);
    expect(listed.filter(([, s, t]) => /summit-meeting-at-lillehammer/.test(`${s} ${t}`))).toEqual([]);
  });

  it("does not read a host from a phrase that only names the meeting", () => {
    const found = rels("News\n\nA workshop on the GFMD 2012 was held in Kenya.");
    expect(found.filter(([t]) => t === "HOSTED")).toEqual([]);
    expect(rels("News\n\nThe sixth GFMD meeting was held in Mauritius in November 2012.")).toContainEqual(["HOSTED", "ctry:mu", "forum:gfmd-2012"]);
  });

  it("does not read a host from a workshop or a case study in a country", () => {
    const found = rels("News\n\nThe Joint Migration and Development Initiative held a workshop in Mexico and published a case study of Mauritius.");
    expect(found.filter(([t]) => t === "HOSTED" || t === "OPERATES_IN")).toEqual([]);
  });
});

describe("support frames", () => {
  it("reads helping another convene or implement as SUPPORTS, not LEADS", () => {
    const found = rels("Support\n\nUNHCR assisted the Government of Mexico in organizing the GFMD 2010.");
    expect(found).toContainEqual(["SUPPORTS", "org:unhcr", "forum:gfmd-2010"]);
    expect(found.filter(([t, s]) => t === "LEADS" && s === "org:unhcr")).toEqual([]);
  });

  it("reads a joint act with an infinitive as no help given to another", () => {
    const found = rels("Support\n\nUNFPA collaborated with the World Bank to develop the JMDI.");
    expect(found.filter(([t, s]) => t === "SUPPORTS" && s === "org:unfpa")).toEqual([]);
  });

  it("reads no support that is only planned", () => {
    const found = rels("Support\n\nUNHCR plans to assist the Government of Mexico in organizing the GFMD 2010.");
    expect(found.filter(([, s]) => s === "org:unhcr")).toEqual([]);
  });

  it("still reads the actor's own action", () => {
    expect(rels("Support\n\nMexico organized the GFMD 2010 in Puerto Vallarta.")).toContainEqual(["LEADS", "ctry:mx", "forum:gfmd-2010"]);
  });
});
