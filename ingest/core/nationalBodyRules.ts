import type { NameRule } from "./NameRule.js";

/**
 * "Kenya's State Department for Fisheries", "the Ministry of Ports of Tinland": a ministry or department is one of
 * every state's bodies, so its name alone names none; written with its state it names that state's body. Read by
 * nationalBody.ts.
 */
export const NATIONAL_BODIES: NameRule<{ heads: string[] }> = {
  id: "national-bodies",
  what: "A name opening with a ministry's or department's head ('Ministry of …', 'Department of …', 'State Department for …') names a body only with its state: a country's possessive before it, 'its' in a clause that names that one country before it, or 'of <country>' right after it. The entity is named by the state's demonym where the catalog has one, else its name ('Spanish Ministry of …', 'Fiji Ministry of …', as authors write them); 'of the Government of <country>' is the state's, not the name's, '<name> of <country>' is an alias (the other way authors write it; a name opening on the demonym gets it too), and the state stays a mention of its own. Without a state the phrase names no entity, unless the page gives a title of four capitalised words or more its acronym ('the Ministry of Labour, Invalids and Social Affairs (MOLISA)').",
  words: { heads: ["Ministry", "Department", "State Department"] },
  positive: [
    { text: "Ghana's State Department for Fisheries and Coastal Services joined the Harbour Forum.", name: "Ghanaian State Department for Fisheries and Coastal Services", kind: "ORGANIZATION" },
    { text: "The Department of Ports and Harbours of Malawi chairs the Lake Transport Dialogue.", name: "Malawian Department of Ports and Harbours", kind: "ORGANIZATION" },
    // An article may open the title's complement.
    { text: "The Ministry of the Lakes of Malawi chairs the Lake Transport Dialogue.", name: "Malawian Ministry of the Lakes", kind: "ORGANIZATION" },
    { text: "The Ministry of Manpower of Indonesia signed the agreement with the Harbour Forum.", name: "Indonesian Ministry of Manpower", kind: "ORGANIZATION" },
    // A state whose name opens with a capitalised article.
    { text: "The project works with the Ministry of Fisheries of The Gambia on landing sites.", name: "Gambian Ministry of Fisheries", kind: "ORGANIZATION" },
    { text: "WHO worked with the Ministry of Health and Fisheries of the Government of Spain on the survey.", name: "Spanish Ministry of Health and Fisheries", kind: "ORGANIZATION" },
    { text: "Ghana takes part through its Ministry of Fisheries and Ports, which chairs the Harbour Forum.", name: "Ghanaian Ministry of Fisheries and Ports", kind: "ORGANIZATION" },
    { text: "Peru's Ministry of Fisheries, Ports and Coastal Affairs funds the Harbour Atlas Project.", name: "Peruvian Ministry of Fisheries, Ports and Coastal Affairs", kind: "ORGANIZATION" },
    // A long title the page gives its acronym names one body, its state unwritten.
    { text: "Officials of the Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) attended the Harbour Forum.", name: "Ministry of Fisheries, Ports and Coastal Affairs", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The Ministry of Fisheries and Ports chairs the Harbour Forum.", name: "Ministry of Fisheries and Ports" },
    { text: "The Ministry of the Lakes chairs the Lake Transport Dialogue.", name: "Ministry of the Lakes" },
    { text: "A Department of Coastal Affairs exists in most member states of the Harbour Forum.", name: "Department of Coastal Affairs" },
    { text: "Officials of the Ministry of Labour met Malawi's delegation.", name: "Malawi Ministry of Labour" },
    { text: "WHO worked with the Ministry of Health and Fisheries of the Government of Spain on the survey.", name: "Spanish Ministry of Health and Fisheries of the Government" },
    { text: "Ghana and IOM signed it; its Ministry of Fisheries and Ports will report.", name: "Ghanaian Ministry of Fisheries and Ports" },
    { text: "The Government of Malawi and the Ministry of Labour agreed.", name: "Ministry of Labour" },
    // A short title is many states' even with an acronym.
    { text: "The Ministry of Fisheries (MOF) chairs the Harbour Forum.", name: "Ministry of Fisheries" },
    { text: "The Ministry of Labour and Social Affairs (MOLSA) joined the Harbour Forum.", name: "Ministry of Labour and Social Affairs" },
    // A word before the head that is no demonym names no state.
    { text: "The Coastal Ministry of Fisheries funds the Harbour Atlas Project.", name: "Ministry of Fisheries of Coastal" },
  ],
};
