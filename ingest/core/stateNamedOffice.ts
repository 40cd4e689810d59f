import type { NameRule } from "./NameRule.js";
import type { Hit } from "./nameTrim.js";
import { branchHead } from "./nationalBranch.js";

/**
 * A state's office named by its field and the state's name after it, with no complement: "Statistics Norway",
 * "Global Affairs Canada", "Public Safety Canada", "Business Sweden". Data with example sentences, run through the
 * whole pipeline by test/unit/stateNamedOffice.test.ts.
 */
export const STATE_NAMED_OFFICES: NameRule = {
  id: "state-named-offices",
  what: "One to four capitalised words ending in a field of public work ('Statistics', 'Affairs', 'Safety', 'Citizenship', 'Development', 'Enterprise', 'Business') followed by a state's name, with no 'of' or 'for' between, name that state's office ('Statistics Tinland', 'Global Affairs Tinland'): an ORGANIZATION, and the state inside it is no mention of its own (the state does not co-chair what its statistics office co-chairs). Other words before a state name nothing ('Visit Norway'), nor does a complement ('Ministry of Foreign Affairs Norway' is read as a ministry elsewhere).",
  words: "Statistics Affairs Safety Citizenship Development Enterprise Business".split(" "),
  positive: [
    { text: "The group is co-chaired by UNHCR, Statistics Norway and the World Bank.", name: "Statistics Norway", kind: "ORGANIZATION" },
    { text: "Donor: Global Affairs Canada", name: "Global Affairs Canada", kind: "ORGANIZATION" },
    { text: "Funding from Employment and Social Development Canada ended in 2019.", name: "Employment and Social Development Canada", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Tourists read Visit Norway guides on the ferry.", name: "Visit Norway" },
    { text: "The Harbour Partnership Norway met in Oslo.", name: "Harbour Partnership Norway" },
    { text: "In Statistics Norway data, crews are counted twice.", name: "In Statistics Norway" },
  ],
};

const OFFICE = new RegExp(`^(?:[A-Z][\\p{L}-]*\\s+(?:and\\s+)?){0,3}(?:${STATE_NAMED_OFFICES.words.join("|")})\\s+$`, "u");

/** The state's hit closing a name of STATE_NAMED_OFFICES ("Statistics Norway"), or undefined. */
export function stateNamedOffice(text: string, start: number, end: number, hits: Hit[]): Hit | undefined {
  const state = hits.find((h) => h.kind === "COUNTRY" && h.end === end && h.start > start);
  // "Caritas Austria": a body's national branch, its head written in its own language (NATIONAL_BRANCHES).
  return state && (OFFICE.test(text.slice(start, state.start)) || branchHead(text.slice(start, state.start))) ? state : undefined;
}
