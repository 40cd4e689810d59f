import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** A venue city and the meeting's organiser in one paragraph (venueBesideOrganiser.ts), through the whole pipeline. */
const catalog = defaultCatalog();
const rels = (text: string): Array<[string, string, string]> =>
  buildGraphs([textSource("news.txt", text)], catalog)[0]!.relations.map((r: RelationRecord) => [r.type, r.sourceId, r.targetId]);
const ADD = "The fourth Ministerial Consultation of the Abu Dhabi Dialogue took place in Colombo in October 2017.";
const HOST: [string, string, string] = ["HOSTED", "ctry:lk", "forum:abu-dhabi-dialogue-2017"];

describe("a venue city names no host where the paragraph says an organization put the meeting on", () => {
  it("'It was organised by IOM': the city is where IOM held it", () => expect(rels(`News\n\n${ADD} It was organised by IOM.`)).not.toContainEqual(HOST));
  it("'It was convened by IOM' reads the same", () => expect(rels(`News\n\n${ADD} It was convened by IOM.`)).not.toContainEqual(HOST));
  it("two organizations organising it jointly read the same", () => expect(rels(`News\n\n${ADD} It was organised jointly by IOM and UNHCR.`)).not.toContainEqual(HOST));
});

describe("a venue city still names the host", () => {
  it("with no organiser named", () => expect(rels(`News\n\n${ADD}`)).toContainEqual(HOST));
  it("where the paragraph also says the state hosted it", () => expect(rels(`News\n\n${ADD} Sri Lanka hosted it. It was organised by IOM.`)).toContainEqual(HOST));
  it("where a state's own ministry organised it", () => expect(rels(`News\n\n${ADD} It was organised by the Ministry of Foreign Employment of Sri Lanka.`)).toContainEqual(HOST));
  it("where the organization is named in another paragraph", () => expect(rels(`News\n\n${ADD}\n\nIOM organised many meetings that year.`)).toContainEqual(HOST));
});
