import type { HeadingList } from "./listRules.js";

/**
 * A treaty's status table whose header row gives the binding act a column of its own ("State | Signature |
 * Ratification, accession (a), succession (d)", "Country | Date of ratification | Date deposited") lists the states bound by the treaty whatever label stands above
 * it ("Participants, A to F"): the header says what the rows are. Only a date in the binding column binds a state
 * (tableColumns.ts), so a signatory is no party. The topic is the section's or page's convention.
 */
export const BINDING_COLUMN_TABLE: HeadingList = {
  id: "binding-column-table",
  heading: /^$/,
  type: "RATIFIED",
  rows: ["COUNTRY"],
  topics: ["CONVENTION"],
  confidence: 0.75,
  examples: {
    positive: [
      // A binding column alone, without a signature column beside it.
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nList of countries\n\nCountry | Date of ratification | Date deposited\nChile | 11 Apr 2018 | 2 May 2018\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // The treaty is named only by the heading above its fields; the table sits under a label of its own.
      { text: "Treaty status\n\nConvention relating to the Status of Stateless Persons\nConcluded: New York, 28 September 1954\nEntry into force: 6 June 1960\n\nParticipants, A to C\n\nState | Signature | Ratification, accession (a)\nAngola |  | 7 Oct 2019 a\nBelgium | 28 Sep 1954 | 27 May 1960\n", expect: ["ctry:ao", "conv:statelessness-1954"] },
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nParticipants\n\nState | Signature | Ratification, accession (a)\nChile |  | 11 Apr 2018 a\nItaly | 20 Oct 1954 | 3 Dec 1962\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // The binding act named as the deposit of the instrument.
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nParticipants\n\nState | Instrument deposited | Effective\nChile | 11 Apr 2018 a | 10 Jul 2018\nItaly | 3 Dec 1962 | 3 Mar 1963\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // The heading above names the treaty; the prose under it mentions another one it builds on.
      { text: "Treaty status\n\nConvention relating to the Status of Stateless Persons (1954): parties A to M\nConcluded: New York, 28 September 1954\n\nBackground\n\nThe text builds on the 1951 Refugee Convention.\n\nParticipants\n\nState | Instrument deposited | Effective\nChile | 11 Apr 2018 a | 10 Jul 2018\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // A status note opening on the treaty's full name, a line too long for a heading, then prose on another treaty.
      { text: "Treaty status note\n\nConvention relating to the Status of Stateless Persons, adopted in New York on 28 September 1954: parties A to M\n\nBackground\n\nThe text builds on the 1951 Refugee Convention.\n\nParticipants\n\nState | Instrument deposited | Effective\nChile | 11 Apr 2018 a | 10 Jul 2018\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // Tab-separated columns, the header under no label at all.
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nParticipant\tSignature\tRatification\nChile\t\t11 Apr 2018\nItaly\t20 Oct 1954\t3 Dec 1962\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
    ],
    negative: [
      // A header without a binding column lists no parties.
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nEvents\n\nCountry | Date | Place\nChile | 11 Apr 2018 | Santiago\n", expect: ["ctry:cl", "conv:statelessness-1954"] },
      // Signed only: a date under Signature and none under the binding column.
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nParticipants\n\nState | Signature | Ratification, accession (a)\nColombia | 30 Dec 1954 |\nItaly | 20 Oct 1954 | 3 Dec 1962\n", expect: ["ctry:co", "conv:statelessness-1954"] },
      { text: "Convention relating to the Status of Stateless Persons\n\nIt entered into force in 1960.\n\nParticipant\tSignature\tRatification\nColombia\t30 Dec 1954\t\nItaly\t20 Oct 1954\t3 Dec 1962\n", expect: ["ctry:co", "conv:statelessness-1954"] },
    ],
  },
};
