import type { NameRule } from "./NameRule.js";
import { HEAD_NOUNS } from "./nameRules.js";
import type { Hit } from "./nameTrim.js";

export const BENEFICIARY_ACRONYM: NameRule = {
  id: "beneficiary-acronym",
  what: "A programme's head noun, 'for' and a body's acronym closing the phrase ('the Fisheries Statistics Database for ECOWAS', 'the Remittances Observatory for SADC') are one name: the body is whom the programme serves, written into its title, and no end of the sentence's verb. With 'for the', a spelled-out body or another head ('Campaign for Ratification of …'), the body stays a complement of its own. A programme's title whose complement closes on 'in' and a body's acronym ('Joint Action to Widen Seasonal Work for Growth in ECOWAS') names the bloc as its scope, as 'in Africa' is (REGION_SCOPE): nothing is held or sits 'in' a bloc's acronym.",
  words: ["for", "in"],
  positive: [
    { text: "One key product was the Coastal Fisheries Statistics Database for ECOWAS, which went online in 2015.", name: "Coastal Fisheries Statistics Database for ECOWAS", kind: "INITIATIVE" },
    { text: "Sweden funds the Harbour Remittances Observatory for SADC in full.", name: "Harbour Remittances Observatory for SADC", kind: "INITIATIVE" },
    { text: "Norway funds the Joint Action to Widen Seasonal Work for Growth in ECOWAS, which ends in 2027.", name: "Joint Action to Widen Seasonal Work for Growth in ECOWAS", kind: "INITIATIVE" },
    { text: "Sweden pays for the Coastal Partnership for Safer Fishing Jobs in SADC (SAFEFISH; SAFEFISH Phase 2) until 2026.", name: "Coastal Partnership for Safer Fishing Jobs in SADC", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Sweden funds the Harbour Remittances Observatory for the Southern African Development Community.", name: "Harbour Remittances Observatory for the Southern African Development Community" },
    { text: "The Coastal Fishers Forum for ECOWAS met in Accra.", name: "Coastal Fishers Forum for ECOWAS" },
    { text: "Unions joined the Harbour Campaign for Ratification of the Migrant Workers Convention.", name: "Harbour Campaign for Ratification of the Migrant Workers Convention" },
    // A head right before "in" with no complement of its own: the body is where the programme sits or who runs it.
    { text: "The Harbour Skills Programme in ECOWAS was reviewed last year.", name: "Harbour Skills Programme in ECOWAS" },
    // "in the" before a spelled-out body stays a complement.
    { text: "Norway funds the Joint Action to Widen Seasonal Work in the Economic Community of West African States.", name: "Joint Action to Widen Seasonal Work in the Economic Community of West African States" },
  ],
};

const PROGRAMME_HEADS = new Set(HEAD_NOUNS.words.INITIATIVE);

/**
 * Whether the catalog name closing a draft is the body a programme serves (BENEFICIARY_ACRONYM): the words before it
 * end in a programme's head noun and a bare "for", and the body is written as its acronym.
 */
export function isBeneficiaryAcronym(unit: string, cut: string, tail: Hit, surface: string): boolean {
  if (tail.kind !== "ORGANIZATION" || !/^[A-Z]{2,8}$/.test(surface)) return false;
  if (/^\s+for\s+$/.test(cut)) return PROGRAMME_HEADS.has(unit.split(/\s+/).pop() ?? "");
  // "… to Safer Work at Sea in ASEAN": the bloc closes the title's complement, as a world region would.
  return /^\s+in\s+$/.test(cut) && SCOPED_COMPLEMENT.test(unit);
}

// A complement after the head ("Drive to Improve …", "Partnership for …"), with words of its own before "in".
const SCOPED_COMPLEMENT = /^\S+(?:\s+\S+)*?\s+(?:to|for|on|against)\s+\S+(?:\s+\S+)+$/;
