import type { IdentityRule } from "./IdentityRule.js";

/** ALSO_CALLED of IDENTITY_RULES (identityRules.ts), in a file of its own; alsoCalled.ts reads what it describes. */
export const ALSO_CALLED: IdentityRule = {
  id: "also-called",
  what: "'X (or, simply, the Y)', 'X (or simply Y)', 'X (hereafter Y)', 'the former X (now the Y)' and 'X (today's Y)' name one entity twice: Y is X's alias. So do 'X, which also goes by the name Y', 'X, also known as Y', 'X (also called Y)', 'X, otherwise known as Y', 'X, formerly (known as) Y', 'X (previously Y)', 'X, (usually) shortened/abbreviated to Y', 'X, usually/commonly/generally called (known as) Y (or Z)' and 'X, the former Y,': a clause of its own, opened by a comma or a bracket and closed after Y. A name with X's head word alone in brackets after X ('Research Institute for Coastal Change (HERON Institute)') is X's short name, as is another full name of X's head word before an acronym that spells one of the two ('the Kestrel Process (Cross-Border Co-operation Process, CBCP)'), and so is each short name in a bracket parted by ';' or opened by 'also' ('X (SAFEWORK West; also SAFEWORK II)'), unless an item is a place or another body's name. 'X (now part of Y)' is not a renaming, and 'X also called the Y to …' is a verb.",
  words: ["or simply", "or, simply,", "hereafter", "now", "today's", "also known as", "also called", "also goes by the name", "otherwise known as", "formerly", "previously", "previously known as", "the former", "shortened to", "abbreviated to", "usually called", "commonly known as", "; also"],
  positive: [
    { text: "The 5-Point Plan of Action on Harbour Safety (or, simply, the 5-Point Plan) was issued. The 5-Point Plan was updated.", same: ["5-Point Plan of Action on Harbour Safety", "5-Point Plan"] },
    { text: "UNDP worked with the former National Commission on Coastal Women (now the Coastal Commission on Women) in 2008.", same: ["National Commission on Coastal Women", "Coastal Commission on Women"] },
    { text: "The Lagoon States Consultative Process on Fisheries, which also goes by the name Lagoon Fisheries Dialogue (LFD), meets every year.", same: ["Lagoon States Consultative Process on Fisheries", "Lagoon Fisheries Dialogue"] },
    { text: "Delegates met at the Tidal Ports Forum, also known as the Harbour Masters Conference, in 2014.", same: ["Tidal Ports Forum", "Harbour Masters Conference"] },
    { text: "The Lagoon Fisheries Authority, formerly the Lagoon Fishing Board, opened an office in 2015.", same: ["Lagoon Fisheries Authority", "Lagoon Fishing Board"] },
    { text: "The Upland Grain Council (previously the Upland Millers Board) set a floor price in 2011.", same: ["Upland Grain Council", "Upland Millers Board"] },
    { text: "Mali asked the Upland Grain Council, the former Upland Millers Board, for seed.", same: ["Upland Grain Council", "Upland Millers Board"] },
    { text: "Observers came from the Harbour Masters Group (today's Harbour Masters Process) and two ports.", same: ["Harbour Masters Group", "Harbour Masters Process"] },
    { text: "Research partners:\n  - Research Institute for Coastal Change (HERON Institute), Tidewater University\n  - Harbour Studies Centre, Lagoon College", same: ["Research Institute for Coastal Change", "HERON Institute"] },

    { text: "Project title\tJoint Action for Safer Seasonal Work in ECOWAS (SAFEWORK West; also SAFEWORK II)\nDonor\tNorway\n\nNotes: SAFEWORK II builds on an earlier pilot.", same: ["Joint Action for Safer Seasonal Work in ECOWAS", "SAFEWORK West"] },
    { text: "Project title\tJoint Action for Safer Seasonal Work in ECOWAS (SAFEWORK West; also SAFEWORK II)\nDonor\tNorway\n\nNotes: SAFEWORK II builds on an earlier pilot.", same: ["Joint Action for Safer Seasonal Work in ECOWAS", "SAFEWORK II"] },
    { text: "Norway funds the Coastal Labour Mobility Programme (also CLAMP Coast), which ends in 2027.", same: ["Coastal Labour Mobility Programme", "CLAMP Coast"] },
    // "shortened to", "abbreviated to": the short form the text says it uses.
    { text: "Chad and Niger signed the Savanna Agreement on Cattle Corridors, often abbreviated to the SACC Agreement, in 2013. Mali joined the SACC Agreement in 2015.", same: ["Savanna Agreement on Cattle Corridors", "SACC Agreement"] },
    // "usually/commonly/generally called (known as) Y", maybe "Y or Z": the names the text says it goes by.
    { text: "Chad funds the Start-up Facility for Reef Fisheries, usually called the Reef Fisheries Pooled Fund or Reef RFPF, since 2018. The Reef Fisheries Pooled Fund paid for boats.", same: ["Start-up Facility for Reef Fisheries", "Reef Fisheries Pooled Fund"] },
    { text: "Ghana joined the Gulf Coast Dialogue on Seasonal Labour, commonly known as the Accra Labour Forum, in 2011.", same: ["Gulf Coast Dialogue on Seasonal Labour", "Accra Labour Forum"] },
    { text: "Togo backs the Coastal Skills Facility, generally called the Harbour Skills Fund or the Skills Pool Fund, since 2020.", same: ["Coastal Skills Facility", "Skills Pool Fund"] },
    // "X (Y, ACR)": another full name of the same head word and the acronym in one bracket name one body.
    { text: "Ghana joined the Osprey Dialogue (Coastal Fisheries Dialogue, CFD) in 2003. Togo joined the Coastal Fisheries Dialogue in 2004.", same: ["Osprey Dialogue", "Coastal Fisheries Dialogue"] },
    { text: "Benin hosted the Kestrel Process (Cross-Border Co-operation Process, CBCP) in 2005, and UNHCR chaired the Cross-Border Co-operation Process that year.", same: ["Kestrel Process", "Cross-Border Co-operation Process"] },
  ],
  negative: [
    { text: "The Fund for Coastal Women (now part of the Coastal Commission on Women) closed.", apart: ["Fund for Coastal Women", "Coastal Commission on Women"] },
    { text: "The Tidal Ports Forum also called the Harbour Masters Conference to a meeting in 2014.", apart: ["Tidal Ports Forum", "Harbour Masters Conference"] },
    { text: "The Harbour Masters Group (today's host, the Harbour Masters Process) met in 1994.", apart: ["Harbour Masters Group", "Harbour Masters Process"] },
    { text: "The Tidal Ports Forum, also known for its work with the Harbour Masters Conference, met in 2014.", apart: ["Tidal Ports Forum", "Harbour Masters Conference"] },
    { text: "The Lagoon Fisheries Authority, formerly the Lagoon Fishing Board's partner, opened an office in 2015.", apart: ["Lagoon Fisheries Authority", "Lagoon Fishing Board"] },
    { text: "Mali asked the Upland Grain Council, the former Upland Millers Board chair, for seed.", apart: ["Upland Grain Council", "Upland Millers Board"] },
    { text: "The Upland Grain Council, previously the host of the Upland Millers Board, set a floor price.", apart: ["Upland Grain Council", "Upland Millers Board"] },
    // "usually called Y to a meeting": a verb, and the name after "or" runs on, so no naming.
    { text: "The Lagoon Fisheries Authority, usually called the Reef Fisheries Pooled Fund or the Lagoon Council to a meeting, opened in 2018.", apart: ["Lagoon Fisheries Authority", "Reef Fisheries Pooled Fund"] },
    { text: "Chad and Niger signed the Savanna Agreement on Cattle Corridors, shortened to the SACC Agreement's first annex in 2016. Mali joined the SACC Agreement in 2015.", apart: ["Savanna Agreement on Cattle Corridors", "SACC Agreement"] },
    { text: "Research partners:\n  - Harbour Studies Centre (Tidewater University), Lagoon City\n  - Coastal Law Centre, Lagoon College", apart: ["Harbour Studies Centre", "Tidewater University"] },

    // A bracket holding a body of another head word is a part or partner; a closing word that spells neither name is a place.
    { text: "Ghana joined the Osprey Dialogue (Regional Fisheries Office, RFO) in 2003. Togo funded the Regional Fisheries Office in 2004.", apart: ["Osprey Dialogue", "Regional Fisheries Office"] },
    { text: "Ghana joined the Osprey Dialogue (Coastal Fisheries Dialogue, UK) in 2003. Togo joined the Coastal Fisheries Dialogue in 2004.", apart: ["Osprey Dialogue", "Coastal Fisheries Dialogue"] },
    // Bodies in the bracket are the programme's partners, not its names.
    { text: "Norway funds the Coastal Labour Mobility Programme (IOM; also UNHCR), which ends in 2027.", apart: ["Coastal Labour Mobility Programme", "Office of the United Nations High Commissioner for Refugees"] },
    // States in the bracket are where it runs.
    { text: "Norway funds the Coastal Labour Mobility Programme (Ghana; Togo), which ends in 2027.", apart: ["Coastal Labour Mobility Programme", "Togo"] },
  ],
};
