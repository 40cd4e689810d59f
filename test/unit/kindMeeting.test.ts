import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";
import { DATED_KIND_MEETING } from "../../ingest/core/kindMeeting.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** A meeting named by its kind, with its venue and date, is a meeting of the series it is about (core/kindMeeting.ts). */
describe(`${DATED_KIND_MEETING.id}: a kind of meeting held at a stated place and date`, () => {
  for (const ex of DATED_KIND_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of DATED_KIND_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

const rev34aCatalog = defaultCatalog();
const rev34aGraphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), rev34aCatalog);
const ids = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("'the <year> edition' near a publication is no sitting (rev34a)", () => {
  it("a yearly handbook's edition funded in a city is no sitting its country hosted", () => {
    const r = links(["Global Forum on Migration and Development", "The Global Forum on Migration and Development (GFMD) publishes a yearly handbook of practices. Switzerland funded the 2019 edition in Geneva."]);
    expect(r).not.toContain("HOSTED ctry:ch -> forum:gfmd-2019");
  });
});
