import type { IdentityRule } from "./identityRules.js";

/**
 * More identity rules (see identityRules.ts for the shape and test/unit/identityRules.test.ts, which runs
 * every example through the whole pipeline): synonyms inside a name, a name written with a longer owner
 * before it, a citation's subtitle, and a generic name put beside a project's title. Examples are
 * written for these specs, not taken from the corpus.
 */

export const SYNONYM_PHRASES: IdentityRule<Array<[string, string]>> = {
  id: "synonym-phrases",
  what: "Inside a discovered name, phrases that mean one thing are one phrase for identity ('Victims of Trafficking in Persons' / 'Victims of Human Trafficking'); the name's other words must still be the same, in order.",
  words: [
    ["trafficking in persons", "trafficking"],
    ["trafficking in human beings", "trafficking"],
    ["human trafficking", "trafficking"],
    ["trafficking of persons", "trafficking"],
    ["smuggling of migrants", "migrant smuggling"],
  ],
  positive: [
    { text: "Tinland gave money to the Coastal Trust Fund for Victims of Trafficking in Persons in 2010. The Coastal Trust Fund for Victims of Human Trafficking paid small grants.", same: ["Coastal Trust Fund for Victims of Trafficking in Persons", "Coastal Trust Fund for Victims of Human Trafficking"] },
  ],
  negative: [
    { text: "Tinland gave money to the Coastal Trust Fund for Victims of Trafficking in Persons in 2010. The Coastal Trust Fund for Victims of Forced Labour paid small grants.", apart: ["Coastal Trust Fund for Victims of Trafficking in Persons", "Coastal Trust Fund for Victims of Forced Labour"] },
  ],
};

export const LONGER_OWNER: IdentityRule<{ minWords: number; minWordsAfterPossessive: number }> = {
  id: "longer-owner",
  what: "A body's name of five words or more that is the end of exactly one longer name of the same kind in the same document ('Thematic Working Group on Ports including Fisheries' / 'Tidal Coordination Mechanism Thematic Working Group on Ports including Fisheries') is that body, written without the capitalised owner words before it. Owner words that close on a possessive ('Harbour Master's Dialogue on Port Safety') mark the owner plainly, so there a name of three words is enough ('Dialogue on Port Safety'). Two longer names with that ending leave the short one alone; a plain modifier before a short name ('Regional Dialogue on Port Safety') may name another body.",
  words: { minWords: 5, minWordsAfterPossessive: 3 },
  positive: [
    { text: "The Tidal Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. A report came from the Thematic Working Group on Ports including Fisheries in June.", same: ["Tidal Coordination Mechanism Thematic Working Group on Ports including Fisheries", "Thematic Working Group on Ports including Fisheries"] },
    { text: "Harbour Master's Dialogue on Port Safety: a timeline\n\nIn 2010 the first meeting of the Harbour Master's Dialogue on Port Safety took place in Lima, with FAO.", same: ["Harbour Master's Dialogue on Port Safety", "Dialogue on Port Safety"] },
    { text: "Chief Warden's Forum for Reef Rangers\n\nDelegates praised the Forum for Reef Rangers. In 2021 it met in Suva with UNEP.", same: ["Chief Warden's Forum for Reef Rangers", "Forum for Reef Rangers"] },
  ],
  negative: [
    { text: "The Tidal Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. The Coastal Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Quito. A report came from the Thematic Working Group on Ports including Fisheries in June.", apart: ["Tidal Coordination Mechanism Thematic Working Group on Ports including Fisheries", "Thematic Working Group on Ports including Fisheries"] },
    // Two owners write the same dialogue name: the short name does not say whose it is.
    { text: "Harbour Master's Dialogue on Port Safety: a timeline\n\nIn 2010 the first meeting of the Harbour Master's Dialogue on Port Safety took place in Lima. The Coastal Guard Dialogue on Port Safety met in Quito with FAO.", apart: ["Coastal Guard Dialogue on Port Safety", "Dialogue on Port Safety"] },
    // A plain modifier before a short name may name a regional body of a wider one.
    { text: "Port news\n\nThe Regional Dialogue on Port Safety met in Lima. A summary came from the Dialogue on Port Safety in June.", apart: ["Regional Dialogue on Port Safety", "Dialogue on Port Safety"] },
  ],
};

