import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord, SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const news = (text: string, name = "note.txt"): SourceFile => ({ path: name, name, format: "txt", text, bytes: text.length, hash: name });
const relationsOf = (text: string): RelationRecord[] => buildGraphs([news(text)], catalog)[0]!.relations;
const has = (rels: RelationRecord[], type: string, source: string, target: string) => rels.some((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("the extraction pipeline, sentence by sentence", () => {
  it("reads an enumeration of GMG members as one MEMBER_OF per listed organization", () => {
    const rels = relationsOf("The contributors include the GMG members, namely, ILO, IOM, UNDP and the World Bank; 10 non-GMG agencies, namely, FAO, ICAO and WIPO.");
    for (const org of ["org:ilo", "org:iom", "org:undp", "org:world-bank"]) expect(has(rels, "MEMBER_OF", org, "forum:gmg")).toBe(true);
    for (const org of ["org:fao", "org:icao", "org:wipo"]) expect(has(rels, "MEMBER_OF", org, "forum:gmg")).toBe(false);
  });

  it("links an organization that launched a programme, with the sentence as evidence", () => {
    const text = "In 2008 UNDP launched the Joint Migration and Development Initiative.";
    const [rel] = relationsOf(text).filter((r) => r.type === "LEADS");
    expect(rel).toMatchObject({ sourceId: "org:undp", targetId: "ini:jmdi" });
    expect(rel!.evidence[0]!.text).toBe(text);
    expect(text.slice(rel!.evidence[0]!.start, rel!.evidence[0]!.end)).toBe(text);
  });

  it("reads the passive: funded by", () => {
    expect(has(relationsOf("The Migration for Development in Africa programme was funded by the European Commission."), "FUNDS", "org:european-commission", "ini:mida")).toBe(true);
  });

  it("does not link when the verb is negated", () => {
    expect(relationsOf("IOM has not supported the GFMD.").filter((r) => r.type === "SUPPORTS")).toHaveLength(0);
  });

  it("turns a forum followed by a year into that meeting, part of its forum, hosted by the country", () => {
    const rels = relationsOf("IOM contributed to the GFMD in Mexico in 2010.");
    expect(has(rels, "PART_OF", "forum:gfmd-2010", "forum:gfmd")).toBe(true);
    expect(has(rels, "HOSTED", "ctry:mx", "forum:gfmd-2010")).toBe(true);
  });

  it("discovers named initiatives and organizations no catalog lists, and merges an acronym with its full name", () => {
    const graph = buildGraphs([news("The Migrant Resource Centre Network (MRCN) was set up by IOM. Later the MRCN grew.")], catalog)[0]!;
    const mrcn = graph.entities.find((e) => e.acronym === "MRCN");
    expect(mrcn).toMatchObject({ kind: "INITIATIVE", origin: "discovered" });
    expect(graph.mentions.filter((m) => m.entityId === mrcn!.id).reduce((n, m) => n + m.count, 0)).toBe(2);
  });

  it("stores a stated partnership once, whichever way round it is written", () => {
    const rels = relationsOf("IOM UK works in partnership with the British Red Cross.");
    const p = rels.filter((r) => r.type === "PARTNERS_WITH");
    expect(p).toHaveLength(1);
    expect([p[0]!.sourceId, p[0]!.targetId]).toEqual(["org:british-red-cross", "org:iom-uk"]);
  });

  it("derives the same ids from the same input", () => {
    const a = buildGraphs([news("UNDP supports the GFMD.")], catalog)[0]!;
    const b = buildGraphs([news("UNDP supports the GFMD.")], catalog)[0]!;
    expect(a.relations.map((r) => r.id)).toEqual(b.relations.map((r) => r.id));
    expect(a.passages.map((p) => p.id)).toEqual(b.passages.map((p) => p.id));
  });

  it("reads a country named by its demonym as the chair of a forum meeting", () => {
    expect(has(relationsOf("UNHCR seconded a staff member to the first Belgian GFMD Chair in 2007."), "CHAIRED", "ctry:be", "forum:gfmd-2007")).toBe(true);
  });

  it("makes the partners named beside an implementing agency participants in the initiative, and co-agents of a lead co-leads", () => {
    const rels = relationsOf("JMDI is a global inter-agency programme implemented by UNDP in partnership with ILO, IOM and UNFPA.");
    expect(has(rels, "LEADS", "org:undp", "ini:jmdi")).toBe(true);
    for (const org of ["org:ilo", "org:iom", "org:unfpa"]) expect(has(rels, "PARTICIPATES_IN", org, "ini:jmdi")).toBe(true);
    for (const org of ["org:ilo", "org:iom", "org:unfpa"]) expect(has(rels, "LEADS", org, "ini:jmdi")).toBe(false);
    const coLed = relationsOf("The Tideway Skills Initiative is led by UNDP together with ILO and IOM.");
    for (const org of ["org:ilo", "org:iom"]) expect(has(coLed, "LEADS", org, "ini:tideway-skills-initiative")).toBe(true);
  });

  it("reads the funder after 'with funding from'", () => {
    expect(has(relationsOf("KNOMAD is supported with funding from the European Commission."), "FUNDS", "org:european-commission", "ini:knomad")).toBe(true);
  });

  it("reads an infinitive after the subject, but not a noun such as 'with the support of'", () => {
    expect(has(relationsOf("OHCHR supports efforts to promote the ratification of the ICRMW."), "PROMOTES", "org:ohchr", "conv:cmw")).toBe(true);
    expect(relationsOf("UNHCR and ILO organized a workshop, with the support of the GFMD Chair.").filter((r) => r.type === "SUPPORTS")).toHaveLength(0);
  });

  it("does not take a name inside a longer name as the subject", () => {
    expect(relationsOf("The EU Trafficking Directive was discussed together with UNHCR.").filter((r) => r.type === "PARTNERS_WITH")).toHaveLength(0);
  });

  it("reads the host country of a forum meeting from its city", () => {
    expect(has(relationsOf("OHCHR took part in round tables at the third GFMD in Athens on 4 and 5 November 2009."), "HOSTED", "ctry:gr", "forum:gfmd-2009")).toBe(true);
  });
});
