import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { listHeading } from "../../ingest/core/listHeading.js";
import { HEADING_LISTS } from "../../ingest/core/rules/listRules.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("page.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const find = (rels: RelationRecord[], type: string, source: string, target: string) => rels.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("structure readers", () => {
  it("reads a heading with its list of rows as one relation per row, to the topic of the page", () => {
    const rels = relationsOf("The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\nMembers:\n\n- Morocco\n- Senegal\n- Spain\n");
    for (const c of ["ctry:ma", "ctry:sn", "ctry:es"]) expect(find(rels, "MEMBER_OF", c, "forum:rabat-process")).toHaveLength(1);
  });

  it("keeps the year printed on each row of a list of former chairs", () => {
    const rels = relationsOf("The Global Migration Group\n\nThe GMG meets every quarter in Geneva and New York.\n\nPast Chairs:\n\n- 2008: UNHCR\n- 2010: UNDP\n");
    expect(find(rels, "CHAIRED", "org:unhcr", "forum:gmg").map((r) => r.role)).toEqual(["2008"]);
    expect(find(rels, "CHAIRED", "org:undp", "forum:gmg").map((r) => r.role)).toEqual(["2010"]);
  });

  it("reads the same heading inline: 'Members: A, B and C.'", () => {
    const rels = relationsOf("The Budapest Process is a consultative forum of more than 50 states. Members: Turkey, Hungary and Bulgaria.");
    expect(find(rels, "MEMBER_OF", "ctry:hu", "forum:budapest-process")).toHaveLength(1);
  });

  it("only takes headings the table knows", () => {
    expect(listHeading("Former chairs:")?.list.map((l) => l.type)).toEqual(["CHAIRED"]);
    expect(listHeading("Contact details:")).toBeNull();
    expect(HEADING_LISTS.length).toBeGreaterThan(5);
  });

  it("reads a year-by-year list of hosts in one sentence, each country with its own meeting", () => {
    const rels = relationsOf("The GFMD has been hosted by Belgium in 2007, the Philippines in 2008 and Greece in 2009.");
    expect(find(rels, "HOSTED", "ctry:be", "forum:gfmd-2007")).toHaveLength(1);
    expect(find(rels, "HOSTED", "ctry:ph", "forum:gfmd-2008")).toHaveLength(1);
    expect(find(rels, "HOSTED", "ctry:gr", "forum:gfmd-2009")).toHaveLength(1);
    expect(find(rels, "HOSTED", "ctry:be", "forum:gfmd-2008")).toHaveLength(0);
    expect(find(rels, "HOSTED", "ctry:gr", "forum:gfmd-2009")[0]!.year).toBe(2009);
  });

  it("reads a year-by-year list whose role comes after it, as chairs of each year's meeting", () => {
    const rels = relationsOf("Belgium (2007), the Philippines (2008) and Greece (2009) – the first Chairs of the GFMD – met in 2010.");
    expect(find(rels, "CHAIRED", "ctry:ph", "forum:gfmd-2008").map((r) => r.role)).toEqual(["2008"]);
    expect(find(rels, "HOSTED", "ctry:ph", "forum:gfmd-2008")).toHaveLength(0);
  });

  it("gives a heading list with no named topic to the forum the page title names, not to one named in passing", () => {
    const rels = relationsOf("The Bali Process\n\nAbout\n\nThe Bali Process grew out of talks in 2002; before it, the Colombo Process had started in 2003.\n\nFounding members:\n\n- Japan\n- Nepal\n");
    expect(find(rels, "MEMBER_OF", "ctry:np", "forum:bali-process")).toHaveLength(1);
    expect(find(rels, "MEMBER_OF", "ctry:np", "forum:colombo-process")).toHaveLength(0);
  });

  it("reads a year stated in each actor's own clause: 'Egypt held the chair in 2015 and France in 2016'", () => {
    const rels = relationsOf("The Colombo Process was set up in 2003. The Process is chaired in turn: Nepal held the chair in 2015 and Sri Lanka in 2016.");
    expect(find(rels, "CHAIRED", "ctry:lk", "forum:colombo-process").map((r) => r.role)).toEqual(["2016"]);
    expect(find(rels, "CHAIRED", "ctry:np", "forum:colombo-process").map((r) => r.role)).toEqual(["2015"]);
  });

  it("gives an unwritten object to the forum the section heading names", () => {
    const rels = relationsOf("Two dialogues\n\nThe Bali Process\n\nThe Bali Process began in 2002.\n\nThe Colombo Process\n\nThe Colombo Process began in 2003 with the help of the Bali Process. Japan holds observer status.");
    expect(find(rels, "PARTICIPATES_IN", "ctry:jp", "forum:colombo-process")).toHaveLength(1);
    expect(find(rels, "PARTICIPATES_IN", "ctry:jp", "forum:bali-process")).toHaveLength(0);
  });

  it("keeps two periods for a body that chaired twice, as two relations with ids from the period", () => {
    const rels = find(relationsOf("UNHCR chaired the GMG in the first half of 2008. Later, UNHCR chaired the GMG again in 2012."), "CHAIRED", "org:unhcr", "forum:gmg");
    expect(rels.map((r) => r.role).sort()).toEqual(["2012", "first half of 2008"]);
    expect(new Set(rels.map((r) => r.id)).size).toBe(2);
  });

  it("folds a chair stated with a bare year into the one stated with its period", () => {
    const rels = find(relationsOf("UNICEF chaired the GMG in the first half of 2011.\n\nIn 2011 UNICEF chaired the GMG and hosted its retreat."), "CHAIRED", "org:unicef", "forum:gmg");
    expect(rels.map((r) => r.role)).toEqual(["first half of 2011"]);
    expect(rels[0]!.evidence).toHaveLength(2);
  });
});

