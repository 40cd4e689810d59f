import type { NameRule } from "./NameRule.js";

/**
 * An assembly whose own words call it a legislature ("Parliamentary Assembly", "Federal Assembly", "National Assembly")
 * is a standing body that votes and acts, like a parliament: an ORGANIZATION, though "Assembly" alone is a meeting
 * noun (a general assembly of members may sit once). Data with example sentences, run by test/unit/kindRules.test.ts.
 */
export const LEGISLATURES: NameRule = {
  id: "legislatures",
  what: "An assembly qualified as parliamentary, federal, national, legislative or constituent ('the Coastal Parliamentary Assembly', 'the Parliamentary Assembly of the Nordic Council', 'the Tinland Federal Assembly') is a legislature: an organization that acts, not a forum. An assembly without such a word ('the Harbour Assembly of Fishers', 'a Youth Assembly on Mobility') keeps the meeting noun's kind.",
  words: "Parliamentary Federal National Legislative Constituent Consultative".split(" "),
  positive: [
    { text: "The Coastal Parliamentary Assembly adopted a resolution on fishers.", name: "Coastal Parliamentary Assembly", kind: "ORGANIZATION" },
    { text: "The Tinland Federal Assembly approved the treaty on 3 May 2011.", name: "Tinland Federal Assembly", kind: "ORGANIZATION" },
    { text: "The Parliamentary Assembly of the Reef Islands Forum (PARIF) debated crew rights in 2019.", name: "Parliamentary Assembly of the Reef Islands Forum", kind: "ORGANIZATION" },
    // The contrast: an assembly of fishers' delegates with no such word is a meeting series, whatever it voted on.
    { text: "The Harbour Assembly of Fishers met in Accra in 2016 and voted on a charter.", name: "Harbour Assembly of Fishers", kind: "FORUM" },
  ],
  negative: [
    // Every state has a national assembly: without its country the words name none.
    { text: "The National Assembly approved the fisheries law in 2015.", name: "National Assembly" },
  ],
};

const QUALIFIED = new RegExp(`\\b(?:${LEGISLATURES.words.join("|")})\\s+Assembly\\b`);

/** Whether an assembly's name calls it a legislature (LEGISLATURES). */
export const isLegislature = (name: string): boolean => QUALIFIED.test(name);
