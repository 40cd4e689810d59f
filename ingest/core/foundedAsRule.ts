import type { IdentityRule } from "./IdentityRule.js";

/** FOUNDED_AS of IDENTITY_RULES (identityRules.ts); alsoCalled.ts reads what it describes. */
export const FOUNDED_AS: IdentityRule = {
  id: "founded-as",
  what: "'X was founded (in 1974) as the Y', 'X, set up in 1990 as the Y,' and a profile's field line 'Founded: 1974, as the Y' under X's heading give Y as X's founding name: one body, named X today, Y its alias, whatever kind Y's own head word suggests. Y must be a whole name closing its clause; 'as the Y's office', 'as a forum', 'as part of the Y' and a state are no founding name, and nor is a field line on a page or section that names no body of its own.",
  words: ["founded", "established", "created", "set up", "formed"],
  positive: [
    { text: "The Harbour Welfare Alliance was founded in 1981 as the Harbour Welfare Consultation. It now counts forty members.", same: ["Harbour Welfare Alliance", "Harbour Welfare Consultation"] },
    { text: "Grants come from the Lagoon Fishers Council, set up in 1990 as the Lagoon Fishers Committee, and from Norway.", same: ["Lagoon Fishers Council", "Lagoon Fishers Committee"] },
    { text: "The Tidewater Seafarers Network was established on 3 May 1999 as the Tidewater Seafarers Forum.", same: ["Tidewater Seafarers Network", "Tidewater Seafarers Forum"] },
    {
      text: "Directory of coastal networks\n\nCOASTAL REFUGE ALLIANCE (CRA)\nNetwork entry: profile\n\nFounded:        1977, as the Coastal Refuge Conference\nSecretariat:    Lisbon, Portugal\n\nABOUT THE NETWORK\nCRA brings together shelters along the coast.",
      same: ["Coastal Refuge Alliance", "Coastal Refuge Conference"],
    },
  ],
  negative: [
    // The body it was set up to serve is another body.
    { text: "The Harbour Welfare Office was founded in 1981 as the Harbour Welfare Consultation's secretariat.", apart: ["Harbour Welfare Office", "Harbour Welfare Consultation"] },
    { text: "The Harbour Welfare Office was founded in 1981 as part of the Harbour Welfare Consultation.", apart: ["Harbour Welfare Office", "Harbour Welfare Consultation"] },
    // A plural verb has another subject than the body named just before it.
    { text: "Grants from the Harbour Welfare Alliance were set up in 1990 as the Harbour Relief Fund.", apart: ["Harbour Welfare Alliance", "Harbour Relief Fund"] },
    // A directory's second entry, whose heading defines no body: its field line is not the first entry's.
    {
      text: "Directory of coastal networks\n\nHARBOUR WELFARE ALLIANCE (HWA)\nFounded:        1981\nSecretariat:    Porto, Portugal\n\nLAGOON SHELTER NETWORK\nFounded:        1977, as the Coastal Refuge Conference\nSecretariat:    Lisbon, Portugal\n\nHWA works with shelters along the coast.",
      apart: ["Harbour Welfare Alliance", "Coastal Refuge Conference"],
    },
  ],
};