export const OWNER_TWO_WAYS: IdentityRule<{ narrowing: string[]; minCore: number }> = {
  id: "owner-two-ways",
  what: "A body named after its owner may be written in one document with the owner's words changed ('Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries' / 'Tidal Regional Conference on Ports Thematic Working Group on Ports including Fisheries': the same ending of five words or more with a body head in it, owners opening on the same two words), or with fewer owner words and cut before a narrowing complement ('UN Regional Thematic Working Group on Ports', whose owner words other than UN all stand in the longer owner): it is that body, when one such longer name is written. Owners that open differently ('Tidal …' / 'Coastal …') are two bodies.",
  words: { narrowing: ["including", "and"], minCore: 5 },
  positive: [
    { text: "The Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. As a member of the Tidal Regional Conference on Ports Thematic Working Group on Ports including Fisheries, UNFPA wrote a chapter.", same: ["Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries", "Tidal Regional Conference on Ports Thematic Working Group on Ports including Fisheries"] },
    { text: "The Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. Through its work in the UN Regional Thematic Working Group on Ports, OHCHR wrote a chapter.", same: ["Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries", "UN Regional Thematic Working Group on Ports"] },
  ],
  negative: [
    { text: "The Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. The Coastal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Quito.", apart: ["Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries", "Coastal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries"] },
    { text: "The Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries met in Lima. The Andean Thematic Working Group on Ports met in Quito.", apart: ["Tidal Regional Coordination Mechanism Thematic Working Group on Ports including Fisheries", "Andean Thematic Working Group on Ports"] },
  ],
};

export const CITATION_SUBTITLE: IdentityRule = {
  id: "citation-subtitle",
  what: "'Harbour Guidelines: Guidelines on the Treatment of Fishers' – a name, a colon, and a name with the same head noun is a title and its subtitle: one thing, the subtitle an alias. A subtitle with another head ('Harbour Guidelines: Coastal Project Report') stays apart.",
  words: [":"],
  positive: [
    { text: "See Tinland, Harbour Guidelines: Guidelines on the Applicable Standards for Fishers Rescued at Sea (Oslo, 2012).", same: ["Harbour Guidelines", "Guidelines on the Applicable Standards for Fishers Rescued at Sea"] },
  ],
  negative: [{ text: "Tinland adopted the Harbour Action Plan: Coastal Guidelines on Fishers Safety followed in 2012.", apart: ["Harbour Action Plan", "Coastal Guidelines on Fishers Safety"] }],
};

export const APPOSED_TITLE: IdentityRule = {
  id: "apposed-title",
  what: "A programme's generic name followed by a comma (or a bracket and a comma) and its quoted title ('the Tinland Development Account Project (Third Round), “Building Harbour Capacity”') names one project: the generic name is an alias of the title.",
  words: [],
  positive: [
    { text: "ECLAC led the Tinland Development Account Project (Third Round), “Safer Harbours for Fishers Programme”, from 2009.", same: ["Tinland Development Account Project", "Safer Harbours for Fishers Programme"] },
  ],
  negative: [
    { text: "ECLAC led the Tinland Development Account Project with IOM, and the Harbour Safety Programme with ILO.", apart: ["Tinland Development Account Project", "Harbour Safety Programme"] },
  ],
};

export const DOCUMENT_PAIR: IdentityRule = {
  id: "document-pair",
  what: "'the Resolution and Harbour Call to Action' – a lone document noun joined by 'and' to a name is that named document with its companion text: one thing with the name it is also called by alone ('the Harbour Call to Action').",
  words: "Resolution Resolutions Decision Decisions Declaration Statement Report Conclusions".split(" "),
  positive: [
    { text: "The conference resulted in the Resolution and Harbour Call to Action 2008. Unions endorsed the Harbour Call to Action.", same: ["Resolution and Harbour Call to Action", "Harbour Call to Action"] },
  ],
  negative: [
    { text: "Ministers adopted the “Tinland Declaration and Harbour Plan of Action”. Unions endorsed the Harbour Plan of Action.", apart: ["Tinland Declaration and Harbour Plan of Action", "Harbour Plan of Action"] },
  ],
};

export const SYNONYM_RULES: IdentityRule<unknown>[] = [SYNONYM_PHRASES, LONGER_OWNER, OWNER_TWO_WAYS, CITATION_SUBTITLE, APPOSED_TITLE, DOCUMENT_PAIR];

const SYNONYMS = SYNONYM_PHRASES.words.map(([from, to]) => [from.split(" "), to.split(" ")] as const);

/** Folded words with each synonym phrase written one way (SYNONYM_PHRASES). */
export function foldSynonyms(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = SYNONYMS.find(([from]) => from.every((w, j) => words[i + j] === w));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else out.push(words[i++]!);
  }
  return out;
}
