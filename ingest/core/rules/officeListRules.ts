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
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, readsOtherHeads: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${SEAWAYS}Headquarters: Valletta, Malta`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:mt"] },
        { text: `${SEAWAYS}Where it works\n\n- Seat: Valletta, Malta.\n- Liaison Office: Lisbon, Portugal, near the ministries.\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
        { text: `${SEAWAYS}Offices\n\nOperational centre: Gdansk, Poland. The ship registers are kept here.\nBack-up site: Oulu, Finland\n`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:fi"] },
      ],
      negative: [
        // A place the body's people only visit, or one named in a later sentence of the row, is no office.
        { text: `${SEAWAYS}Study visits: Lisbon, Portugal`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
        { text: `${SEAWAYS}Headquarters: Valletta, Malta. Its inspectors often sail to Tunisia.`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:tn"] },
        // An office planned is not yet one.
        { text: `${SEAWAYS}Planned liaison office: Lisbon, Portugal`, expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ctry:pt"] },
      ],
    },
  },
];
