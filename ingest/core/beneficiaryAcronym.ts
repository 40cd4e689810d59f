import type { NameRule } from "./NameRule.js";
import { HEAD_NOUNS } from "./nameRules.js";
import type { Hit } from "./nameTrim.js";

export const BENEFICIARY_ACRONYM: NameRule = {
  id: "beneficiary-acronym",
  what: "A programme's head noun, 'for' and a body's acronym closing the phrase ('the Fisheries Statistics Database for ECOWAS', 'the Remittances Observatory for SADC') are one name: the body is whom the programme serves, written into its title, and no end of the sentence's verb. With 'for the', a spelled-out body or another head ('Campaign for Ratification of …'), the body stays a complement of its own.",
  words: ["for"],
  positive: [
    { text: "One key product was the Coastal Fisheries Statistics Database for ECOWAS, which went online in 2015.", name: "Coastal Fisheries Statistics Database for ECOWAS", kind: "INITIATIVE" },
    { text: "Sweden funds the Harbour Remittances Observatory for SADC in full.", name: "Harbour Remittances Observatory for SADC", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Sweden funds the Harbour Remittances Observatory for the Southern African Development Community.", name: "Harbour Remittances Observatory for the Southern African Development Community" },
    { text: "The Coastal Fishers Forum for ECOWAS met in Accra.", name: "Coastal Fishers Forum for ECOWAS" },
    { text: "Unions joined the Harbour Campaign for Ratification of the Migrant Workers Convention.", name: "Harbour Campaign for Ratification of the Migrant Workers Convention" },
  ],
};

const PROGRAMME_HEADS = new Set(HEAD_NOUNS.words.INITIATIVE);

/**
 * Whether the catalog name closing a draft is the body a programme serves (BENEFICIARY_ACRONYM): the words before it
 * end in a programme's head noun and a bare "for", and the body is written as its acronym.
 */
export function isBeneficiaryAcronym(unit: string, cut: string, tail: Hit, surface: string): boolean {
  return tail.kind === "ORGANIZATION" && /^\s+for\s+$/.test(cut) && /^[A-Z]{2,8}$/.test(surface) && PROGRAMME_HEADS.has(unit.split(/\s+/).pop() ?? "");
}
