import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";
import { KIND_AFTER_SERIES } from "../../ingest/core/meetingKindAfterSpecs.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** "the X Process ministerial conference held in Dakar in 2018" is that year's meeting of the series (core/meetings.ts). */
describe(`${KIND_AFTER_SERIES.id}: a kind of meeting after a series' name, dated after it`, () => {
  for (const ex of KIND_AFTER_SERIES.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames("Page", ex.text)).toContain(fold(ex.event)));
  for (const ex of KIND_AFTER_SERIES.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames("Page", ex.text)).not.toContain(fold(ex.event)));
});

const rev34aCatalog = defaultCatalog();
const rev34aGraphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), rev34aCatalog);
const ids = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("FRONTED_KIND_SITTING: the fronted year dates only a sitting a verb of holding in the main clause governs (rev34a)", () => {
  it("a relative clause about the standing chair is no sitting of the fronted year", () => {
    const r = links(["Page", "The Budapest Process links states along the Silk Routes. In 2019 Turkey, which chairs the Budapest Process ministerial conference, hosted a senior officials meeting in Ankara."]);
    expect(r).not.toContain("CHAIRED ctry:tr -> forum:budapest-process-2019");
  });
  it("a conference recalled or studied in a year is not that year's sitting", () => {
    expect(ids(["Page", "The Rabat Process is a dialogue of African and European states. In 2015, Morocco said the Rabat Process conference was the right place for the debate."])).not.toContain("forum:rabat-process-2015");
    expect(ids(["Page", "The Rabat Process is a dialogue of African and European states. In 2016 Mali hosted a workshop that studied the Rabat Process conference."])).not.toContain("forum:rabat-process-2016");
  });
  it("a sentence that says the conference was not convened reports no sitting of the fronted year", () => {
    expect(ids(["Page", "The Budapest Process links states along the Silk Routes. In 2019 the Budapest Process ministerial conference was not convened; Turkey hosted a workshop instead."])).not.toContain("forum:budapest-process-2019");
  });
});