describe("coreference, generic bodies and evidence", () => {
  it("resolves a definite description to the thing named before it", () => {
    const rels = relationsOf("The ICRMW was adopted in 1990. Mexico ratified the treaty in 1999.");
    expect(find(rels, "RATIFIED", "ctry:mx", "conv:cmw")).toHaveLength(1);
    expect(find(rels, "RATIFIED", "ctry:mx", "conv:cmw")[0]!.method).toMatch(/coref/);
  });

  it("resolves 'it' after a fronted time phrase and after a hosting verb, and a host's forum to the meeting of the year stated", () => {
    const a = relationsOf("The GFMD meets once a year. In 2009 it was hosted by Greece.");
    expect(find(a, "HOSTED", "ctry:gr", "forum:gfmd-2009")).toHaveLength(1);
    const b = relationsOf("The GFMD meets once a year. Greece hosted it in 2009.");
    expect(find(b, "HOSTED", "ctry:gr", "forum:gfmd-2009")).toHaveLength(1);
    // No year, no ordinal: no meeting is stated, so no HOSTED link.
    expect(relationsOf("The GFMD meets once a year. Greece hosted it.").filter((r) => r.type === "HOSTED")).toEqual([]);
  });

  it("reads a year opening a list row: '- 2007 – Brussels, Belgium' under 'Past meetings:'", () => {
    const rels = relationsOf("The Global Forum on Migration and Development\n\nThe Global Forum on Migration and Development meets every year.\n\nPast meetings:\n\n- 2007 – Brussels, Belgium\n- 2008 – Manila, Philippines\n");
    expect(find(rels, "HOSTED", "ctry:ph", "forum:gfmd-2008")).toHaveLength(1);
    expect(find(rels, "HOSTED", "ctry:ph", "forum:gfmd-2007")).toHaveLength(0);
  });

  it("links what a page says of a long name to the name it goes by: 'A (B)', 'A, known as B'", () => {
    const rels = relationsOf("Ministers of Eritrea and Sudan met in Rome in 2014 for the EU-Horn of Africa Migration Route Initiative, known as the Khartoum Process.");
    expect(find(rels, "PARTICIPATES_IN", "ctry:er", "forum:khartoum-process")).toHaveLength(1);
  });

  it("does not resolve a pronoun across sections", () => {
    const rels = relationsOf("The Rabat Process\n\nThe Rabat Process met in Dakar.\n\nOther news\n\nIt is co-chaired by Morocco and France.");
    expect(find(rels, "CHAIRED", "ctry:fr", "forum:rabat-process")).toHaveLength(0);
  });

  it("takes no generic 'other UN agencies' as an actor", () => {
    const rels = relationsOf("IOM and other UN agencies supported the GFMD 2010.");
    expect(rels.filter((r) => r.sourceId === "org:un")).toEqual([]);
    expect(find(rels, "SUPPORTS", "org:iom", "forum:gfmd-2010")).toHaveLength(1);
  });

  it("keeps every passage that states a relation, and corroboration raises confidence", () => {
    const once = find(relationsOf("UNDP launched the JMDI."), "LEADS", "org:undp", "ini:jmdi")[0]!;
    const twice = find(relationsOf("UNDP launched the JMDI.\n\nIn 2008, UNDP launched the JMDI with four partners."), "LEADS", "org:undp", "ini:jmdi")[0]!;
    expect(twice.evidence).toHaveLength(2);
    expect(twice.confidence).toBeGreaterThan(once.confidence);
  });
});
