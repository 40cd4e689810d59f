import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { analyse } from "../../ingest/core/analysis.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/**
 * The predicate reader's general readings, beyond any one lexicon entry: the passive of every active
 * verb, the subject reaching past an aside, and a negation cue inside a title.
 */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const has = (text: string, type: string, s: string, t: string) => relationsOf(text).some((r) => r.type === type && r.sourceId === s && r.targetId === t);
const linked = (text: string, a: string, b: string) => relationsOf(text).some((r) => (r.sourceId === a && r.targetId === b) || (r.sourceId === b && r.targetId === a));

describe("voice: every one-word active verb reads its passive", () => {
  it("reads 'X has been ratified by A, B and C'", () => {
    const text = "The Convention on the Reduction of Statelessness has been ratified by Brazil, Senegal and Serbia.";
    expect(has(text, "RATIFIED", "ctry:rs", "conv:statelessness-1961")).toBe(true);
    expect(has(text, "RATIFIED", "ctry:br", "conv:statelessness-1961")).toBe(true);
  });
  it("reads 'X was joined by A'", () => {
    expect(has("In 2006 the Global Migration Group was joined by UNICEF.", "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(true);
  });
  it("states nothing when the passive is denied or planned", () => {
    expect(linked("The Convention on the Reduction of Statelessness has not been ratified by Brazil.", "ctry:br", "conv:statelessness-1961")).toBe(false);
    expect(linked("The Convention on the Reduction of Statelessness should be ratified by Brazil.", "ctry:br", "conv:statelessness-1961")).toBe(false);
  });
});

describe("the subject reaches past an aside that names someone else", () => {
  it("reads the subject, not the aside's name", () => {
    const text = "Ghana, a member of ECOWAS since 1975, attended the GFMD 2012 as an observer.";
    expect(has(text, "PARTICIPATES_IN", "ctry:gh", "forum:gfmd-2012")).toBe(true);
    expect(linked(text, "org:ecowas", "forum:gfmd-2012")).toBe(false);
  });
  it("reads past a relative aside", () => {
    const text = "UNICEF, which for many years has worked on the rights of children on the move in West Africa and beyond, joined the Global Migration Group in 2006.";
    expect(has(text, "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(true);
  });
  it("does not reach past a list or a clause", () => {
    expect(linked("Ghana, ECOWAS and UNDP said that the GFMD 2012 was attended by many.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
    expect(linked("Ghana, the host of a workshop. The GFMD 2012 was attended by many.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
  });
});

describe("a negation cue inside a title", () => {
  it("does not deny the clause after the name", () => {
    const tokens = analyse("The Global Action to Prevent and Address Trafficking in Persons is implemented by UNODC.").tokens;
    expect(tokens.some((t) => t.negated)).toBe(false);
  });
  it("keeps a real negation", () => {
    const tokens = analyse("Mexico has not ratified it. Not all states joined.").tokens;
    expect(tokens.find((t) => t.lower === "ratified")?.negated).toBe(true);
  });
});

describe("a role noun before its owner names the holders after a copula", () => {
  it("reads 'Among the members of X are A and B' and 'The chair of X is currently held by A'", () => {
    expect(has("Among the members of the Colombo Process are Nepal and Sri Lanka.", "MEMBER_OF", "ctry:lk", "forum:colombo-process")).toBe(true);
    expect(has("The donors to the Nansen Initiative are Norway and Switzerland.", "FUNDS", "ctry:ch", "ini:nansen-initiative")).toBe(true);
    expect(has("The chair of the Colombo Process is currently held by Nepal.", "CHAIRED", "ctry:np", "forum:colombo-process")).toBe(true);
  });
  it("states nothing for roles not yet held, or without a copula", () => {
    expect(linked("Prospective members of the Colombo Process are Iran and Iraq.", "ctry:ir", "forum:colombo-process")).toBe(false);
    expect(linked("The members of the Colombo Process met Iran in Geneva.", "ctry:ir", "forum:colombo-process")).toBe(false);
    expect(linked("The members of the Colombo Process should be Iran and Iraq.", "ctry:ir", "forum:colombo-process")).toBe(false);
  });
});

describe("an infinitive after 'the first <noun>' is a fact", () => {
  it("reads 'the first country to ratify'", () => {
    expect(has("Uruguay was the first country to ratify the Domestic Workers Convention, 2011.", "RATIFIED", "ctry:uy", "conv:ilo-c189")).toBe(true);
  });
  it("keeps other infinitives as intentions", () => {
    expect(linked("Uruguay was the next country to ratify the Domestic Workers Convention, 2011.", "ctry:uy", "conv:ilo-c189")).toBe(false);
    expect(linked("Uruguay was eager to ratify the Domestic Workers Convention, 2011.", "ctry:uy", "conv:ilo-c189")).toBe(false);
  });
});

describe("a clause after a semicolon", () => {
  it("reads 'it' opening the clause as the sentence's opening subject", () => {
    expect(has("Greece chaired the GFMD 2009; it also funded the Nansen Initiative.", "FUNDS", "ctry:gr", "ini:nansen-initiative")).toBe(true);
  });
  it("reads no referent for an expletive 'it'", () => {
    expect(linked("The Nansen Initiative ended in 2015; it is important that Norway joined the Bali Process.", "ini:nansen-initiative", "forum:bali-process")).toBe(false);
  });
});

describe("an adjunct that opens the sentence qualifies its main clause", () => {
  it("gives the adjunct's giver to the clause's initiative", () => {
    expect(has("With funding from USAID, IOM implements the Migration Profiles in six countries.", "FUNDS", "org:usaid", "ini:migration-profiles")).toBe(true);
    expect(has("Thanks to support from Norway, the Nansen Initiative held regional consultations.", "SUPPORTS", "ctry:no", "ini:nansen-initiative")).toBe(true);
  });
  it("states nothing for a planned clause, a name inside another phrase, or a denied adjunct", () => {
    expect(linked("With funding from USAID, IOM plans to expand the Migration Profiles.", "org:usaid", "ini:migration-profiles")).toBe(false);
    expect(linked("With funding from USAID, IOM trained officials of the Nansen Initiative.", "org:usaid", "ini:nansen-initiative")).toBe(false);
    expect(linked("Without support from Norway, the Nansen Initiative would have ended.", "ctry:no", "ini:nansen-initiative")).toBe(false);
  });
});

describe("a class of actors as the subject, its members picked out after a comma (classSubjectList.ts)", () => {
  it("reads 'Five countries attended X in Port Louis, among them A and B'", () => {
    const text = "Five countries attended the GFMD 2012 in Port Louis, among them Ghana and Kenya.";
    expect(has(text, "PARTICIPATES_IN", "ctry:gh", "forum:gfmd-2012")).toBe(true);
    expect(has(text, "PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012")).toBe(true);
  });
  it("reads 'Seven states joined X, namely A and B'", () => {
    expect(has("Seven states joined the GFMD 2012, namely Ghana and Kenya.", "PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012")).toBe(true);
  });
  it("reads 'Several agencies took part in X, such as A and B'", () => {
    expect(has("Several agencies took part in the GFMD 2012, such as UNICEF and the ILO.", "PARTICIPATES_IN", "org:unicef", "forum:gfmd-2012")).toBe(true);
  });
  it("states nothing when 'such as' picks out what is not the class's members", () => {
    expect(linked("Several agencies took part in the GFMD 2012, such as sessions led by UNICEF and the ILO.", "org:unicef", "forum:gfmd-2012")).toBe(false);
  });
  it("states nothing when the class only planned to come, or did not come", () => {
    expect(linked("Five countries planned to attend the GFMD 2012, among them Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
    expect(linked("Five countries did not attend the GFMD 2012, among them Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
  });
  it("states nothing when the subject is no class of actors", () => {
    expect(linked("Five reports covered the GFMD 2012 in Port Louis, among them Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
  });
  it("reads a number spelled in two words and a class noun that modifies another ('Forty-nine Member States')", () => {
    const text = "Forty-nine Member States sent delegations to the GFMD 2012, among them Algeria and Angola.";
    expect(has(text, "PARTICIPATES_IN", "ctry:dz", "forum:gfmd-2012")).toBe(true);
    expect(has(text, "PARTICIPATES_IN", "ctry:ao", "forum:gfmd-2012")).toBe(true);
    expect(has("Twenty-one donor countries took part in the GFMD 2012: Ghana and Kenya.", "PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012")).toBe(true);
    expect(has("Seven member countries attended the GFMD 2012, among them Ghana and Kenya.", "PARTICIPATES_IN", "ctry:gh", "forum:gfmd-2012")).toBe(true);
  });
  it("states nothing for an invitation, a plan, a refusal or a denial in the wider class phrase", () => {
    expect(linked("Forty-nine Member States were invited to send delegations to the GFMD 2012, among them Algeria and Angola.", "ctry:dz", "forum:gfmd-2012")).toBe(false);
    expect(linked("Forty-nine Member States will attend the GFMD 2012, among them Algeria and Angola.", "ctry:dz", "forum:gfmd-2012")).toBe(false);
    expect(linked("Forty-nine Member States did not attend the GFMD 2012, among them Algeria and Angola.", "ctry:dz", "forum:gfmd-2012")).toBe(false);
    expect(linked("Twenty-one donor countries declined to attend the GFMD 2012: Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
  });
  it("states nothing for observers of another body, or for a meeting the verb does not govern", () => {
    expect(linked("Five observer states of the Puebla Process praised the GFMD 2012: Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
    expect(linked("Twenty-five member countries that attended the GFMD 2011 praised the GFMD 2012: Ghana and Kenya.", "ctry:gh", "forum:gfmd-2012")).toBe(false);
    expect(linked("Twenty-five member countries that attended the GFMD 2011 praised the GFMD 2012: Ghana and Kenya.", "ctry:gh", "forum:gfmd-2011")).toBe(false);
  });
});
