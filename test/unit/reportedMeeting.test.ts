import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";
import { REPORTED_MEETING } from "../../ingest/core/reportedMeeting.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** The meeting a datelined news item names in its first paragraphs is the sitting of the dateline's year (core/reportedMeeting.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${REPORTED_MEETING.id}: the meeting a news item reports`, () => {
  for (const ex of REPORTED_MEETING.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of REPORTED_MEETING.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(-70)}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});

it("dates the bare name of a reported one-off meeting by the dateline, with no sitting of its own name (REPORTED_MEETING)", () => {
  const text = "Fishing ministers meet\n\nDAKAR, 2 March 2020 – Ministers of five coastal states ended two days of talks on Tuesday.\n\nThe Ministerial Conference on Pirogue Safety in West Africa, was convened in the Senegalese capital. Senegal hosted the talks.";
  const graph = buildGraphs([textSource("spec.txt", text)], defaultCatalog())[0]!;
  const forums = graph.entities.filter((e) => e.id.startsWith("forum:ministerial-conference-on-pirogue-safety"));
  expect(forums.map((e) => [e.id, e.year])).toEqual([["forum:ministerial-conference-on-pirogue-safety-in-west-africa", 2020]]);
});
