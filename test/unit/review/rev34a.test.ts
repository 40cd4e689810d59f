import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import { textSource } from "../../support/textSource.js";

/**
 * Reviewer rev34a (session 33): reproductions of defects in oneoff34, sitting34 and prec34. Each `it.fails` states the
 * right reading; it fails today and passes once the defect is fixed (then drop `.fails`).
 */
const catalog = defaultCatalog();
const graphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), catalog);
const ids = (...pages: Array<[string, string]>) => graphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => graphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("rev34a: FRONTED_KIND_SITTING (frontedKindSitting.ts) trusts the fronted year for any '<series> conference'", () => {
  it.fails("a relative clause about the standing chair is no sitting of the fronted year", () => {
    const r = links(["Page", "The Budapest Process links states along the Silk Routes. In 2019 Turkey, which chairs the Budapest Process ministerial conference, hosted a senior officials meeting in Ankara."]);
    expect(r).not.toContain("CHAIRED ctry:tr -> forum:budapest-process-2019");
  });
  it.fails("a conference recalled or studied in a year is not that year's sitting", () => {
    expect(ids(["Page", "The Rabat Process is a dialogue of African and European states. In 2015, Morocco said the Rabat Process conference was the right place for the debate."])).not.toContain("forum:rabat-process-2015");
    expect(ids(["Page", "The Rabat Process is a dialogue of African and European states. In 2016 Mali hosted a workshop that studied the Rabat Process conference."])).not.toContain("forum:rabat-process-2016");
  });
});

describe("rev34a: 'the <year> edition' (kindMeeting.ts NOUN/EDITION) reads a publication's edition as a sitting", () => {
  it.fails("a yearly handbook's edition funded in a city is no sitting its country hosted", () => {
    const r = links(["Global Forum on Migration and Development", "The Global Forum on Migration and Development (GFMD) publishes a yearly handbook of practices. Switzerland funded the 2019 edition in Geneva."]);
    expect(r).not.toContain("HOSTED ctry:ch -> forum:gfmd-2019");
  });
  it.fails("a sentence that says the conference was not convened reports no sitting of the fronted year", () => {
    expect(ids(["Page", "The Budapest Process links states along the Silk Routes. In 2019 the Budapest Process ministerial conference was not convened; Turkey hosted a workshop instead."])).not.toContain("forum:budapest-process-2019");
  });
});

describe("rev34a: POSSESSIVE_YEAR_SITTING (seriesMeetingPhrases.ts) misses 'was to'", () => {
  it.fails("a sitting a state was to host is not reported as held", () => {
    expect(ids(["Page", "The Global Forum on Migration and Development (GFMD) is a state-led process. Ecuador was to host the Forum's 2019 meeting, but Quito withdrew."])).not.toContain("forum:gfmd-2019");
  });
});

describe("rev34a: DATED_ONE_OFF_ADJUNCTS (oneOffDateAdjunct.ts)", () => {
  it.fails("a meeting expected in a future year at a city does not make its country the host", () => {
    expect(links(["Page", "Morocco expects the Conference on Atlantic Mobility in Agadir in 2030 to draw forty states."])).not.toContain("HOSTED ctry:ma -> forum:conference-on-atlantic-mobility");
  });
  it.fails("a one-off dated on one page and undated on another stays one meeting, with no standing twin", () => {
    const pages: Array<[string, string]> = [
      ["Page", "The Framework grew out of the Summit on Lake Fisheries of November 2015, hosted by Malawi, where leaders adopted a plan."],
      ["Page two", "Zambia spoke at the Summit on Lake Fisheries and later funded the plan."],
    ];
    expect(links(...pages).filter((l) => l.startsWith("PART_OF forum:summit-on-lake-fisheries"))).toEqual([]);
    expect(new Set(ids(...pages).filter((id) => id.startsWith("forum:summit-on-lake-fisheries"))).size).toBe(1);
  });
});

describe("rev34a: ORGAN_ACROSS_DOCUMENTS (organAcrossDocuments.ts) gives a bare organ the title's body though the text names its owner", () => {
  it.fails("the Union's council is not the Office's", () => {
    const e = ids(
      ["Lagoon Customs Office (LCO): partners", "The Lagoon Customs Office (LCO) is a partner of the Coastal Fisheries Union. The LCO has 90 staff.\n\nThe Union is run by a Council of Ministers, which adopted the LCO grant in 2019."],
      ["Savanna Trade Union (STU): organs", "The Savanna Trade Union (STU) was set up in 1990. The STU has six members.\n\nThe Council of Ministers meets twice a year."],
    );
    expect(e).not.toContain("org:lco-council-of-ministers");
  });
  it.fails("the Ministry's board is not the Agency's", () => {
    const e = ids(
      ["Reef Transit Agency (RTA): profile", "The Reef Transit Agency (RTA) runs ferry lines. The RTA has 300 staff.\n\nThe RTA reports to the Ministry of Transport. The Ministry's Management Board approves the RTA budget; the Management Board meets in May."],
      ["Lagoon Customs Office (LCO): profile", "The Lagoon Customs Office (LCO) checks cargo. The LCO has 90 staff.\n\nThe Management Board meets in June."],
    );
    expect(e).not.toContain("org:rta-management-board");
  });
});

describe("rev34a: RENAMED 'X, the former Y' (alsoCalled.ts) across pages", () => {
  it.fails("the folded body keeps the new name when another page writes only the old one", () => {
    const e = ids(["Page", "Niger chaired the Sahel Water Agency, the former Sahel Water Office."], ["Page two", "Mali chaired the Sahel Water Office in 1990."]);
    expect(e).toContain("org:sahel-water-agency");
  });
});
