import type { ProgrammeList } from "./programmeListRules.js";

/**
 * Where a body has its seat and offices, as the field lines of its profile give them: "Headquarters: Tallinn,
 * Estonia", "Liaison Office: Brussels, Belgium", "Regional office — Dakar, Senegal". The body works in the state of
 * each place (OPERATES_IN). The labels are bare, like a programme sheet's (programmeListRules.ts): the page title,
 * the section heading or the label itself must name the body. A label the lexicon counts as another thing's
 * ("Office: contact" on a programme's sheet, labelLexicon.ts OTHER_HEADS) is still read here, because these heads
 * name a place of the body's own work, never an address for readers to write to.
 * Read by labelLists.ts like the lists in listRules.ts.
 */
const SEAWAYS = "sea-TRACK: agency profile\n\nFull name: Agency for the Safety of Coastal Shipping Lanes\n\n";

export const OFFICE_LISTS: ProgrammeList[] = [
  {
    id: "body-offices",
    heading: /^(?:headquarters|head\s?quarters|head office|(?:main |permanent |official )?seat|(?:regional|sub-?regional|country|liaison|field|branch|representation|operational|coordination) offices?|operational (?:centre|center|site)|(?:business continuity|back-?up|disaster recovery) (?:site|centre|center))$/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, readsOtherHeads: true, seatCities: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${SEAWAYS}Headquarters: Valletta, Malta`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:mt"] },
        { text: `${SEAWAYS}Where it works\n\n- Seat: Valletta, Malta.\n- Liaison Office: Lisbon, Portugal, near the ministries.\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
        { text: `${SEAWAYS}Offices\n\nOperational centre: Gdansk, Poland. The ship registers are kept here.\nBack-up site: Oulu, Finland\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:fi"] },
        // A seat named by its city alone lies in the city's state (seatCity.ts).
        { text: `${SEAWAYS}Type: maritime safety agency\nHead office: Jakarta\nStaff: 300\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:id"] },
        { text: `${SEAWAYS}Headquarters: Ottawa, Ontario\nFormed: 1994\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:ca"] },
        { text: `${SEAWAYS}Seat: Mexico City\nFormed: 2001\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:mx"] },
        // A city closing its row's sentence.
        { text: `${SEAWAYS}Type: maritime safety agency\nHead office: Jakarta.\nStaff: 300\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:id"] },
      ],
      negative: [
        // A place the body's people only visit, or one named in a later sentence of the row, is no office.
        { text: `${SEAWAYS}Study visits: Lisbon, Portugal`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
        { text: `${SEAWAYS}Headquarters: Valletta, Malta. Its inspectors often sail to Tunisia.`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:tn"] },
        // An office planned is not yet one.
        { text: `${SEAWAYS}Planned liaison office: Lisbon, Portugal`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
        // A seat the row dates to its end is no seat now, by its city or its state (rowQualifier.ts).
        { text: `${SEAWAYS}Headquarters: Geneva (until 2015); now Bonn\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:ch"] },
        { text: `${SEAWAYS}Head office: Ottawa, Canada (until 2012)\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:ca"] },
        // A city the catalog does not know, or a street before the city, names no state.
        { text: `${SEAWAYS}Seat: Quellenweg 6, Bern-Wabern\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:ch"] },
      ],
    },
  },
  {
    // The state whose territory a public body serves, as its profile's field gives it: "Jurisdiction: Canada",
    // "Country of operation: Türkiye (81 provinces)", "Works in: Mexico, at airports and land crossings". The field
    // names where the body itself works, like its seat; the page title or the label must name the body.
    id: "body-jurisdiction",
    heading: /^(?:jurisdiction|(?:countr(?:y|ies)|states?) of operations?|(?:works|operates|active) in)$/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${SEAWAYS}Type: federal authority\nJurisdiction: Malta\nStaff: 300\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:mt"] },
        { text: `${SEAWAYS}Jurisdiction: Government of Canada\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:ca"] },
        { text: `${SEAWAYS}Seat: Ankara\nCountry of operation: Türkiye (81 provinces)\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:tr"] },
        { text: `${SEAWAYS}Works in: Mexico, at airports, seaports and land crossings\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:mx"] },
      ],
      negative: [
        // A field with no state of its own, or one that names a state only in a later sentence of its row, is no place it works.
        { text: `${SEAWAYS}Jurisdiction: none (advisory); advises Tunisia\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:tn"] },
        { text: `${SEAWAYS}Jurisdiction: Malta. Its crews are recruited from Ghana.\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:gh"] },
        // A jurisdiction planned is not yet one.
        { text: `${SEAWAYS}Planned country of operation: Tunisia\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:tn"] },
      ],
    },
  },
];
