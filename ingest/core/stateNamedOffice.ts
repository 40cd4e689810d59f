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
  what: "One to four capitalised words ending in a field of public work ('Statistics', 'Affairs', 'Safety', 'Citizenship', 'Development', 'Enterprise', 'Business', 'Immigration'), or a series of two or three fields ('Immigration, Refugees and Citizenship'), followed by a state's name, with no 'of' or 'for' between, name that state's office ('Statistics Tinland', 'Global Affairs Tinland'): an ORGANIZATION, and the state inside it is no mention of its own (the state does not co-chair what its statistics office co-chairs). Other words before a state name nothing ('Visit Norway'), nor does a complement ('Ministry of Foreign Affairs Norway' is read as a ministry elsewhere).",
  words: "Statistics Affairs Safety Citizenship Development Enterprise Business Immigration".split(" "),
  positive: [
    { text: "The group is co-chaired by UNHCR, Statistics Norway and the World Bank.", name: "Statistics Norway", kind: "ORGANIZATION" },
    { text: "Donor: Global Affairs Canada", name: "Global Affairs Canada", kind: "ORGANIZATION" },
    { text: "Funding from Employment and Social Development Canada ended in 2019.", name: "Employment and Social Development Canada", kind: "ORGANIZATION" },
    { text: "Boat crews apply to Immigration Fiji for their work permits.", name: "Immigration Fiji", kind: "ORGANIZATION" },
    { text: "Immigration, Ports and Citizenship Ghana signed the harbour deal.", name: "Immigration, Ports and Citizenship Ghana", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Tourists read Visit Norway guides on the ferry.", name: "Visit Norway" },
    { text: "The Harbour Partnership Norway met in Oslo.", name: "Harbour Partnership Norway" },
    { text: "In Statistics Norway data, crews are counted twice.", name: "In Statistics Norway" },
    // A portfolio's field after a minister: the state is the minister's.
    { text: "Ministers of Immigration Canada and Mexico met in Ottawa.", name: "Immigration Canada" },
    // A list of bodies is no series of fields.
    { text: "The group brings together Eurostat, Statistics Norway and the World Bank.", name: "Eurostat, Statistics Norway" },
    { text: "The group brings together Harbourstat, Immigration Norway and the World Bank.", name: "Harbourstat, Immigration Norway" },
  ],
};

const FIELDS = STATE_NAMED_OFFICES.words.join("|");
// "Immigration, Refugees and Citizenship Canada": a series of fields, the first and last of them fields of the list, so
// a list of bodies ("Eurostat, Statistics Norway") is no name.
const OFFICE = new RegExp(`^(?:(?:[A-Z][\\p{L}-]*\\s+(?:and\\s+)?){0,3}|(?:${FIELDS}),\\s+[A-Z][\\p{L}-]*\\s+and\\s+)(?:${FIELDS})\\s+$`, "u");

const PORTFOLIO_BEFORE = /\b(?:Ministers?|Ministry|Ministries|Departments?|Secretary|Secretaries|Commissioners?)\s+(?:of|for)\s+(?:the\s+)?$/;

/** The state's hit closing a name of STATE_NAMED_OFFICES ("Statistics Norway"), or undefined. */
export function stateNamedOffice(text: string, start: number, end: number, hits: Hit[]): Hit | undefined {
  // "Ministers of Immigration Canada and Mexico": the field is a portfolio's, the state a minister's, no office's name.
  if (PORTFOLIO_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  const state = hits.find((h) => h.kind === "COUNTRY" && h.end === end && h.start > start);
  // "Caritas Austria": a body's national branch, its head written in its own language (NATIONAL_BRANCHES).
  return state && (OFFICE.test(text.slice(start, state.start)) || branchHead(text.slice(start, state.start))) ? state : undefined;
}
