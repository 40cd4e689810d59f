import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";

/**
 * Mentions that must not become relation ends, and meetings that must not be tied to a forum by their
 * title alone (relate.ts notAnEnd, patternRules.ts placedSeriesTitle). Sentences written for these specs;
 * `chapter` puts the sentence inside that agency's chapter of a report.
 */
const catalog = defaultCatalog();
const filler = Array.from({ length: 60 }, (_, i) => `Filler line ${i} of a report that keeps going on.`).join("\n");
const relationsOf = (text: string, chapter?: string): RelationRecord[] => {
  const page = chapter ? `${filler}\n\n ${chapter}\n\n1. Migration and development activities since the 2006 High-level Dialogue\n\n${text}\n` : text;
  return buildGraphs([{ path: "spec.txt", name: "spec.txt", format: "txt", text: page, bytes: page.length, hash: "spec" }], catalog)[0]!.relations;
};
const has = (rels: RelationRecord[], type: string, source: string, target: string) => rels.some((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("relation ends", () => {
  it("does not take a country named right after an agency (its country office) as the actor", () => {
    const rels = relationsOf("UNFPA Ghana provided financial support for the GFMD 2012.");
    expect(has(rels, "SUPPORTS", "ctry:gh", "forum:gfmd-2012")).toBe(false);
    expect(has(relationsOf("Ghana provided financial support for the GFMD 2012."), "SUPPORTS", "ctry:gh", "forum:gfmd-2012")).toBe(true);
  });

  it("does not read 'the Office of …' in an agency's chapter as that agency", () => {
    const text = "The JMDI is implemented by UNDP in partnership with ILO and the Office of the UN High Commissioner for Refugees.";
    const rels = relationsOf(text, "United Nations Development Programme");
    expect(has(rels, "LEADS", "org:undp", "ini:jmdi")).toBe(true);
    expect(has(rels, "PARTICIPATES_IN", "org:ilo", "ini:jmdi")).toBe(true);
    expect(has(rels, "PARTICIPATES_IN", "org:undp", "ini:jmdi")).toBe(false);
  });

  it("does not take a currency ('US$ 2 million') as its country", () => {
    const rels = relationsOf("Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\nDonors:\n- Italy: US$ 2 million\n- Belgium: EUR 1 million\n");
    expect(has(rels, "FUNDS", "ctry:it", "ini:mida")).toBe(true);
    expect(has(rels, "FUNDS", "ctry:us", "ini:mida")).toBe(false);
  });

  it("does not take a body named for its members ('the UNAIDS Co-sponsors') as the body", () => {
    expect(relationsOf("UNHCR worked with the UNAIDS Co-sponsors on the seminar.").filter((r) => r.type === "PARTNERS_WITH")).toHaveLength(0);
  });
});

describe("numbered meetings", () => {
  it("does not tie a numbered conference placed elsewhere to a forum by its title alone", () => {
    const rels = relationsOf("See the Bangkok Statement from the Fourth Regional Conference on Migration (12 May 2004, Thailand).");
    expect(rels.filter((r) => r.type === "PART_OF" && r.targetId === "forum:puebla-process")).toEqual([]);
  });

  it("still ties a numbered meeting whose title has words of its own, wherever it was held", () => {
    const rels = relationsOf("Ministers met at the second Ibero-American Meeting on Migration and Development in Lima, Peru.");
    expect(rels.some((r) => r.type === "PART_OF" && r.targetId === "forum:ibero-american-meeting-on-migration-and-development")).toBe(true);
  });

  it("still ties a meeting that names its forum", () => {
    const rels = relationsOf("Ministers met at the 7th Ministerial Conference of the Bali Process in 2018.");
    expect(rels.some((r) => r.type === "PART_OF" && r.targetId === "forum:bali-process")).toBe(true);
  });
});
