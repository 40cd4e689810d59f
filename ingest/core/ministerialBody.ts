import type { NameRule } from "./nameRules.js";
import { alternation, STATED_LEAD } from "./statedAfterName.js";

/**
 * A committee, council or commission the text calls a ministerial body ("the CPTPP Commission, the ministerial body of
 * the Parties", "X is one of the ministerial committees of the African Union") is a standing meeting of ministers: a
 * forum, whatever its head noun says. "Ministerial" is the evidence, not "intergovernmental": an intergovernmental
 * body is as often an agency or a commission with its own staff.
 */
export const MINISTERIAL_BODIES: NameRule<{ adjectives: string[]; nouns: string[] }> = {
  id: "ministerial-bodies",
  what: "A body the words right after its name describe, in apposition or with 'is', as a ministerial body, committee, council, commission or meeting ('the Reef Commission, the ministerial body of the Parties', 'is one of the ministerial committees of the Union') is a forum of the ministers who sit on it; a body that merely reports to, serves or belongs to a ministerial body stays what its head noun says.",
  words: {
    adjectives: ["ministerial", "inter-ministerial", "interministerial"],
    nouns: "body bodies committee committees council councils commission commissions meeting meetings conference conferences".split(" "),
  },
  positive: [
    { text: "Tinland signed at the seventh meeting of the Reef Commission, the ministerial body of the Parties, in Suva.", name: "Reef Commission", kind: "FORUM" },
    { text: "The Coastal Technical Committee on Fisheries (CTC-F) is one of the ministerial committees of the Harbour Union.", name: "Coastal Technical Committee on Fisheries", kind: "FORUM" },
    { text: "The Lagoon Council, a sectoral ministerial council of the bloc, met in May.", name: "Lagoon Council", kind: "FORUM" },
    // Contrasts: the ministerial body is another one (listed as positives with the head's kind).
    { text: "The Reef Commission, a member of the ministerial council of the bloc, trained crews.", name: "Reef Commission", kind: "ORGANIZATION" },
    { text: "The Lagoon Secretariat Committee, which serves the ministerial council, trained crews.", name: "Lagoon Secretariat Committee", kind: "ORGANIZATION" },
  ],
  negative: [],
};

const { adjectives, nouns } = MINISTERIAL_BODIES.words;
/**
 * ", the ministerial body of", ", a sectoral ministerial council", " is one of the ministerial committees": an apposition
 * or copula whose own head is the ministerial noun (up to two words between the article and the adjective, never "of":
 * "a member of the ministerial council" names another body). A bracketed short name may come first.
 */
const STATED = new RegExp(
  `${STATED_LEAD}(?:${alternation(adjectives)})\\s+(?:${alternation(nouns)})\\b`,
);

/** Whether the words after a name call it a ministerial body (MINISTERIAL_BODIES). */
export const isStatedMinisterial = (after: string): boolean => STATED.test(after);
