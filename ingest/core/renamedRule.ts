import type { IdentityRule } from "./IdentityRule.js";

/** RENAMED of IDENTITY_RULES (identityRules.ts); alsoCalled.ts reads what it describes. */
export const RENAMED: IdentityRule = {
  id: "renamed",
  what: "A body's or text's old name and the new name a clause right after it gives are one entity under the new name: 'X, renamed (the) Y (in 1997)', 'X (later retitled Y)', 'X, which was renamed Y', 'X was renamed Y', 'X changed its name to Y', '… its title changed to Y' after one body of Y's kind in that sentence or the one before, 'X (ACR), as Y was called until 1974', 'X, called Y until 1974', 'X, known until 2016 as Y', 'X was known as Y (or ACR (Y)) until …', 'X went by Y until …', 'X, now (the) Y,' (Y's clause closing right after it), 'X, known today as Y,', 'X (now known as Y)', 'X, which (later) became (the) Y,'; a project renamed as a network or a body may change its kind. The fold holds across the whole graph: another page that writes only the old name names the same id. Either side may be a catalog entity. A body that replaced or succeeded another, or 'its predecessor', is a second body.",
  words: ["renamed", "retitled", "changed its name to", "was called until", "called until", "known as … until", "known until … as", "was known as … until", "went by … until", ", now", "known today as", "now known as", "which became"],
  positive: [
    { text: "The survey was run by the Lagoon Fisheries Board (LFB), as the Lagoon Fisheries Authority was called until 1988. Ghana sent two experts.", same: ["Lagoon Fisheries Board", "Lagoon Fisheries Authority"] },
    { text: "Benin wrote twice to the Bureau for Coastal Trade Fees, as the United Nations Conference on Trade and Development was called until 1971, about port dues.", same: ["Bureau for Coastal Trade Fees", "United Nations Conference on Trade and Development"] },
    { text: "In 1994 Norway joined the Harbour Masters Group, renamed the Tidal Ports Council in 2003, and it paid for a survey.", same: ["Harbour Masters Group", "Tidal Ports Council"] },
    { text: "The draft Pact on Coastal Fishing Quotas, later retitled Pact on Coastal Fishing Rights, was signed in 2001.", same: ["Pact on Coastal Fishing Quotas", "Pact on Coastal Fishing Rights"] },
    { text: "The Coastal Seasonal Workers Scheme changed its name to the Coastal Labour Mobility Programme in 2019, and Togo joined it.", same: ["Coastal Seasonal Workers Scheme", "Coastal Labour Mobility Programme"] },
    { text: "The Tidal Ports Council, called the Harbour Masters Group until 2003, met in Accra.", same: ["Tidal Ports Council", "Harbour Masters Group"] },
    { text: "The Delta Water Authority, known until 2016 as the Delta Irrigation Board, sent two engineers to Niamey.", same: ["Delta Water Authority", "Delta Irrigation Board"] },
    // "was known as … until", "went by … until": the name before the change, spelled out in brackets after its acronym or not.
    { text: "The Working Group on Harbour Trade Data was known as WGHT (Working Group on Harbour Tariffs) until freight was added. Ghana hosts the Working Group on Harbour Trade Data.", same: ["Working Group on Harbour Trade Data", "Working Group on Harbour Tariffs"] },
    { text: "The Tidal Ports Council went by the Harbour Masters Group until its reform, and Togo joined it.", same: ["Tidal Ports Council", "Harbour Masters Group"] },
    { text: "Benin signed with the Delta Irrigation Board, now the Delta Water Authority, a loan for canals.", same: ["Delta Irrigation Board", "Delta Water Authority"] },
    // "known today as", "now known as", "which (later) became": the name the body goes by today, whatever its head noun.
    { text: "Since 1996 the Coastal Migration Project, known today as Coastal Migration International, has brought researchers together.", same: ["Coastal Migration Project", "Coastal Migration International"] },
    { text: "In 1994 Mali joined the Reef Skippers Forum (now known as the Reef Fishing Council) and paid its dues.", same: ["Reef Skippers Forum", "Reef Fishing Council"] },
    { text: "Ghana joined the Harbour Masters Group, which later became the Tidal Ports Council, in 1990.", same: ["Harbour Masters Group", "Tidal Ports Council"] },
    // The rename is stated once; another page that writes only the old name names the same body.
    { text: "The Savanna Seed Office, now the Savanna Seed Agency, opened a store in Tamale.", others: ["Togo bought maize from the Savanna Seed Office in 2009."], same: ["Savanna Seed Office", "Savanna Seed Agency"] },
    { text: "Ghana tabled a draft Pact on Lagoon Fishing Quotas in 1990. Two states objected to it, so the text was redrafted; in 1994 its title changed to the Pact on Lagoon Fishing Rights.", same: ["Pact on Lagoon Fishing Quotas", "Pact on Lagoon Fishing Rights"] },
  ],
  negative: [
    // Two treaties before "its": which one was retitled is unclear.
    { text: "Ghana tabled the Pact on Lagoon Fishing Quotas and the Pact on Lagoon Boat Safety in 1990. In 1994 its title changed to the Pact on Lagoon Fishing Rights.", apart: ["Pact on Lagoon Fishing Quotas", "Pact on Lagoon Fishing Rights"] },
    // A body of another kind before "its": the fund, not the council, may be what was renamed.
    { text: "The Reef Relief Fund was launched by the Lagoon Shipping Board in 1985. In 1999 its name was changed to the Lagoon Maritime Agency.", apart: ["Lagoon Shipping Board", "Lagoon Maritime Agency"] },
    { text: "The Tidal Ports Council, which replaced the Harbour Masters Group in 2003, met in Accra.", apart: ["Tidal Ports Council", "Harbour Masters Group"] },
    { text: "The Tidal Ports Council and its predecessor, the Harbour Masters Group, both met in Accra.", apart: ["Tidal Ports Council", "Harbour Masters Group"] },
    { text: "The Lagoon Fisheries Board, as the Lagoon Fisheries Authority was called to order, opened its session.", apart: ["Lagoon Fisheries Board", "Lagoon Fisheries Authority"] },
    { text: "The Harbour Masters Group renamed the Tidal Ports Forum's working group in 2003.", apart: ["Harbour Masters Group", "Tidal Ports Forum"] },
    { text: "The Delta Irrigation Board, now a member of the Delta Water Authority, sent two engineers.", apart: ["Delta Irrigation Board", "Delta Water Authority"] },
    { text: "The Delta Irrigation Board, now chaired by the Delta Water Authority, sent two engineers.", apart: ["Delta Irrigation Board", "Delta Water Authority"] },
    { text: "The Delta Irrigation Board, known until 2016 as a partner of the Delta Water Authority, sent two engineers.", apart: ["Delta Irrigation Board", "Delta Water Authority"] },
    // "became a member of", "became part of", "became the Y's partner": a second body.
    { text: "Ghana joined the Harbour Masters Group, which became a member of the Tidal Ports Council in 1990.", apart: ["Harbour Masters Group", "Tidal Ports Council"] },
    { text: "Ghana joined the Harbour Masters Group, which became part of the Tidal Ports Council in 1990.", apart: ["Harbour Masters Group", "Tidal Ports Council"] },
    { text: "Ghana joined the Harbour Masters Group, which later became the Tidal Ports Council's partner, in 1990.", apart: ["Harbour Masters Group", "Tidal Ports Council"] },
    // "was known as" another body's partner: no old name of its own.
    { text: "The Tidal Ports Council was known as the Harbour Masters Group's partner until 2003.", apart: ["Tidal Ports Council", "Harbour Masters Group"] },
    // A successor that replaced a body is a second body, on every page.
    { text: "The Savanna Seed Agency replaced the Savanna Seed Office in 2012.", others: ["Togo bought maize from the Savanna Seed Office in 2009."], apart: ["Savanna Seed Office", "Savanna Seed Agency"] },
  ],
};
