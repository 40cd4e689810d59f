import type { NameRule } from "./NameRule.js";

/**
 * A page title or section heading that defines an acronym, "Coastal Migration Network (CMN)", names the page's or
 * section's topic and binds the acronym for the text under it, as a definition in a sentence does. Read by recognise.ts.
 */
export const HEADING_DEFINITIONS: NameRule = {
  id: "heading-definitions",
  what: "A title or heading 'Name (ACR)' whose name is a name by itself (TITLE_NAMES) and whose acronym starts with the name's first letter names an entity and defines the acronym for the text below it ('The CMN exists to …'). A catalog name, or one opening the heading's name (a longer name of a catalog body), keeps its catalog entity.",
  words: [],
  positive: [
    { text: "Home > Networks\n\nCoastal Fishers Network (CFN)\n\nThe CFN links harbour towns. Ghana is a member of the CFN.", name: "Coastal Fishers Network", kind: "INITIATIVE" },
    { text: "Harbour Labour Observatory (HLO)\n\nLead agency: ILO\nThe HLO publishes tables.", name: "Harbour Labour Observatory", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Ports and Fisheries (2019)\n\nThe tables follow.", name: "Ports and Fisheries" },
    { text: "Coastal Fishers Network (Ghana)\n\nThe network links towns.", name: "Coastal Fishers Network (Ghana)" },
  ],
};
