import type { NameRule } from "./NameRule.js";

/**
 * A directory files a state's body under a banner of fields, the last one its state ("DIRECTORY OF PORT AUTHORITIES |
 * West Africa | Tinland"), or prints its title line "Body (ACR), Tinland - profile" too long to be read as a heading.
 * Either way the page is about one state's body, and the ministries it names bare are that state's (pageState.ts,
 * nationalBody.ts), as on a page titled by the body and its state (TITLE_STATE).
 */
export const PAGE_STATE: NameRule = {
  id: "page-state",
  what: "A page under a banner of bar-separated fields whose last field is a state, titled by a body whose own name carries that state (its name or demonym, in capitals or not), or a page whose opening line is '<body> (ACR), <state> - profile' however long: a ministry or department the page names without a state is that state's, unless the paragraph names another state before it or its sentence names one after it (by name, demonym or catalog city). The banner is trusted only when the title names the banner's state: a banner over a title that names no state or another one, over a headline, or a banner ending on no state, gives none, so a state body titled without its state gets nothing.",
  words: [],
  positive: [
    // A banner over a mixed-case title that carries the state's name.
    { text: "Agencies | South America | Peru\n\nPeru Coastal Pilots Bureau\n\nSince 2013 the bureau has reported to the Ministry of Infrastructure and Tourism.", name: "Peruvian Ministry of Infrastructure and Tourism", kind: "ORGANIZATION" },
    // The title carries the state's demonym; the ministry is named as a partner, not a parent.
    { text: "Agencies | Andes | Chile\n\nChilean Agency for Seasonal Farm Work (CASFW)\n\nEach spring the service sets a quota with the Ministry of Agriculture and Irrigation.", name: "Chilean Ministry of Agriculture and Irrigation", kind: "ORGANIZATION" },
    // An opening line too long for a title, its state after the acronym and a remark after a bar.
    { text: "National Directorate of Coastal Pilots, Harbour Masters and Lighthouse Keepers (NDCPHL), Peru - profile\n\nRegions | South America\n\nIn 2010 the directorate took the lighthouses over from the Ministry of Defence.", name: "Peruvian Ministry of Defence", kind: "ORGANIZATION" },
  ],
  negative: [
    // The banner's state, but the title is a regional body's: whose ministry it is, the page does not say.
    { text: "Agencies | South America | Peru\n\nAndean Pilotage Alliance\n\nMembers meet at the Ministry of Infrastructure and Tourism every year.", name: "Peruvian Ministry of Infrastructure and Tourism" },
    // A body's title that names no state at all: the banner alone does not make its ministries the banner state's.
    { text: "Agencies | South America | Peru\n\nCoastal Pilots Bureau (CPB)\n\nSince 2013 the bureau has reported to the Ministry of Infrastructure and Tourism.", name: "Peruvian Ministry of Infrastructure and Tourism" },
    // A body of another state under the banner: its ministries are not the banner state's.
    { text: "Agencies | South America | Peru\n\nChilean Agency for Seasonal Farm Work (CASFW)\n\nEach spring the service and the Ministry of Agriculture and Irrigation agree on a quota.", name: "Peruvian Ministry of Agriculture and Irrigation" },
    // A banner ending on a topic, not a state.
    { text: "Agencies | South America | Shipping\n\nPeru Coastal Pilots Bureau\n\nSince 2013 the bureau has reported to the Ministry of Infrastructure and Tourism.", name: "Peruvian Ministry of Infrastructure and Tourism" },
    // A headline under the banner names no body of the state.
    { text: "Reports | South America | Peru\n\nPeru widens its main wharf\n\nThe Ministry of Infrastructure and Tourism paid for the work.", name: "Peruvian Ministry of Infrastructure and Tourism" },
    // Another state named by its demonym after the ministry: the ministry is that state's.
    { text: "Agencies | South America | Peru\n\nPeru Coastal Pilots Bureau\n\nIts pilots sit exams at the Ministry of Marine Trade, which licenses Bolivian lake pilots as well.", name: "Peruvian Ministry of Marine Trade" },
    // Another state named in the sentence before: the ministry is the host state's.
    { text: "Agencies | South America | Peru\n\nPeru Coastal Pilots Bureau\n\nThe bureau opened a desk in Arica, Chile, in 2020. There it shares a wharf with the Ministry of Works and Transport.", name: "Peruvian Ministry of Works and Transport" },
    // A catalog city of another state places the ministry there.
    { text: "Agencies | South America | Peru\n\nPeru Coastal Pilots Bureau\n\nIn Santiago the bureau's pilots trained staff of the Ministry of Works and Transport.", name: "Peruvian Ministry of Works and Transport" },
  ],
};
