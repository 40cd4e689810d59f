import type { NameRule } from "./NameRule.js";

/**
 * A directory files a state's body under a banner of fields, the last one its state ("DIRECTORY OF PORT AUTHORITIES |
 * West Africa | Tinland"), or prints its title line "Body (ACR), Tinland - profile" too long to be read as a heading.
 * Either way the page is about one state's body, and the ministries it names bare are that state's (pageState.ts,
 * nationalBody.ts), as on a page titled by the body and its state (TITLE_STATE).
 */
export const PAGE_STATE: NameRule = {
  id: "page-state",
  what: "A page under a banner of bar-separated fields whose last field is a state, titled by a body whose own name carries that state (its name or demonym, in capitals or not), or a page whose opening line is '<body> (ACR), <state> - profile' however long: a ministry or department the page names without a state, in a sentence naming no other state, is that state's. A banner over a title that names no state, over an international body or over a headline, or a banner ending on no state, gives none.",
  words: [],
  positive: [
    { text: "DIRECTORY OF PORT AUTHORITIES | West Africa | Ghana\n\nGHANA HARBOUR SAFETY BOARD (GHSB)\n\nThe Board was moved in 2015 to the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries", kind: "ORGANIZATION" },
    { text: "NATIONAL AGENCIES | Northern Europe | Norway\n\nNorwegian Office for Coastal Pilots (NOCP)\n\nThe office answers to the Ministry of Trade and Fisheries.", name: "Norwegian Ministry of Trade and Fisheries", kind: "ORGANIZATION" },
    { text: "Ministry of Inland Waterways, River Ports and Coastal Shipping Administration (MIWRCS), Ghana - organisation profile\n\nPort authorities | West Africa\n\nThe ministry took over the river pilots from the Ministry of Transport in 2011.", name: "Ghanaian Ministry of Transport", kind: "ORGANIZATION" },
  ],
  negative: [
    // The banner's state, but the title is an international body's: whose ministry it is, the page does not say.
    { text: "DIRECTORY OF PORT AUTHORITIES | West Africa | Ghana\n\nInternational Harbour Safety Network (IHSN)\n\nThe network works with the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // A banner ending on a topic, not a state.
    { text: "DIRECTORY OF AGENCIES | West Africa | Ports\n\nGhana Harbour Safety Board (GHSB)\n\nThe Board was moved in 2015 to the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // A headline under the banner names no body of the state.
    { text: "NEWS | West Africa | Ghana\n\nGhana opens a new harbour in Tema\n\nThe Ministry of Ports and Fisheries opened it on Monday.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // Another state named in the sentence by its demonym: the ministry is that state's, not the page's.
    { text: "DIRECTORY OF PORT AUTHORITIES | West Africa | Ghana\n\nGHANA HARBOUR SAFETY BOARD (GHSB)\n\nThe Danish Pilotage Office of the Ministry of Trade and Fisheries trained its pilots.", name: "Ghanaian Ministry of Trade and Fisheries" },
    // Another state named in the sentence.
    { text: "DIRECTORY OF PORT AUTHORITIES | West Africa | Ghana\n\nGHANA HARBOUR SAFETY BOARD (GHSB)\n\nIts office in Togo works with the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries" },
  ],
};
