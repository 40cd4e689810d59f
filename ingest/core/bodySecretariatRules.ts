import type { NameRule } from "./NameRule.js";
import { ORGAN_HEADS } from "./organHeads.js";

/**
 * An organization's secretariat named with the organization before it: "the ASEAN Secretariat", "the SADC
 * Secretariat", "the IGAD General Secretariat". Read by partsAfterOwner.ts.
 */
export const BODY_SECRETARIATS: NameRule = {
  id: "body-secretariats",
  what: "An organization the catalog knows, written right before 'Secretariat' or 'General Secretariat' with no further capitalised word ('the ASEAN Secretariat asked …'), names that organization's secretariat: an ORGANIZATION of its own, part of the organization (PART_OF), named as written. A forum's secretariat is left to the rules that read forums' bodies (GOVERNING_BODIES); 'Secretariat Support' or any capitalised word after the head makes a longer title that this rule leaves alone; 'X as Secretariat' is a role, not a name.",
  words: ORGAN_HEADS.secretariats,
  positive: [
    { text: "Fiji asked the SADC Secretariat to draw up the rules for the fund.", name: "SADC Secretariat", kind: "ORGANIZATION", parentId: "org:sadc" },
    { text: "A paper by the IGAD Secretariat set out the options for the ministers.", name: "IGAD Secretariat", kind: "ORGANIZATION", parentId: "org:igad" },
    { text: "Delegates thanked the ECOWAS General Secretariat, which drafted the text.", name: "ECOWAS General Secretariat", kind: "ORGANIZATION", parentId: "org:ecowas" },
  ],
  negative: [
    // A role, not a name: the organization serves as secretariat.
    { text: "The dialogue meets twice a year, with IGAD as Secretariat.", name: "IGAD as Secretariat" },
    // A longer title: the rule does not cut it short.
    { text: "The ASEAN Secretariat Support Facility paid for the study.", name: "ASEAN Secretariat" },
    // A word between the organization and the head: no secretariat of it is named.
    { text: "SADC and its secretariat staff drew up the rules.", name: "SADC Secretariat" },
    // The organization alone stays the organization.
    { text: "SADC asked the ministers to draw up the rules.", name: "SADC Secretariat" },
  ],
};
