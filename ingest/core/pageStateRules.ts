import type { NameRule } from "./NameRule.js";

/**
 * A directory files a state's body under a banner of fields, the last one its state ("DIRECTORY OF PORT AUTHORITIES |
 * West Africa | Tinland"), or prints its title line "Body (ACR), Tinland - profile" too long to be read as a heading.
 * Either way the page is about one state's body, and the ministries it names bare are that state's (pageState.ts,
 * nationalBody.ts), as on a page titled by the body and its state (TITLE_STATE).
 */
export const PAGE_STATE: NameRule = {
  id: "page-state",
  what: "A page under a banner of bar-separated fields whose last field is a state, titled by a body whose own name carries that state (its name or demonym, in capitals or not), or a page whose opening line is '<body> (ACR), <state> - profile' however long, or, short of these, a page whose field rows 'Country: <state>' or 'Head office: <city>' (a catalog city that seats no international bodies) all give one and the same state: a ministry or department the page names without a state is that state's, unless the paragraph names another state before it or its sentence names one after it (by name, demonym or catalog city). The banner is trusted only when the title names the banner's state: a banner over a title that names no state or another one, over a headline, or a banner ending on no state, gives none, so a state body titled without its state gets nothing.",
  words: [],
  positive: [
    // A banner over a mixed-case title that carries the state's name.
    { text: "Agencies | South America | Peru\n\nPeru Coastal Pilots Bureau\n\nSince 2013 the bureau has reported to the Ministry of Infrastructure and Tourism.", name: "Peruvian Ministry of Infrastructure and Tourism", kind: "ORGANIZATION" },
    // The title carries the state's demonym; the ministry is named as a partner, not a parent.
    { text: "Agencies | Andes | Chile\n\nChilean Agency for Seasonal Farm Work (CASFW)\n\nEach spring the service sets a quota with the Ministry of Agriculture and Irrigation.", name: "Chilean Ministry of Agriculture and Irrigation", kind: "ORGANIZATION" },
    // An opening line too long for a title, its state after the acronym and a remark after a bar.
    { text: "National Directorate of Coastal Pilots, Harbour Masters and Lighthouse Keepers (NDCPHL), Peru - profile\n\nRegions | South America\n\nIn 2010 the directorate took the lighthouses over from the Ministry of Defence.", name: "Peruvian Ministry of Defence", kind: "ORGANIZATION" },
    // The record's own field rows: its country, or the city of its head office.
    { text: "Agencies | South America\n\nCoastal Pilots Bureau (CPB)\n\nCountry: Peru\nFounded: 1998\n\nSince 2013 the bureau has reported to the Ministry of Infrastructure and Tourism.", name: "Peruvian Ministry of Infrastructure and Tourism", kind: "ORGANIZATION" },
    { text: "Agencies | West Africa\n\nLAGOON FREIGHT OFFICE\n\nHead office: Kumasi, Ashanti Region\nAttached to: Ministry of Roads and Lagoons\n\nThe office licenses lagoon barges.", name: "Ghanaian Ministry of Roads and Lagoons", kind: "ORGANIZATION" },
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
    // Field rows of records in two countries, or two rows that disagree: the page is about no one state.
    { text: "Projects | Andes\n\nLake Pilots Project\nCountry: Peru\nFunded by: the Ministry of Lakes and Rivers\n\nRiver Pilots Project\nCountry: Bolivia\nFunded by: the Harbour Fund", name: "Peruvian Ministry of Lakes and Rivers" },
    { text: "Agencies | Andes\n\nCoastal Pilots Bureau (CPB)\n\nCountry: Peru\nHead office: La Paz\n\nThe bureau reports to the Ministry of Lakes and Rivers.", name: "Peruvian Ministry of Lakes and Rivers" },
    // A head office in a city that seats international bodies is no state's mark.
    { text: "Agencies | Europe\n\nAlpine Pilots Network\n\nHead office: Geneva\n\nThe network works with the Ministry of Lakes and Rivers.", name: "Swiss Ministry of Lakes and Rivers" },
    // A field row's state, but the sentence names another state's ministry.
    { text: "Agencies | Andes\n\nCoastal Pilots Bureau (CPB)\n\nCountry: Peru\n\nIts pilots sit exams at the Ministry of Lakes and Rivers, which licenses Bolivian lake pilots as well.", name: "Peruvian Ministry of Lakes and Rivers" },
    // A department of an international body the page names is that body's, not the state's.
    { text: "Agencies | Andes\n\nCoastal Pilots Bureau (CPB)\n\nCountry: Peru\n\nThe bureau reports to the Department of Lake Safety of the Andean Pilotage Alliance.", name: "Peruvian Department of Lake Safety" },
  ],
};
