import type { NameRule } from "./NameRule.js";

/**
 * A body's office for a world region, named by the body's acronym and the region: "ICMC Europe", "ITUC-Africa".
 * Read by partsAfterOwner.ts.
 */
export const REGIONAL_BRANCHES: NameRule = {
  id: "regional-branches",
  what: "An organization's acronym followed by a world region's name, with a space or a hyphen and no further capitalised word ('HFU Europe represents …', 'HFU-Africa'), names that organization's (or network's) regional branch: a body of the same kind, part of it, named as written. A country after the acronym ('UNICEF Philippines') is read by COUNTRY_OFFICES.",
  // A sub-region or a region named with "and the …" is one name: the reader tries the longest first, so "ITUC Latin
  // America and the Caribbean" is not cut at "Latin America".
  words: [
    "Europe", "Africa", "Asia", "Asia-Pacific", "Asia Pacific", "Americas", "Latin America", "Middle East", "Pacific", "Caribbean", "Arab States", "MENA",
    "Latin America and the Caribbean", "Asia and the Pacific", "West Africa", "East Africa", "Southern Africa", "North Africa", "Central Africa",
    "Great Lakes", "Central America", "North America", "South Asia", "South-East Asia", "Southeast Asia", "Central Asia", "Eastern Europe",
  ],
  positive: [
    { text: "ICMC Europe represents the commission at European level.", name: "ICMC Europe", kind: "ORGANIZATION", parentId: "org:icmc" },
    { text: "Unions in Ghana work with ITUC-Africa on recruitment fees.", name: "ITUC-Africa", kind: "ORGANIZATION", parentId: "org:ituc" },
    { text: "ITUC Latin America and the Caribbean trains union organisers in Lima.", name: "ITUC Latin America and the Caribbean", kind: "ORGANIZATION", parentId: "org:ituc" },
    { text: "From Accra, ICMC West Africa advises returnees on small loans.", name: "ICMC West Africa", kind: "ORGANIZATION", parentId: "org:icmc" },
    { text: "ICMC Great Lakes. This office was opened in Goma in 2003.", name: "ICMC Great Lakes", kind: "ORGANIZATION", parentId: "org:icmc" },
  ],
  negative: [
    { text: "ICMC Europe Regional Office opened in Brussels.", name: "ICMC Europe" },
    { text: "The OHCHR Europe Regional Office organized a seminar.", name: "OHCHR Europe" },
    // A region after a verb is where the body works, not a branch's name.
    { text: "ICMC works in Europe and Asia.", name: "ICMC Europe" },
    { text: "ICMC works in West Africa and the Sahel.", name: "ICMC West Africa" },
    // A longer capitalised name goes on after the region: not cut at the region.
    { text: "The ITUC Latin America and the Caribbean Youth Desk met in Quito.", name: "ITUC Latin America" },
    { text: "ITUC West African unions signed the charter.", name: "ITUC West Africa" },
  ],
};
