import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

// The series page names its third session undated, often; a news page names the same series with "UN" more often, so
// the series' fold keeps the UN spelling while the meeting keeps the series page's id.
const seriesPage = textSource(
  "series.txt",
  "Reef Fishers Dialogue\n\nThe Reef Fishers Dialogue began in 2011. Palau hosted the third session of the Reef Fishers Dialogue. The third session of the Reef Fishers Dialogue adopted a work plan. Nauru spoke at the third session of the Reef Fishers Dialogue.\n\nReef Fishers Dialogue 2016, third session, Koror\n\nPalau chaired the meeting.",
);
const newsPage = textSource(
  "news.txt",
  "Briefs\n\nThe UN Reef Fishers Dialogue met in May. The UN Reef Fishers Dialogue grew. Tuvalu joined the UN Reef Fishers Dialogue. Tuvalu spoke at the third session of the UN Reef Fishers Dialogue. The UN Reef Fishers Dialogue closed its year.",
);
const catalog = defaultCatalog();

describe("a numbered heading sitting follows the resolver's fold (headingEntity.ts)", () => {
  it("is the numbered sitting the text named undated, though its id was derived from a series variant folded away", () => {
    const graphs = buildGraphs([seriesPage, newsPage], catalog);
    const g = graphs.find((x) => x.document.source === "series.txt")!;
    const sittings = g.entities.filter((e) => e.isEvent);
    expect(sittings.map((e) => e.id)).toHaveLength(1);
    expect(g.relations.some((r) => r.type === "CHAIRED" && r.sourceId === "ctry:pw" && r.targetId === sittings[0]!.id)).toBe(true);
  });

  it("is a sitting of its own where the heading's number is another one than the text's", () => {
    const third = buildGraphs([seriesPage, newsPage], catalog).find((x) => x.document.source === "series.txt")!.entities.find((e) => e.isEvent)!;
    const other = textSource("series.txt", seriesPage.text.replace("2016, third session", "2018, fourth session"));
    const g = buildGraphs([other, newsPage], catalog).find((x) => x.document.source === "series.txt")!;
    const chaired = g.relations.find((r) => r.type === "CHAIRED" && r.sourceId === "ctry:pw");
    expect(chaired?.targetId).not.toBe(third.id);
    expect(g.entities.find((e) => e.id === chaired?.targetId)?.year).toBe(2018);
  });
});
