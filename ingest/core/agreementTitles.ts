import type { NameRule } from "./NameRule.js";
import { GENERIC_NAMES } from "./notNameRules.js";

/**
 * AGREEMENT_TITLES: "Agreement" is a treaty's head as often as "Convention" is, and as often a plain contract's. A
 * title of its own says which: a complement that says what it is about ("Agreement on the Free Movement of Persons",
 * "Agreement Establishing …", "Agreement between …"), or a word before the head that no contract's kind is named
 * with (a place, a bloc, an acronym: "Cotonou Agreement", "ASEAN Comprehensive Investment Agreement").
 */
export const AGREEMENT_TITLES: NameRule<{ complements: string[]; contractWords: string[] }> = {
  id: "agreement-titles",
  what: "A name headed by 'Agreement' is a treaty only as a title of its own: with an 'on', 'for', 'between', 'establishing', 'concerning', 'relating to', 'regarding' or 'governing' complement, or with a word before the head that is no contract's kind ('Implementing', 'Headquarters', 'Mobility', 'Framework' and the generic words name kinds of agreement, not one).",
  words: {
    complements: "on for between establishing Establishing concerning Concerning relating Relating regarding Regarding governing Governing".split(" "),
    contractWords: "Implementing Implementation Administrative Headquarters Host Hosting Country Framework Cooperation Co-operation Grant Contribution Financing Funding Bilateral Multilateral Mobility Readmission Labour Labor Migration Partnership Association Trade Free Safe Third Transit Service Services Employment Recruitment Interim Provisional Supplementary Additional Comprehensive Investment Economic Political Peace Visa Facilitation Transfer Social Security Seasonal Workers Worker Stand-alone Standalone Model Standard Loan Credit Delegation Agency Technical Basic General Common Subsidiary Sectoral Draft Final Agreement".split(" "),
  },
  positive: [
    { text: "Four states ratified the Lagoon Agreement on Crew Mobility by 2011.", name: "Lagoon Agreement on Crew Mobility", kind: "CONVENTION" },
    { text: "Tinland has applied the Marova Agreement since 1998.", name: "Marova Agreement", kind: "CONVENTION" },
    { text: "Both states signed the Agreement on the Free Movement of Coastal Workers in 2004.", name: "Agreement on the Free Movement of Coastal Workers", kind: "CONVENTION" },
  ],
  negative: [
    { text: "The bank signed a Financing Agreement with the ministry.", name: "Financing Agreement" },
    { text: "The two agencies renewed their Cooperation Agreement in 2019.", name: "Cooperation Agreement" },
    { text: "Under the Headquarters Agreement, the office is exempt from tax.", name: "Headquarters Agreement" },
    { text: "Tinland extended the Agreement to the Coral Islands in 2001.", name: "Agreement to the Coral Islands" },
    // Named with "a": one contract among many, whatever words come before its head.
    { text: "The Tinland Ferry Board signed a Harbour Towage Agreement with a tug operator in 2017.", name: "Harbour Towage Agreement" },
    // Two instruments joined by "and the": no one name runs across the join.
    { text: "Tinland signed the Memorandum of Understanding on Ferry Crews and the Agreement on Harbour Pilots with Borduria in 2010.", name: "Ferry Crews and the Agreement on Harbour Pilots" },
  ],
};

const COMPLEMENTS = new Set(AGREEMENT_TITLES.words.complements);
const NAMES_A_KIND = new Set([...AGREEMENT_TITLES.words.contractWords, ...GENERIC_NAMES.words]);

/** Whether a name headed by "Agreement" is a treaty's own title. */
export function isAgreementTitle(name: string): boolean {
  const words = name.replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
  const at = words.lastIndexOf("Agreement");
  // "Labour Cooperation and the Agreement on X": two instruments joined, the second's name starts at "Agreement".
  if (at < 0 || (at >= 2 && words[at - 2] === "and" && words[at - 1] === "the")) return false;
  if (COMPLEMENTS.has(words[at + 1] ?? "")) return true;
  return words.slice(0, at).some((w) => /^\p{Lu}/u.test(w) && !NAMES_A_KIND.has(w.replace(/[’']s$/, "")));
}

/** "signed a Postal Services Agreement with a firm": an Agreement written with "a" or "an" before it is one contract. */
export function isOneContract(head: string | null, before: string): boolean {
  return head === "Agreement" && /\b[Aa]n?\s+$/.test(before);
}
