import type { NameRule } from "./NameRule.js";

/** Examples of describedMinistry.ts (a leaf module: nameRules.ts lists it without importing the reader). */
export const DESCRIBED_MINISTRY: NameRule = {
  id: "described-ministry",
  what: "A state's foreign or interior ministry written in lower case ('Ghana's foreign ministry', 'In Togo, the interior ministry …') is that state's Ministry of Foreign Affairs or Ministry of the Interior when a possessive country right before it or one state opening its clause says whose it is; no owner, two states in the opener, a state written after it ('the foreign ministry of Togo'), or a page that writes a title of that portfolio anywhere ('Ministry of Foreign Affairs and Trade', 'Ministry of Home Affairs') gives none (describedMinistry.ts).",
  words: [],
  positive: [
    { text: "In Ghana, the foreign ministry set up a desk for returning fishers.", name: "Ghanaian Ministry of Foreign Affairs", kind: "ORGANIZATION" },
    { text: "Malawi's interior ministry chairs the Lake Border Working Group.", name: "Malawian Ministry of the Interior", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The foreign ministry set up a desk for returning fishers.", name: "Ministry of Foreign Affairs" },
    { text: "In Ghana and Togo, the foreign ministry set up a desk for returning fishers.", name: "Ghanaian Ministry of Foreign Affairs" },
    { text: "In Ghana, the foreign ministry set up a desk; the Ministry of Foreign Affairs and Regional Integration funds it.", name: "Ghanaian Ministry of Foreign Affairs" },
    { text: "In Ghana, a Togolese foreign ministry team visited the landing sites.", name: "Ghanaian Ministry of Foreign Affairs" },
    // The state written after "of" is its own, whichever state opened the clause.
    { text: "In Benin, the foreign ministry of Niger opened a consulate for herders.", name: "Beninese Ministry of Foreign Affairs" },
    // The page writes the portfolio's own title in another paragraph.
    { text: "Malawi's Ministry of Foreign Affairs and International Cooperation funds the desk.\n\nLater, Malawi's foreign ministry said the desk would stay open.", name: "Malawian Ministry of Foreign Affairs" },
    // The state's ministry of that portfolio goes by another title.
    { text: "Nepal's Ministry of Home Affairs issues travel permits. Nepal's interior ministry also keeps the border posts.", name: "Nepalese Ministry of the Interior" },
  ],
};
