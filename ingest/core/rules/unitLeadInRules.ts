import type { HeadingList } from "./HeadingList.js";

/**
 * UNIT_LEAD_INS: lead-ins (leadInRules.ts LEAD_INS) whose rows are a body's own units: offices folded into it, or the
 * directorates it is made up of. Each row is the body's part (PART_OF).
 */
/** Nouns for a body's own units, singular or plural, as a lead-in names them ("four directorates", "the following divisions"). */
const UNIT_NOUN_WORDS = "(?:directorates?|divisions?|departments?|units|bureaus|bureaux|sections|offices|secretariats?)";
const UNIT_NOUNS = String.raw`(?:(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|office|secretariat|division|directorate|department)\s+and\s+(?:[\w-]+\s+){0,2})?${UNIT_NOUN_WORDS}`;

export const UNIT_LEAD_INS: HeadingList[] = [
  {
    // A body built out of older offices lists them after a clause saying they went into it: "the following offices
    // were merged into the Authority:", "… have been brought together into it:". Each is now its part (PART_OF). Where
    // an office came from, after its name ("moved from X"), is no part of the list: the row's first name is the item.
    id: "folded-into",
    heading: /\b(?:(?:was|were|have been|had been|has been)\s+(?:\w+ly\s+|all\s+)?(?:folded|merged|consolidated|absorbed|integrated|incorporated|brought together)\s+into|(?:it|the\s+\w+)\s+(?:took over|absorbed|incorporated))\s+(?:it|them|the\s+(?:new\s+)?(?:department|ministry|agency|authority|office|organi[sz]ation|body|commission|bureau|service|administration|Department|Ministry|Agency|Authority|Office|Organi[sz]ation|Commission|Bureau|Service|Administration))?\s*$/,
    type: "PART_OF", rows: ["ORGANIZATION"], topics: ["ORGANIZATION"], remarkedRows: true, confidence: 0.7,
    examples: {
      positive: [
        { text: "Inland Ports Authority (IPA), Kenya - agency profile\n\nIn 2019 the following offices were merged into the Authority:\n- the Dock Permits Office, moved from the Transport Ministry;\n- the Lake Freight Bureau.\n", expect: ["org:lake-freight-bureau", "org:inland-ports-authority"] },
        { text: "Inland Ports Authority (IPA), Kenya - agency profile\n\nIn 2019 the following offices were merged into the Authority:\n- the Dock Permits Office, moved from the Transport Ministry;\n- the Lake Freight Bureau.\n", expect: ["org:dock-permits-office", "org:inland-ports-authority"] },
        { text: "Tidewater Labour Agency (TLA), Kenya - agency profile\n\nThe Agency was set up in 2021. The following offices have been brought together into it:\n- the Net Menders Office;\n- the Pier Safety Bureau, moved from the Fisheries Department.\n", expect: ["org:pier-safety-bureau", "org:tidewater-labour-agency"] },
      ],
      negative: [
        // Units kept apart, or to be merged later, are no parts yet.
        { text: "Inland Ports Authority (IPA), Kenya - agency profile\n\nTwo offices were not merged into the Authority:\n- the Dock Permits Office;\n- the Lake Freight Bureau.\n", expect: ["org:lake-freight-bureau", "org:inland-ports-authority"] },
        { text: "Inland Ports Authority (IPA), Kenya - agency profile\n\nNext year the following offices will be merged into the Authority:\n- the Dock Permits Office;\n- the Lake Freight Bureau.\n", expect: ["org:lake-freight-bureau", "org:inland-ports-authority"] },
        // Where a unit came from is not what it became part of.
        { text: "Inland Ports Authority (IPA), Kenya - agency profile\n\nIn 2019 the following offices were merged into the Authority:\n- the Dock Permits Office, moved from the Transport Ministry;\n- the Lake Freight Bureau.\n", expect: ["org:dock-permits-office", "org:transport-ministry"] },
        { text: "Tidewater Labour Agency (TLA), Kenya - agency profile\n\nThe Agency was set up in 2021. The following offices have been brought together into it:\n- the Net Menders Office;\n- the Pier Safety Bureau, moved from the Fisheries Department.\n", expect: ["org:pier-safety-bureau", "org:fisheries-department"] },
      ],
    },
  },
  {
    // A body's own units listed after a clause that says they are its parts: "The Bureau is organised into a registry
    // and four divisions:", "It comprises the following departments:", "Three offices sit within the Bureau's
    // oversight:". The clause names the body or a description of it; the page's own body owns the list when the clause
    // leaves it unnamed, and a possessive owner ("under the Ministry's control") must be a head word of that body's
    // name (unitsOwner.ts). Only unit nouns open such a list: "made up of … organisations" or "members" is a
    // membership (members-are), and working with, funding or coordinating bodies makes none of them a part. Having
    // units is no clause of this list ("has worked with several offices:"), nor are representatives of them
    // ("comprises representatives of the following offices:"): the gap before the unit noun holds "of" only after a
    // count ("a number of", "a series of"). A denied quantifier ("No departments are under it:") states none.
    id: "units-of-body",
    heading: new RegExp(String.raw`\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:made up of|composed of|divided into|organi[sz]ed (?:into|in))|comprises|comprised|consists of|consisted of)\s+(?:(?:number|total|series|range)\s+of\s+|(?!of\b)[\w-]+\s+){0,6}?${UNIT_NOUNS}\s*$|^(?!\W*(?:no|none|neither|nor|few)\b)(?:(?:the following|these|several|various|some|the|its|[\w-]+)\s+){0,2}(?:[\w-]+\s+)?(?:${UNIT_NOUN_WORDS}|bodies|agencies|institutions)\s+(?:are|were|come|came|fall|fell|sit|sat|operate|operated)\s+(?:directly\s+)?(?:under|within)\s+(?:it|its|the\s+[\w-]+(?:['’]s)?)(?:\s+(?:administrative|direct|overall))?(?:\s+(?:control|authority|supervision|umbrella|oversight))?\s*$`, "i"),
    type: "PART_OF", rows: ["ORGANIZATION"], topics: ["ORGANIZATION"], remarkedRows: true, confidence: 0.7,
    examples: {
      positive: [
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nToday the Board is divided into an executive secretariat and two bureaux:\n- the Ferry Safety Bureau;\n- the Lagoon Pilots Bureau.\n", expect: ["org:lagoon-pilots-bureau", "org:lagoon-transport-board"] },
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nWhat it does\nThe LTB registers ferry crews.\n\nOffices\nThree offices sit within the Board's oversight:\n- the Pilots Licensing Office, opened in 2016;\n- the Ferry Inspection Office.\n", expect: ["org:ferry-inspection-office", "org:lagoon-transport-board"] },
        { text: "Coastal Labour Authority (CLA) - agency profile\n\nThe Coastal Labour Authority licenses crew agencies. It comprises the following directorates:\n- Directorate for Crew Licensing\n- Directorate for Port Inspection\n", expect: ["org:directorate-for-crew-licensing", "org:coastal-labour-authority"] },
      ],
      negative: [
        // Working with bodies, or funding them, makes none of them a part.
        { text: "Coastal Labour Authority (CLA), Ghana - agency profile\n\nThe Authority works with three agencies:\n- the Maritime Training Office;\n- the Port Health Bureau.\n", expect: ["org:maritime-training-office", "org:coastal-labour-authority"] },
        // Units still to come under the body are no parts yet.
        { text: "Coastal Labour Authority (CLA), Ghana - agency profile\n\nTwo bodies will come under the Authority's control next year:\n- the Crew Welfare Fund;\n- the Maritime Training Office.\n", expect: ["org:maritime-training-office", "org:coastal-labour-authority"] },
        // Organisations a body is made up of are its members, not its units.
        { text: "Coastal Labour Alliance (CLA), Ghana - network profile\n\nThe Alliance is made up of four organisations:\n- the Crew Welfare Society;\n- the Maritime Workers Union.\n", expect: ["org:maritime-workers-union", "org:coastal-labour-alliance"] },
        // Having dealings with offices, or hosting their staff, makes none of them a unit.
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nOver the years the Board has cooperated with two offices:\n- the Customs Liaison Office;\n- the Ferry Inspection Office.\n", expect: ["org:ferry-inspection-office", "org:lagoon-transport-board"] },
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nThe Board consists of delegates of several offices:\n- the Customs Liaison Office;\n- the Ferry Inspection Office.\n", expect: ["org:ferry-inspection-office", "org:lagoon-transport-board"] },
        // A denied count states no unit.
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nNone of these offices fall within the Board's authority:\n- the Customs Liaison Office;\n- the Ferry Inspection Office.\n", expect: ["org:ferry-inspection-office", "org:lagoon-transport-board"] },
        // Another body's oversight, on the Board's page, makes the offices no part of the Board.
        { text: "Lagoon Transport Board (LTB), Benin - agency profile\n\nThe LTB registers ferry crews. Three offices sit within the Ministry's oversight:\n- the Pilots Licensing Office;\n- the Ferry Inspection Office.\n", expect: ["org:ferry-inspection-office", "org:lagoon-transport-board"] },
      ],
    },
  },
];
