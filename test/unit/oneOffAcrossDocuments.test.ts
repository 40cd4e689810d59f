import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const file = (text: string, i: number) => textSource(`d${i}.txt`, text);
const graphs = (...texts: string[]) => buildGraphs(texts.map(file), catalog);
const has = (g: DocumentGraph, type: string, source: string, target: string) => g.relations.some((r) => r.type === type && r.sourceId === source && r.targetId === target);

const SERIES = "forum:nordic-symposium-on-seasonal-work";
const DATED_2004 = "Norway hosted the Nordic Symposium on Seasonal Work in Bergen in 2004.";
const REPORT_2009 =
  'MEETING REPORT\n\nNordic Symposium on Seasonal Work: "Harvest Labour Across Borders"\nReykjavik, 3-4 May 2009\n\nSummary\n\nIceland received the delegations in Reykjavik.';

describe("ONE_OFF_ACROSS_DOCUMENTS: a one-off one document dates never dates the name in another (oneOffAcrossDocuments.ts)", () => {
  it("keeps another document's own sitting: the series stays undated and the 2009 report keeps its meeting", () => {
    const [a, b] = graphs(DATED_2004, REPORT_2009);
    const series = b!.entities.find((e) => e.id === SERIES);
    expect(series?.year ?? null).toBeNull();
    expect(series?.isEvent ?? false).toBe(false);
    expect(has(b!, "PART_OF", `${SERIES}-2009`, SERIES)).toBe(true);
    expect(has(a!, "HOSTED", "ctry:no", `${SERIES}-2004`)).toBe(true);
    expect(has(a!, "HOSTED", "ctry:no", `${SERIES}-2009`)).toBe(false);
  });

  it("makes two sittings of two one-offs of one name dated with different years", () => {
    const [a, b] = graphs(DATED_2004, "Denmark hosted the Nordic Symposium on Seasonal Work in Aarhus in 2011.");
    expect(has(a!, "HOSTED", "ctry:no", `${SERIES}-2004`)).toBe(true);
    expect(has(b!, "HOSTED", "ctry:dk", `${SERIES}-2011`)).toBe(true);
    expect(has(b!, "HOSTED", "ctry:dk", `${SERIES}-2004`)).toBe(false);
  });

  it("leaves one meeting where every document dates the name with the same year", () => {
    const [a, b] = graphs(DATED_2004, "The Nordic Symposium on Seasonal Work was held in Bergen in 2004.");
    expect(has(a!, "HOSTED", "ctry:no", SERIES)).toBe(true);
    for (const g of [a!, b!]) expect(g.entities.some((e) => e.id === `${SERIES}-2004`)).toBe(false);
    expect(b!.entities.find((e) => e.id === SERIES)?.year).toBe(2004);
  });

  it("keeps a one-off another document names undated as one dated meeting, with no standing twin above it", () => {
    const [a, b] = graphs(DATED_2004, "Several ministries sent observers to the Nordic Symposium on Seasonal Work, and their reports went to parliament.");
    for (const g of [a!, b!]) {
      expect(g.entities.some((e) => e.id === `${SERIES}-2004`)).toBe(false);
      expect(g.relations.some((r) => r.type === "PART_OF" && r.targetId === SERIES)).toBe(false);
    }
    expect(has(a!, "HOSTED", "ctry:no", SERIES)).toBe(true);
    expect(b!.entities.find((e) => e.id === SERIES)?.year).toBe(2004);
  });

  it("leaves a one-off alone in a single document", () => {
    const [a] = graphs(DATED_2004);
    expect(a!.entities.find((e) => e.id === SERIES)?.year).toBe(2004);
    expect(has(a!, "HOSTED", "ctry:no", SERIES)).toBe(true);
  });
});

const rev34aCatalog = defaultCatalog();
const rev34aGraphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), rev34aCatalog);
const ids = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("one-off dated on one page only (rev34a)", () => {
  it("a one-off dated on one page and undated on another stays one meeting, with no standing twin", () => {
    const pages: Array<[string, string]> = [
      ["Page", "The Framework grew out of the Summit on Lake Fisheries of November 2015, hosted by Malawi, where leaders adopted a plan."],
      ["Page two", "Zambia spoke at the Summit on Lake Fisheries and later funded the plan."],
    ];
    expect(links(...pages).filter((l) => l.startsWith("PART_OF forum:summit-on-lake-fisheries"))).toEqual([]);
    expect(new Set(ids(...pages).filter((id) => id.startsWith("forum:summit-on-lake-fisheries"))).size).toBe(1);
  });
});
