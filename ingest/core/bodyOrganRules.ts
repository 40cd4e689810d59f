import type { NameRule } from "./NameRule.js";
import { ORGAN_HEADS } from "./organHeads.js";

/**
 * An organization's executive or parliamentary organ named with the organization before it: "the ECOWAS Commission",
 * "the ECCAS Commission", "the SADC Parliament". Read by partsAfterOwner.ts, as BODY_SECRETARIATS is.
 */
export const BODY_ORGANS: NameRule = {
  id: "body-organs",
  what: "An organization the catalog knows, written right before 'Commission' or 'Parliament' with no further capitalised word ('the ECOWAS Commission drafted …'), names that organization's organ: an ORGANIZATION of its own, part of the organization (PART_OF), named as written. Where the catalog itself gives the two words as a name of the organization ('African Union Commission' for the AU) the catalog's identity stands; a capitalised word, bracket or hyphen after the head ('the EU Commission on …', 'ECOWAS Commission-led') makes a longer name this rule leaves alone.",
  words: ORGAN_HEADS.organs,
  positive: [
    { text: "The ECOWAS Commission drafted the fisheries protocol in Abuja.", name: "ECOWAS Commission", kind: "ORGANIZATION", parentId: "org:ecowas" },
    { text: "Its recommendations go to the ECCAS Commission and the member states.", name: "ECCAS Commission", kind: "ORGANIZATION", parentId: "org:eccas" },
    { text: "A delegation of the ECOWAS Parliament visited the border post at Seme.", name: "ECOWAS Parliament", kind: "ORGANIZATION", parentId: "org:ecowas" },
  ],
  negative: [
    // The catalog names the AU by "African Union Commission": the organ is the body itself there.
    { text: "The AU Commission convened the ministers in Addis Ababa.", name: "AU Commission" },
    // A longer title goes on after the head.
    { text: "The ECOWAS Commission Vice-President opened the meeting.", name: "ECOWAS Commission" },
    { text: "The SADC Parliamentary Forum met in Windhoek.", name: "SADC Parliament" },
    // A word between the organization and the head: no organ of it is named.
    { text: "ECOWAS and its commission staff drew up the rules.", name: "ECOWAS Commission" },
    // A lower-case head is a common noun.
    { text: "ECOWAS set up a commission to draw up the rules.", name: "ECOWAS commission" },
  ],
};
