import type { HeadingList } from "./HeadingList.js";

/**
 * A treaty's parties printed under a label ("Ratifications:", "States parties", "Contracting States", "Ratified or
 * acceded:"), one state per row or line, each with an optional date: each row RATIFIED the treaty the label, section
 * or page names (listRules.ts HEADING_LISTS).
 */
export const RATIFICATION_LIST: HeadingList = {
  id: "ratifications",
  // Accession and succession bind a state as ratification does; a status page lists them together.
  heading: /^(?:(?:status of\s+)?(?:ratifications?|accessions?|successions?)\b(?:\s*(?:,|and|or)\s*(?:ratifications?|accessions?|successions?)\b)*(?!\s+(?:campaign|events?|plans?|strategy|workshops?|seminars?)\b)|states parties|ratified by|parties|ratifying (?:states|countries)|(?:list of\s+)?contracting (?:states|parties)|(?:states|countries|governments)(?: that| which)? (?:have )?(?:ratified|acceded)(?: (?:to )?(?:it|the (?:convention|protocol|treaty)))?$|(?:ratified|acceded)(?:\s*(?:,|and|or|\/)\s*(?:ratified|acceded))?$)\b/i,
  type: "RATIFIED", rows: ["COUNTRY"], topics: ["CONVENTION"], confidence: 0.75,
  examples: {
    positive: [
      { text: "Two conventions\n\nMigrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)\n\nIt came into force in 1978.\n\nRatifications, with the year:\nItaly: 1981\nKenya: 1979\n", expect: ["ctry:ke", "conv:ilo-c143"] },
      // A status table: one state per row, its columns apart, the date in its own column.
      { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nRatifications\n\nState | Registered | Status\nGuyana | 9 Aug 2013 | In force\nChile | 10 Jun 2015 | In force\n", expect: ["ctry:cl", "conv:ilo-c189"] },
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nStatus of accession and succession\n\nBrazil ........ 7 Apr 1972\nNorway ........ 28 Nov 1967\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
      // A label that names its treaty, printed alone ("… to the X") or before a colon however long the name.
      { text: "Two treaties\n\nSome text on refugees.\n\nRatifications and accessions to the Protocol relating to the Status of Refugees\n\n- Brazil, 7 April 1972\n- Norway, 28 November 1967\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
      { text: "Two treaties\n\nSome text on workers.\n\nParties to the Domestic Workers Convention, 2011 (year of ratification): Guyana (2013); Chile (2015); Belgium (2015).", expect: ["ctry:be", "conv:ilo-c189"] },
      // A status summary by act: "Ratified:" lists the parties, "Signed only:" lists none.
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nRatified or acceded: Brazil, Norway\nSigned only: Japan\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
      // Treaty law's own word for the parties, and a label that is a relative clause.
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nContracting States\n\nBrazil\nNorway\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nStates that have acceded\n\nBrazil: 07/04/1972\nNorway: 28/11/1967\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
    ],
    negative: [
      { text: "Two conventions\n\nMigrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)\n\nIt came into force in 1978.\n\nMeetings on it:\nItaly: 1981\nKenya: 1979\n", expect: ["ctry:ke", "conv:ilo-c143"] },
      { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nRatification campaign events\n\nCity | Date\nSantiago, Chile | 10 Jun 2015\nGeorgetown, Guyana | 9 Aug 2013\n", expect: ["ctry:cl", "conv:ilo-c189"] },
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nRatified or acceded: Brazil, Norway\nSigned only: Japan\n", expect: ["ctry:jp", "conv:refugee-protocol-1967"] },
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nNot ratified: Japan\n", expect: ["ctry:jp", "conv:refugee-protocol-1967"] },
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nStates that have not acceded\n\nJapan\n", expect: ["ctry:jp", "conv:refugee-protocol-1967"] },
      // A label of signatories ends the parties' list above it.
      { text: "Protocol relating to the Status of Refugees\n\nIt widened the 1951 Convention.\n\nParties (2)\nBrazil (1972), Norway (1967)\n\nSignatories (1)\nJapan\n", expect: ["ctry:jp", "conv:refugee-protocol-1967"] },
      // A label line that names something else than the list's topic is no label of it.
      { text: "Two treaties\n\nSome text on refugees.\n\nRatifications and accessions: the view of Brazil\n\n- Brazil, 7 April 1972\n- Norway, 28 November 1967\n", expect: ["ctry:no", "conv:refugee-protocol-1967"] },
    ],
  },
};
