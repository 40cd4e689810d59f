/**
 * "IOM Regional Office for Southern Africa (Pretoria)", "Coastal Fishers Network (Ghana)": a place in brackets after a
 * title says where the body sits or works, it is no acronym of the name, so the place's later uses are no mentions of
 * the body (BRACKETED_PLACE). A place is a city or a country the catalog knows, as placeTest.ts reads it. Specs: test/unit/bracketPlace.test.ts.
 */
export const BRACKETED_PLACE = {
  id: "bracketed-place",
  what: "A bracket closing a page or section title that holds a known city or country ('… Office for Southern Africa (Pretoria)') gives no acronym; a bracket of other letters ('(CMD)', '(Sida)') still does.",
  positive: [
    { text: "UNHCR Coastal Office for Southern Africa (Pretoria)\n\nThe office works in ten countries. Ministers met in Pretoria in 2019.", name: "UNHCR Coastal Office for Southern Africa", acronym: null },
    { text: "Coastal Migration Dialogue (CMD)\n\nChair: Ghana\nSecretariat: IOM", name: "Coastal Migration Dialogue", acronym: "CMD" },
  ],
  /** Brackets whose place must not become the body's acronym: without the rule each would be read as one. */
  negative: [
    { text: "Lagoon Fishers Welfare Office (Mombasa)\n\nThe office helps crews who lost their boats. Its staff visit harbours each month.", name: "Lagoon Fishers Welfare Office", acronym: "Mombasa" },
    { text: "Dune Herders Support Network (Niger)\n\nThe network lends water pumps to families who move with their herds.", name: "Dune Herders Support Network", acronym: "Niger" },
  ],
} as const;
