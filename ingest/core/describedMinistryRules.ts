import type { NameRule } from "./NameRule.js";

/** Examples of describedMinistry.ts (a leaf module: nameRules.ts lists it without importing the reader). */
export const DESCRIBED_MINISTRY: NameRule = {
  id: "described-ministry",
  what: "A state's foreign or interior ministry written in lower case ('Ghana's foreign ministry', 'In Togo, the interior ministry …') is that state's Ministry of Foreign Affairs or Ministry of the Interior when a possessive country right before it or one state opening its clause says whose it is; no owner, two states in the opener, or a page that writes a title of that portfolio itself ('Ministry of Foreign Affairs and Trade') gives none (describedMinistry.ts).",
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
  ],
};
