import type { RelationType } from "../../src/ontology/ontology.js";
import { headWord } from "./headKind.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { EntityRecord } from "./types.js";

/**
 * DECLARATION_ENDS: a declaration is an initiative (HEAD_NOUNS) but a text, not a body or a programme: states and
 * agencies adopt, sign or back it (SUPPORTS), yet nobody is its member or takes part in it. A list of member states
 * under a page titled for a declaration names the members of a meeting or a body, and "X joined later" after a
 * declaration joined the process that adopted it.
 */
export const DECLARATION_ENDS = {
  id: "declaration-ends",
  what: "A name headed by 'Declaration' (also 'the X Declaration and Plan of Action') is never the target of MEMBER_OF or PARTICIPATES_IN.",
  heads: ["Declaration"],
  types: ["MEMBER_OF", "PARTICIPATES_IN"] as RelationType[],
};

/** Is this a relation no declaration can be the target of? */
export function notADeclarationEnd(type: RelationType, target: Pick<EntityRecord, "kind" | "name"> | undefined): boolean {
  if (!target || target.kind !== "INITIATIVE" || !DECLARATION_ENDS.types.includes(type)) return false;
  return DECLARATION_ENDS.heads.includes(headWord(target.name) ?? "");
}

const OUTCOME = "Lagoon Declaration on Fisher Schooling: outcome of the Suva ministerial meeting\n\nWhat happened\nFisheries ministers adopted the Lagoon Declaration on Fisher Schooling in Suva in 2015.\n\n";
const REEF = "Reef Process\n\nThe Reef Process is a dialogue of Pacific states on fisher mobility.\n\n";
/** Pages the rule must get right (test/unit/declarationEnds.test.ts): `expect` is [type, source, target]. */
export const DECLARATION_END_EXAMPLES: TripleExamples = {
  positive: [
    // Backing a declaration is supporting it.
    { text: "Fisher schooling\n\nThe German agency GIZ backs the Lagoon Declaration on Fisher Schooling through its training work.\n", expect: ["SUPPORTS", "org:giz", "ini:lagoon-declaration-on-fisher-schooling"] },
    // A programme keeps its members and participants.
    { text: "Lagoon Schooling Network: outcome of the Suva ministerial meeting\n\nWhat happened\nFisheries ministers launched the Lagoon Schooling Network in Suva in 2015.\n\nMembers:\n- Member states: Fiji, Samoa, Tonga\n", expect: ["MEMBER_OF", "ctry:fj", "ini:lagoon-schooling-network"] },
  ],
  negative: [
    { text: `${OUTCOME}Participants in the third review meeting, Apia, May 2017:\n- Member states: Fiji, Samoa, Tonga\n`, expect: ["MEMBER_OF", "ctry:fj", "ini:lagoon-declaration-on-fisher-schooling"] },
    { text: `${OUTCOME}Participants in the third review meeting, Apia, May 2017:\n- Agencies and partners: UNICEF, UNESCO\n`, expect: ["PARTICIPATES_IN", "org:unicef", "ini:lagoon-declaration-on-fisher-schooling"] },
    { text: `${REEF}Its first conference adopted the Apia Declaration. Most states signed the Apia Declaration. Fiji and Tonga joined later.\n`, expect: ["PARTICIPATES_IN", "ctry:fj", "ini:apia-declaration"] },
  ],
};
