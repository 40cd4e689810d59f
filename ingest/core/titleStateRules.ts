import type { NameRule } from "./NameRule.js";

/**
 * A directory's profile of one state's body is titled by the body and its state: "Department of Coastal Affairs
 * (DCA), Tinland - agency profile". The state the title writes beside the body is the page's state: the ministries and
 * departments the page names without one ("it works with the Department of Fisheries") are that state's, as
 * "Tinland's Department of Fisheries" would be (NATIONAL_BODIES). Read by recognise.ts and nationalBody.ts.
 */
export const TITLE_STATE: NameRule = {
  id: "title-state",
  what: "A page titled '<body> (ACR), <state>' or '<body> (<state>)' (optionally followed by a dash and lower-case words saying what the page is: 'organisation profile', 'fact sheet') is about that state's body: the titled body is an entity, named as a ministry with its state is, and a ministry or department the page names without a state, in a sentence that names no other state, is that state's (its name as written is an alias). A title naming no state beside its body, or a sentence naming another state, gives no state.",
  words: [],
  positive: [
    { text: "Department of Coastal Affairs (DCA), Ghana - agency profile\n\nThe Department runs the Harbour Fund. It took over two offices from the Ministry of Ports and Fisheries.", name: "Ghanaian Department of Coastal Affairs", kind: "ORGANIZATION" },
    { text: "Department of Coastal Affairs (DCA), Ghana - agency profile\n\nThe Department runs the Harbour Fund. It took over two offices from the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries", kind: "ORGANIZATION" },
    { text: "Harbour Workers Authority, Kenya - profile\n\nThe authority reports to the Ministry of Labour and Social Protection.", name: "Kenyan Ministry of Labour and Social Protection", kind: "ORGANIZATION" },
    // Another title shape: no acronym, and a bar before what the page is.
    { text: "Office of Lagoon Safety, Ghana | fact sheet\n\nThe office answers to the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries", kind: "ORGANIZATION" },
    // The state in brackets after the body, a dash and what the page is after it.
    { text: "Department of Coastal Affairs (Ghana) — organisation profile\n\nThe department took over two offices from the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries", kind: "ORGANIZATION" },
    { text: "Harbour Workers Authority (Kenya) - profile\n\nThe authority reports to the Department of Labour.", name: "Kenyan Department of Labour", kind: "ORGANIZATION" },
    { text: "Office of Lagoon Safety (Peru)\n\nThe office answers to the Ministry of Ports and Fisheries.", name: "Peruvian Ministry of Ports and Fisheries", kind: "ORGANIZATION" },
    // The title line opens the page, too long to be read as its title, over a directory's breadcrumb: still the page's body.
    { text: "Ministry of Harbour Pilots, Lighthouse Keepers and Coastal Seafarers (MHPLKCS), Ghana - organisation profile\n\nDirectory of national maritime authorities | West Africa\n\nType: ministry of the Government of Ghana\nThe ministry licenses harbour pilots.", name: "Ghanaian Ministry of Harbour Pilots, Lighthouse Keepers and Coastal Seafarers", kind: "ORGANIZATION" },
  ],
  negative: [
    // No state beside the titled body: one of every state's ministries, still no entity.
    { text: "Department of Coastal Affairs (DCA) - agency profile\n\nIt took over two offices from the Ministry of Ports and Fisheries.", name: "Ministry of Ports and Fisheries" },
    // Brackets holding the body's acronym, not a state: still no state.
    { text: "Department of Coastal Affairs (DCA) — organisation profile\n\nIt took over two offices from the Ministry of Ports and Fisheries.", name: "Ministry of Ports and Fisheries" },
    // A state in brackets after a headline, not a body's name, is no page state.
    { text: "Floods close the northern harbour (Ghana) - news\n\nThe Ministry of Ports and Fisheries sent boats.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // A state in brackets after a regional body's name: the title gives no state's body, so none of its ministries.
    { text: "Coastal Pilots Network (Ghana) - profile\n\nMembers meet at the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // Another state named in the sentence: whose ministry it is, the page does not say.
    { text: "Department of Coastal Affairs (DCA), Ghana - agency profile\n\nIts office in Togo works with the Ministry of Ports and Fisheries.", name: "Ghanaian Ministry of Ports and Fisheries" },
    // A law named after a department is no body.
    { text: "Department of Coastal Affairs (DCA), Ghana - agency profile\n\nIts budget is set each year under the Department of Coastal Affairs Decree.", name: "Ghanaian Department of Coastal Affairs Decree" },
    // A state in a title that is no body's name (a news headline) is no page state.
    { text: "Ghana opens new harbour, says minister\n\nThe Ministry of Ports and Fisheries opened the harbour.", name: "Ghanaian Ministry of Ports and Fisheries" },
  ],
};

