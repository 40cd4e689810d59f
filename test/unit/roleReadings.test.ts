import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/**
 * Readings of the predicate reader for who chairs, funds, leads or supports: a passive participle that opens the
 * sentence, a state named through its minister, a forum named through its meeting, and a participle aside.
 */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const has = (text: string, type: string, s: string, t: string) => relationsOf(text).some((r) => r.type === type && r.sourceId === s && r.targetId === t);
const linked = (text: string, a: string, b: string) => relationsOf(text).some((r) => (r.sourceId === a && r.targetId === b) || (r.sourceId === b && r.targetId === a));

describe("a fronted passive participle acts on the clause's subject", () => {
  it("reads 'Co-chaired by A and B, X …'", () => {
    const text = "Co-chaired by Kenya and Ghana, the Rabat Process adopted a work plan.";
    expect(has(text, "CHAIRED", "ctry:ke", "forum:rabat-process")).toBe(true);
    expect(has(text, "CHAIRED", "ctry:gh", "forum:rabat-process")).toBe(true);
  });
  it("reads two participles joined by 'and'", () => {
    const text = "Funded by Norway and backed by UNITAR, the Missing Migrants Project grew quickly.";
    expect(has(text, "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
    expect(has(text, "SUPPORTS", "org:unitar", "ini:missing-migrants-project")).toBe(true);
  });
  it("gives nothing to a name that is not the subject", () => {
    expect(linked("Led by UNITAR, the new project works with the Bali Process.", "org:unitar", "forum:bali-process")).toBe(false);
    expect(linked("Funded by Norway, UNITAR runs the Missing Migrants Project.", "ctry:no", "ini:missing-migrants-project")).toBe(false);
  });
});

describe("a minister or envoy named by office stands for the state", () => {
  it("reads 'chaired by the Minister of Labour of Kuwait'", () => {
    expect(has("The Abu Dhabi Dialogue was chaired by the Minister of Labour and Social Affairs of Kuwait.", "CHAIRED", "ctry:kw", "forum:abu-dhabi-dialogue")).toBe(true);
    expect(has("The Bali Process is co-chaired by the Foreign Ministers of Indonesia and Australia.", "CHAIRED", "ctry:au", "forum:bali-process")).toBe(true);
  });
  it("needs the office's title, not any noun", () => {
    expect(linked("The Abu Dhabi Dialogue was chaired by the organisers of a workshop of Kuwait.", "ctry:kw", "forum:abu-dhabi-dialogue")).toBe(false);
  });
});

describe("what is done to a forum's meeting is done to the forum", () => {
  it("reads 'The ministerial meeting of X was chaired by A'", () => {
    expect(has("The ministerial meeting of the Colombo Process was chaired by Nepal.", "CHAIRED", "ctry:np", "forum:colombo-process")).toBe(true);
  });
  it("reads no other noun before 'of' that way", () => {
    expect(linked("The annual report of the Colombo Process was chaired by Nepal.", "ctry:np", "forum:colombo-process")).toBe(false);
  });
});

describe("a participle aside is passed over", () => {
  it("reads the subject past ', housed at A,'", () => {
    const text = "The Missing Migrants Project, housed at UNITAR, receives contributions from Norway.";
    expect(has(text, "LEADS", "org:unitar", "ini:missing-migrants-project")).toBe(true);
    expect(has(text, "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
    expect(linked(text, "org:unitar", "ctry:no")).toBe(false);
  });
});

describe("an adjunct closing the clause qualifies the sentence's subject", () => {
  it("reads '…, with the support of A' for a forum named first", () => {
    const text = "The Rabat Process is convened by Morocco every year, with the support of ICMPD.";
    expect(has(text, "SUPPORTS", "org:icmpd", "forum:rabat-process")).toBe(true);
    expect(linked(text, "org:icmpd", "ctry:ma")).toBe(false);
  });
  it("reads '… is coordinated by A with support from B' as B's support of the subject, not of A", () => {
    const text = "The Missing Migrants Project is coordinated by UNITAR with support from ICMPD.";
    expect(has(text, "SUPPORTS", "org:icmpd", "ini:missing-migrants-project")).toBe(true);
    expect(linked(text, "org:icmpd", "org:unitar")).toBe(false);
  });
  it("reads nothing for an acting subject, a second clause or a denied one", () => {
    expect(linked("UNITAR held a workshop on the Rabat Process, with the support of ICMPD.", "org:icmpd", "forum:rabat-process")).toBe(false);
    expect(linked("The Rabat Process met in Dakar, and the Bali Process met in Bali, with the support of ICMPD.", "org:icmpd", "forum:rabat-process")).toBe(false);
    expect(linked("The Rabat Process did not meet that year, with the support of ICMPD.", "org:icmpd", "forum:rabat-process")).toBe(false);
  });
});

describe("a trailing adjunct of cooperation is about the doer", () => {
  it("reads no participation from '…, in close coordination with A'", () => {
    const text = "The Missing Migrants Project is run by UNITAR, in close coordination with the ECOWAS Commission.";
    expect(linked(text, "org:ecowas", "ini:missing-migrants-project")).toBe(false);
  });
});

describe("a financial qualifier makes support of a programme funding", () => {
  it("types financial support and a financial partner of an initiative as FUNDS", () => {
    expect(has("The Missing Migrants Project is financially supported by Norway.", "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
    expect(has("Norway provides financial support to the Missing Migrants Project.", "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
    const partner = relationsOf("Norway is the main financial partner of the Missing Migrants Project.");
    expect(partner.some((r) => r.type === "FUNDS" && r.sourceId === "ctry:no")).toBe(true);
    expect(partner.some((r) => r.type === "PARTICIPATES_IN" && r.sourceId === "ctry:no")).toBe(false);
  });
  it("keeps other support, and support of a forum, as SUPPORTS", () => {
    expect(has("Norway provides technical support to the Missing Migrants Project.", "SUPPORTS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
    expect(has("Norway provides technical support to the Missing Migrants Project.", "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(false);
    expect(has("Norway provides financial support to the Bali Process.", "SUPPORTS", "ctry:no", "forum:bali-process")).toBe(true);
  });
});

describe("a demonym before a chair's title names the chairing state", () => {
  it("finds the forum named before the title when none follows it", () => {
    expect(has("The Budapest Process, under Turkish chairmanship, met in Istanbul.", "CHAIRED", "ctry:tr", "forum:budapest-process")).toBe(true);
    expect(has("The Rabat Process adopted a plan during the Moroccan presidency.", "CHAIRED", "ctry:ma", "forum:rabat-process")).toBe(true);
  });
  it("leaves a title owned by what follows it", () => {
    expect(linked("The Rabat Process thanked the French presidency of the European Union.", "ctry:fr", "forum:rabat-process")).toBe(false);
    expect(linked("The Rabat Process welcomed a Senegalese chair for the new working group.", "ctry:sn", "forum:rabat-process")).toBe(false);
  });
});

describe("members versus participants", () => {
  it("reads a forum's partner countries as members", () => {
    expect(has("Ghana is one of the 57 partner countries of the Rabat Process.", "MEMBER_OF", "ctry:gh", "forum:rabat-process")).toBe(true);
    expect(has("Ghana is an observer state of the Rabat Process.", "MEMBER_OF", "ctry:gh", "forum:rabat-process")).toBe(false);
  });
  it("reads a forum's partner organisation, named in apposition, as a member; an observer body is none", () => {
    expect(has("The ICMPD, a partner organisation of the Budapest Process, hosted the talks.", "MEMBER_OF", "org:icmpd", "forum:budapest-process")).toBe(true);
    expect(has("The ICMPD, an observer organisation of the Budapest Process, hosted the talks.", "MEMBER_OF", "org:icmpd", "forum:budapest-process")).toBe(false);
  });
  it("reads those a meeting brought together as participants, not members", () => {
    const text = "The Rabat Process meeting brought together Ghana, Mali and Spain.";
    expect(has(text, "PARTICIPATES_IN", "ctry:ml", "forum:rabat-process")).toBe(true);
    expect(has(text, "MEMBER_OF", "ctry:ml", "forum:rabat-process")).toBe(false);
    expect(has("The annual meeting of the Rabat Process brought together Ghana and Mali.", "MEMBER_OF", "ctry:ml", "forum:rabat-process")).toBe(false);
    expect(has("The Rabat Process brings together Ghana, Mali and Spain.", "MEMBER_OF", "ctry:ml", "forum:rabat-process")).toBe(true);
  });
});

describe("a participle line with no subject is said of the page's topic", () => {
  it("reads 'Funded by A' and 'Implemented by B' lines of a programme's page", () => {
    const text = "Missing Migrants Project\n\nFunded by the European Union\nImplemented by UNITAR\n";
    expect(has(text, "FUNDS", "org:european-union", "ini:missing-migrants-project")).toBe(true);
    expect(has(text, "LEADS", "org:unitar", "ini:missing-migrants-project")).toBe(true);
  });
  it("reads nothing when the line has a subject of its own or is not a fact", () => {
    expect(linked("Missing Migrants Project\n\nThe project counts deaths.\n\nFunded by the European Union, UNITAR ran a survey.", "org:european-union", "ini:missing-migrants-project")).toBe(false);
    expect(linked("Missing Migrants Project\n\nThe project counts deaths.\n\nFunded by the European Union is what it should be.", "org:european-union", "ini:missing-migrants-project")).toBe(false);
  });
});

describe("a forum's meetings named right after it", () => {
  it("reads 'the X thematic meetings were co-chaired by the Governments of A and B'", () => {
    const text = "The Bali Process thematic meetings were co-chaired by the Governments of Indonesia and Thailand.";
    expect(has(text, "CHAIRED", "ctry:id", "forum:bali-process")).toBe(true);
    expect(has(text, "CHAIRED", "ctry:th", "forum:bali-process")).toBe(true);
  });
  it("reads no active verb through the meetings, and no sub-body as the forum", () => {
    expect(linked("The Bali Process thematic meetings joined UNHCR.", "org:unhcr", "forum:bali-process")).toBe(false);
    expect(linked("The Bali Process thematic working group was co-chaired by Indonesia.", "ctry:id", "forum:bali-process")).toBe(false);
  });
});

describe("a role noun after its owner's possessive", () => {
  it("reads 'A is X's secretariat / chair / donor'", () => {
    expect(has("UNITAR is the Colombo Process's secretariat.", "SUPPORTS", "org:unitar", "forum:colombo-process")).toBe(true);
    expect(has("Ghana is the Rabat Process's current chair.", "CHAIRED", "ctry:gh", "forum:rabat-process")).toBe(true);
    expect(has("Norway has been the Missing Migrants Project's largest donor.", "FUNDS", "ctry:no", "ini:missing-migrants-project")).toBe(true);
  });
  it("reads nothing without a copula, with a negation, or when the role noun is not the head", () => {
    expect(linked("Ghana wrote to the Rabat Process's chair.", "ctry:gh", "forum:rabat-process")).toBe(false);
    expect(linked("Ghana is not the Rabat Process's chair.", "ctry:gh", "forum:rabat-process")).toBe(false);
    expect(linked("Ghana would be the Rabat Process's chair.", "ctry:gh", "forum:rabat-process")).toBe(false);
    expect(linked("Ghana is the Rabat Process's secretariat staff.", "ctry:gh", "forum:rabat-process")).toBe(false);
  });
});

describe("the named members of a class subject act with it", () => {
  it("reads 'Over 40 countries, including A and B, took part in X'", () => {
    const text = "Over 40 countries, including Ghana and Mali, took part in the Rabat Process.";
    expect(has(text, "PARTICIPATES_IN", "ctry:gh", "forum:rabat-process")).toBe(true);
    expect(has(text, "PARTICIPATES_IN", "ctry:ml", "forum:rabat-process")).toBe(true);
  });
  it("reads nothing for a class that is not of actors, or a list that is not the subject", () => {
    expect(linked("Several issues, including Ghana and Mali, were discussed at the Rabat Process.", "ctry:gh", "forum:rabat-process")).toBe(false);
    expect(linked("UNITAR wrote to 40 countries, including Ghana and Mali, about the Rabat Process.", "ctry:gh", "forum:rabat-process")).toBe(false);
  });
});

describe("a clause opened by a conjunction has its own subject", () => {
  it("reads '…, after A handed over the chairmanship'", () => {
    const text = "Sri Lanka has chaired the Colombo Process since 2023, after Nepal handed over the chairmanship in Kathmandu.";
    expect(has(text, "CHAIRED", "ctry:np", "forum:colombo-process")).toBe(true);
  });
  it("reads the subject of 'with A holding the chair'", () => {
    expect(has("The Rabat Process met in Dakar, with Senegal holding the chair.", "CHAIRED", "ctry:sn", "forum:rabat-process")).toBe(true);
    expect(linked("UNITAR worked with Senegal holding workshops on the Rabat Process.", "ctry:sn", "forum:rabat-process")).toBe(false);
  });
  it("keeps a name after the conjunction that is not right before the verb an object", () => {
    expect(linked("The Colombo Process met after Nepal, and then Bhutan handed over the chairmanship of the Bali Process.", "ctry:np", "forum:bali-process")).toBe(false);
  });
});

describe("a programme named as a body's own", () => {
  it("reads 'X, an A initiative', 'X is an A programme' and 'the A programme X'", () => {
    expect(has("The Missing Migrants Project, a UNITAR initiative, counts deaths.", "LEADS", "org:unitar", "ini:missing-migrants-project")).toBe(true);
    expect(has("MIDA is an IOM programme.", "LEADS", "org:iom", "ini:mida")).toBe(true);
    expect(has("The IOM programme Migration for Development in Africa started in 2001.", "LEADS", "org:iom", "ini:mida")).toBe(true);
  });
  it("reads nothing when the class noun names another programme, or the copula is denied", () => {
    expect(linked("MIDA is an IOM programme for Africa.", "org:iom", "ini:mida")).toBe(false);
    expect(linked("MIDA works with an IOM project on returns.", "org:iom", "ini:mida")).toBe(false);
    expect(linked("MIDA is not an IOM programme.", "org:iom", "ini:mida")).toBe(false);
  });
});
