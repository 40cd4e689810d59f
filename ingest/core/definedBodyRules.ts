import type { NameRule } from "./NameRule.js";

/**
 * Head words that name a body only when the text defines its acronym: "the Coastal Immigration Service (CIS)" is a
 * body, while "a financial service" or "the Civil Service" are common nouns. Read by acronymDefinitions.ts.
 */
export const DEFINED_BODY_HEADS: NameRule = {
  id: "defined-body-heads",
  what: "A name defined with its acronym whose head is 'Service', 'Services', 'Corps', 'Police' or 'Inspectorate' ('the Tinland Harbour Service (THS)') is an organization; without the acronym these heads name no entity, nor with a plural acronym ('National Harbour Services (NHSs)': every country's).",
  words: ["Service", "Services", "Corps", "Police", "Inspectorate"],
  positive: [
    { text: "The Ghana Harbour Immigration Service (GHIS) checks crews. GHIS opened an office in Tema.", name: "Ghana Harbour Immigration Service", kind: "ORGANIZATION" },
    { text: "Boats are checked by the Coastal Labour Inspectorate (CLI) every year.", name: "Coastal Labour Inspectorate", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The port offers a Coastal Ferry Service every morning.", name: "Coastal Ferry Service" },
    { text: "Data come from the Coastal Ferry Service (2019) tables.", name: "Coastal Ferry Service" },
    { text: "WMO helps the National Harbour and Ferry Services (NHFSs) of its members.", name: "National Harbour and Ferry Services" },
  ],
};
