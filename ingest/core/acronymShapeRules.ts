import type { IdentityRule } from "./identityRules.js";

/** Identity rules for acronyms written in other ways than "Name (ACR)" spelled by the name's initials (see identityRules.ts). */

export const TRANSLATED_ACRONYM: IdentityRule<{ minWords: number }> = {
  id: "translated-acronym",
  what: "'Federal Office for Fisheries and Ports (BAFH)': an acronym in brackets after a whole name whose letters the name does not spell, and that starts with another letter than the name, abbreviates the name in its own language or a coined form; it still names that body (not a catalog acronym, the name headed by a kind noun and of three words or more, and no unit or generic office: 'Fisheries Branch (FISH)', 'Regional Office for the Coast (ROC)' are read with their parent). An acronym opening with the name's own first letter but not spelled by it binds nothing (ACRONYM_LETTERS). A state's demonym opening the name ('German …') is a word of the name: the letters may not skip it to fit a tail.",
  words: { minWords: 3 },
  positive: [
    { text: "The Federal Office for Fisheries and Ports (BAFH) funds the Coastal Return Programme. BAFH also trains pilots.", mentions: { id: "org:federal-office-for-fisheries-and-ports", count: 2 } },
    // Letters that fit only a tail naming nothing ("Refugees and Fishers from Chile") still abbreviate the whole name.
    { text: "The Joint Coordination Platform for Refugees and Fishers from Chile (R4F) is co-led by UNHCR and IOM. R4F met in Lima.", mentions: { id: "ini:joint-coordination-platform-for-refugees-and-fishers-from-chile", count: 2 } },
    // A state's demonym opening the name is a word of it, not a word the letters may skip ("German Harbour Institute (HIK)").
    { text: "A 2019 study for the German Harbour Institute (HIK) found gaps. HIK then advised the port.", mentions: { id: "org:german-harbour-institute", count: 2 } },
  ],
  negative: [
    { text: "The Network of Harbour Researchers on Coastal Trade (NEXTRA) met in May. NEXTRA published a note.", mentions: { id: "ini:network-of-harbour-researchers-on-coastal-trade", count: 1 } },
    { text: "A 2019 study for the German Harbour Institute (HIK) found gaps. HIK then advised the port.", absent: ["org:harbour-institute"] },
  ],
};

export const UNDEFINED_INITIALS: IdentityRule<{ optional: string[]; classNouns: string[] }> = {
  id: "undefined-initials",
  what: "An acronym the text never defines, followed by a lower-case class noun ('the CFIC initiative', 'the CFIC process'), is the one programme, forum or treaty name of the document that spells it (bodies define their acronyms; a body's 'MSC' may name its resolutions): the first letters of its capitalised words in order, each small connector ('in', 'of', 'on', 'for', 'and') counted or not, and the closing head noun ('Initiative', 'Programme') too ('Coastal Fishers in Crisis Initiative' spells CFIC, CFC and CFICI). Two names spelling it leave it unread.",
  words: {
    optional: ["in", "of", "on", "for", "and"],
    classNouns: "initiative programme program project process platform network framework fund facility campaign dialogue partnership".split(" "),
  },
  positive: [
    { text: "The annex lists the partners of the CFIC initiative. IOM leads the Coastal Fishers in Crisis Initiative with Chile.", mentions: { id: "ini:coastal-fishers-in-crisis-initiative", count: 2 } },
  ],
  negative: [
    { text: "The CFIC initiative was praised. IOM leads the Coastal Fishers in Crisis Initiative, and Chile leads the Coastal Farmers in Crisis Initiative.", mentions: { id: "ini:coastal-fishers-in-crisis-initiative", count: 1 } },
  ],
};

export const DASH_ACRONYM: IdentityRule = {
  id: "dash-acronym",
  what: "'the Coastal Fisheries Response Plan – CFRP': an acronym after a spaced dash, closing its clause, that the whole name before it spells and no catalog entity owns, defines that name as brackets do. A known body after a dash ('the Coastal Summit – IOM') or letters the name does not spell stay apart.",
  words: [],
  positive: [
    { text: "The Coastal Fisheries Response Plan – CFRP brings together forty partners. Chile funds the CFRP.", mentions: { id: "ini:coastal-fisheries-response-plan", count: 2 } },
  ],
  negative: [
    { text: "The Coastal Fisheries Response Plan – XYZ brings together forty partners. Chile funds the XYZ.", mentions: { id: "ini:coastal-fisheries-response-plan", count: 1 } },
  ],
};

