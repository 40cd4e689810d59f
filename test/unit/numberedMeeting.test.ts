import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";
import { NUMBERED_KIND_MEETING } from "../../ingest/core/numberedMeetingSpecs.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A numbered meeting as news pages title and date it is a meeting of the series its sentence names (core/numberedMeetingSpecs.ts). */
describe(`${NUMBERED_KIND_MEETING.id}: a numbered meeting, title-cased and dated`, () => {
  for (const ex of NUMBERED_KIND_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of NUMBERED_KIND_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

const rev34aCatalog = defaultCatalog();
const rev34aGraphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), rev34aCatalog);
const ids = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("POSSESSIVE_YEAR_SITTING: a sitting a state 'was to' host is not held (rev34a)", () => {
  it("a sitting a state was to host is not reported as held", () => {
    expect(ids(["Page", "The Global Forum on Migration and Development (GFMD) is a state-led process. Ecuador was to host the Forum's 2019 meeting, but Quito withdrew."])).not.toContain("forum:gfmd-2019");
  });
});
