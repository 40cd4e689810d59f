import type { NameRule } from "./NameRule.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import { NUMBER_WORDS } from "./numberWords.js";

/**
 * Name rules about how titles of programmes, plans and offices are written around their head words (see NameRule.ts):
 * an ordinal that numbers a series of plans, a plan of action named with its declaration, a year span after a
 * title, a country's statistics or immigration office, and a body only proposed. Read by titleShapes.ts.
 */

export const ORDINAL_TITLES: NameRule<{ heads: string[]; lowerFrom: number }> = {
  id: "ordinal-titles",
  what: "An ordinal before a programme, plan, strategy, agenda or framework numbers one of a series of such plans ('the Eleventh General Programme of Work', 'its 12th Five-Year Plan'): it is part of the name, written as a capitalised word, so '11th' and 'Eleventh' are one name. A lower-case 'first' or 'second' only says which came earlier ('the first Regional Strategy on X') and stays out.",
  words: { heads: "Programme Program Plan Strategy Agenda Framework".split(" "), lowerFrom: 3 },
  positive: [
    { text: "The Coastal Health Organization launched its Ninth General Programme of Work in 1995.", name: "Ninth General Programme of Work", kind: "INITIATIVE" },
    { text: "The agency follows the eleventh General Programme of Work on Fisheries.", name: "Eleventh General Programme of Work on Fisheries", kind: "INITIATIVE" },
    { text: "Under its 12th General Programme of Work, the agency trained fishers.", name: "Twelfth General Programme of Work", kind: "INITIATIVE" },
    { text: "Tinland's Fourth Coastal Development Plan ends in 2030.", name: "Fourth Coastal Development Plan", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The agency follows the eleventh General Programme of Work on Fisheries.", name: "General Programme of Work on Fisheries" },
    { text: "It adopted the first Coastal Mobility Strategy of the region in 2012.", name: "First Coastal Mobility Strategy" },
    { text: "The Fourth Coastal Fishers Institute opened in 2001.", name: "Fourth Coastal Fishers Institute" },
  ],
};

export const ACTION_COMPANIONS: NameRule = {
  id: "action-companions",
  what: "A declaration or framework adopted with its plan of action is one title: 'the Coastal Declaration and Plan of Action', 'the X Framework and Plan of Action (2018–2030)'. A generic companion ('Plan of Action', 'Programme of Action', 'Platform for Action') joined by a bare 'and' names nothing on its own and belongs to the name before it.",
  words: ["Plan of Action", "Programme of Action", "Program of Action", "Platform for Action", "Framework for Action", "Plan of Implementation", "Action Plan"],
  positive: [
    { text: "Twenty states adopted the Tinland Declaration and Plan of Action in 2014.", name: "Tinland Declaration and Plan of Action", kind: "INITIATIVE" },
    { text: "UNHCR supports the Harbour Declaration and Programme of Action on Fishers.", name: "Harbour Declaration and Programme of Action on Fishers", kind: "INITIATIVE" },
    // An action plan is a programme: it, not the declaration, gives the whole its kind.
    { text: "Norway funds the Harbour Political Declaration and Action Plan adopted in 2019.", name: "Harbour Political Declaration and Action Plan", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Twenty states adopted the Tinland Declaration and Plan of Action in 2014.", name: "Tinland Declaration" },
    { text: "Twenty states adopted the Tinland Declaration and Plan of Action in 2014.", name: "Tinland Plan of Action" },
    { text: "The Coastal Safety Committee and Port Facilitation Committee met.", name: "Coastal Safety Committee and Port Facilitation Committee" },
    { text: "Norway funds the Harbour Political Declaration and Action Plan adopted in 2019.", name: "Harbour Political Declaration" },
  ],
};

export const MEETING_COMPANIONS: NameRule = {
  id: "meeting-companions",
  what: "A summit or conference held as one event with its pledging conference is one title: 'the Special Reef Summit and Pledging Conference'. A pledging or donors' meeting named only by its purpose ('Pledging Conference', OWNERLESS_MEETINGS) after a bare 'and' and a meeting's head names nothing on its own and belongs to the meeting before it.",
  words: ["Pledging Conference", "Pledging Session", "Pledging Meeting", "Pledging Event", "Donors Conference", "Donors’ Conference", "Donors' Conference", "Donor Conference"],
  positive: [
    { text: "Last spring the league convened the Special Reef Summit and Pledging Conference in Apia.", name: "Special Reef Summit and Pledging Conference", kind: "FORUM" },
    { text: "Tinland hosted the Harbour Solidarity Meeting and Donors' Conference in 2011.", name: "Harbour Solidarity Meeting and Donors' Conference", kind: "FORUM" },
  ],
  negative: [
    { text: "Last spring the league convened the Special Reef Summit and Pledging Conference in Apia.", name: "Special Reef Summit" },
    // Not after a meeting: a body and a separate pledging event are two things.
    { text: "The Coastal Relief Fund and Pledging Conference staff met in Apia.", name: "Coastal Relief Fund and Pledging Conference" },
    // After "and the" a second event of its own is named.
    { text: "Ministers attended the Special Reef Summit and the Pledging Conference in Apia.", name: "Special Reef Summit and the Pledging Conference" },
  ],
};

export const YEAR_SPAN_TITLES: NameRule = {
  id: "year-span-titles",
  what: "A year span right after a programme's or strategy's title ('the Coastal Framework for Disaster Risk Reduction 2015-2030', '… Action Plan (2020-2024)', '… Strategy for the period 2019-2023') is part of its full title: the name stays the undated one, and the dated form is an alias, so both writings are one entity; a plan named with 'for 2016-2019' is also written without the 'for'.",
  words: [],
  positive: [
    { text: "Tinland funds the Coastal Framework for Flood Risk Reduction 2015-2030 with partners.", name: "Coastal Framework for Flood Risk Reduction", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Tinland funds the Coastal Framework for Flood Risk Reduction 2015-2030 with partners.", name: "Coastal Framework for Flood Risk Reduction 2015" },
    { text: "The Coastal Mobility Action Plan (2020-2024) is led by the African Union.", name: "Coastal Mobility Action Plan (2020" },
  ],
};

export const YEAR_FOR_TITLES: NameRule = {
  id: "year-for-titles",
  what: "The year a plan, appeal, strategy or budget is for belongs to its title ('the Harbour Response Plan for 2013'); a standing network, partnership or fund is not dated by 'for 2019' ('the Coastal Fisheries Network for 2019 set out its work plan' names the Coastal Fisheries Network, whose year it is).",
  words: ["Plan", "Appeal", "Strategy", "Budget", "Agenda", "Framework", "Programme", "Program", "Workplan", "Roadmap", "Priorities"],
  positive: [
    { text: "Tinland published the Coastal Flood Response Plan for 2016 in March.", name: "Coastal Flood Response Plan for 2016", kind: "INITIATIVE" },
    { text: "The Coastal Fisheries Network for 2019 set out its work plan. The Coastal Fisheries Network met in Accra.", name: "Coastal Fisheries Network", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Coastal Fisheries Network for 2019 set out its work plan. The Coastal Fisheries Network met in Accra.", name: "Coastal Fisheries Network for 2019" },
    { text: "Tinland joined the Harbour Skills Partnership for 2020-2022 as a donor.", name: "Harbour Skills Partnership for 2020-2022" },
  ],
};

/** Heads whose year after "for" is part of the title (YEAR_FOR_TITLES). */
export const YEAR_FOR_HEADS = new Set(YEAR_FOR_TITLES.words);

export const NATIONAL_OFFICES: NameRule<{ heads: string[]; topics: string[]; modifiers: string[] }> = {
  id: "national-offices",
  what: "'the Bureau of Statistics', 'the national Immigration Department': an office named only by its field is one of every country's offices, no entity unless its country is written with it ('Tinland Bureau of Statistics', 'the Bureau of Statistics of Tinland'). A country's possessive names it: 'Tinland's Bureau of Statistics' is the 'Tinland Bureau of Statistics'.",
  words: {
    heads: "Bureau Office Department Directorate Institute Agency Service Authority Administration".split(" "),
    topics: "Statistics Statistical Census Immigration Emigration Migration Labour Labor Employment Population Planning Health Education Finance Justice Police Customs Interior Citizenship Passports Borders".split(" "),
    modifiers: "National Central Federal General State".split(" "),
  },
  positive: [
    { text: "Malawi's Bureau of Statistics ran the census in 2010.", name: "Malawi Bureau of Statistics", kind: "ORGANIZATION" },
    { text: "The Tinland National Bureau of Statistics joined the Coastal Data Network.", name: "Tinland National Bureau of Statistics", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Figures from the national Bureau of Statistics were used by the Coastal Data Network.", name: "Bureau of Statistics" },
    { text: "Malawi's Bureau of Statistics and Zambia's Bureau of Statistics shared data.", name: "Bureau of Statistics" },
    { text: "Staff of the Central Statistics Office trained the enumerators.", name: "Central Statistics Office" },
  ],
};

export const FIELD_INSTRUMENTS: NameRule<{ heads: string[] }> = {
  id: "field-instruments",
  what: "'the Immigration Regulation', 'the Regulation for Labour': an instrument named only by its field (a word of NATIONAL_OFFICES' topics) is one that every state may have, not one shared text: no entity unless its state is written with it. A word of its own before the head ('the Harbour Arrivals Screening Regulation') names one instrument.",
  words: { heads: ["Regulation"] },
  positive: [
    { text: "The Harbour Arrivals Screening Regulation applies from next year.", name: "Harbour Arrivals Screening Regulation", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Togo revised the Labour Regulation in 2018, and Benin revised its own Labour Regulation in 2020.", name: "Labour Regulation" },
    { text: "Officials applied the national Immigration Regulation at the coastal ports.", name: "Immigration Regulation" },
    { text: "Ministers discussed the Regulation for Employment at a coastal meeting.", name: "Regulation for Employment" },
  ],
};

export const PROPOSED_BODIES: NameRule<{ cues: string[]; after: string[] }> = {
  id: "proposed-bodies",
  what: "A body named with 'a' after a proposal ('called for a Permanent Forum on X', 'proposed the creation of a Fishers' Council', 'a X be set up') or called 'the proposed X' does not exist yet: no entity.",
  words: {
    cues: ["propose", "proposes", "proposed", "proposal", "proposals", "call for", "calls for", "called for", "calling for", "recommend", "recommends", "recommended", "urge", "urged", "urges", "suggest", "suggested", "suggests", "envisage", "envisaged", "envisages"],
    after: ["be created", "be established", "be set up", "be formed", "be convened"],
  },
  positive: [
    { text: "Tinland supports the Coastal Fishers Forum, which met in 2012.", name: "Coastal Fishers Forum", kind: "FORUM" },
    { text: "In 2012 the ministers set up a Coastal Fishers Forum to meet every year.", name: "Coastal Fishers Forum", kind: "FORUM" },
  ],
  negative: [
    { text: "The ministers proposed the creation of a Permanent Forum on Fishers' Rights.", name: "Permanent Forum on Fishers' Rights" },
    { text: "Unions called for a Coastal Labour Council to be set up by the region.", name: "Coastal Labour Council" },
    { text: "Delegates recommended that a Fishers Mobility Forum be created.", name: "Fishers Mobility Forum" },
    { text: "The proposed Coastal Migration Observatory would gather data.", name: "Coastal Migration Observatory" },
  ],
};

export const STATUS_CLASSES: NameRule<{ verbs: string[]; counts: string[] }> = {
  id: "status-classes",
  what: "Capitalised words after 'recognised / registered / accredited / designated / classified / listed (it) as a(n)', up to six words between the verb and 'as' (an agent: 'recognised by the Holy See as') name a status many bodies hold ('an International Catholic Organisation', 'a Non-Governmental Organisation in Special Consultative Status'), not a body: no entity. So do capitalised words after a counted share of a group 'with a(n)' ('five of them with a Labour Pact and two with a Joint Roadmap'): a kind of arrangement each of them holds, not one named initiative.",
  words: {
    verbs: ["recognised", "recognized", "recognises", "recognizes", "recognise", "recognize", "registered", "accredited", "designated", "classified", "listed", "qualified", "certified"],
    counts: [...NUMBER_WORDS.slice(1, 12), "several", "some", "most", "all", "\\d+"],
  },
  positive: [
    // A body named by "the" after "as" is still that body.
    { text: "Tinland was accredited as the Harbour Fishers Council's observer in 2010.", name: "Harbour Fishers Council", kind: "ORGANIZATION" },
    // A count with "the" after "with" names the one body they share.
    { text: "Of the harbour towns, three with the Coastal Fishers Forum signed the pact in 2014.", name: "Coastal Fishers Forum", kind: "FORUM" },
  ],
  negative: [
    { text: "The Holy See recognises it as an International Catholic Organisation, and it joined the Harbour Alliance.", name: "International Catholic Organisation" },
    { text: "The union is registered as a Coastal Fishers Association under the 1998 law.", name: "Coastal Fishers Association" },
    { text: "In 2004 the network was accredited as a Non-Governmental Organisation by the Harbour Council.", name: "Non-Governmental Organisation" },
    // The one who grants the status may stand between the verb and "as".
    { text: "The guild is recognised by the Harbour Council of Tinland as a Coastal Fishers Association and joined the Reef Alliance.", name: "Coastal Fishers Association" },
    // A counted share of a group, each holding an arrangement of that kind.
    { text: "The fund served twelve coastal states in 2019, five of them with a Coastal Mobility Partnership and two with a Joint Fisheries Roadmap.", name: "Joint Fisheries Roadmap" },
    { text: "The fund served twelve coastal states in 2019, five of them with a Coastal Mobility Partnership and two with a Joint Fisheries Roadmap.", name: "Coastal Mobility Partnership" },
  ],
};

export const ROLE_AGENCIES: NameRule<{ roles: string[] }> = {
  id: "role-agencies",
  what: "Capitalised words after 'as (the)' that close on an agency's role ('UNHCR as Cluster Lead Agency', 'IOM as the Implementing Agency') name the role a body holds in a scheme, not a body of their own: no entity.",
  words: { roles: ["Lead", "Co-Lead", "Co-lead", "Implementing", "Executing", "Coordinating", "Managing"] },
  positive: [
    // Without "as" the words name the body.
    { text: "The Cluster Lead Agency for Fisheries Relief opened an office in Apia in 2012.", name: "Cluster Lead Agency for Fisheries Relief", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Seven seats are permanent (the Coordinator, the NGO co-chair and UNHCR as Cluster Lead Agency); nine rotate.", name: "Cluster Lead Agency" },
    { text: "Norway funds the Reef Fishers Programme, with FAO as the Implementing Agency since 2019.", name: "Implementing Agency" },
    { text: "The Harbour Council acts as Regional Coordinating Agency for the reef plan.", name: "Regional Coordinating Agency" },
  ],
};

export const COUNTED_CLASSES: NameRule<{ heads: string[]; determiners: string[] }> = {
  id: "counted-classes",
  what: "A group noun counted by its size ('Group of Five', 'Committee of Three') names one body only where the text names it as one ('the Group of Eleven met'). After an indefinite or distributive determiner ('a Group of Five', 'any Committee of Three', 'each Group of Five') or in the plural ('Groups of Five') it is a kind of group anyone may form, a category: no entity. A count before a plural group noun ('Five Thematic Area Working Groups (TAWGs)', 'three Technical Committees') tells how many bodies of a class there are, and names none of them.",
  words: {
    heads: ["Group", "Committee", "Panel", "Team", "Council", "Board", "Circle", "Club"],
    determiners: ["a", "an", "any", "each", "every", "another", "one"],
  },
  positive: [
    { text: "The Group of Eleven, a caucus of coastal states, met in Apia in 2012.", name: "Group of Eleven", kind: "FORUM" },
    { text: "Ghana joined the Committee of Seven on fisheries in 2010.", name: "Committee of Seven", kind: "ORGANIZATION" },
    // No count before the plural: the name the text gives one body.
    { text: "The Reef Area Working Groups met in Apia in 2012 and adopted a work plan.", name: "Reef Area Working Groups", kind: "FORUM" },
  ],
  negative: [
    { text: "Refugees are sponsored by a Harbour Sponsorship Holder or a Group of Five.", name: "Group of Five" },
    { text: "Sponsors may form Groups of Five to support a family.", name: "Groups of Five" },
    { text: "Sponsors may form Groups of Five to support a family.", name: "Group of Five" },
    { text: "Each Group of Three drafted a report for the Harbour Council.", name: "Group of Three" },
    { text: "The rules let any Committee of Seven appeal to the Harbour Council.", name: "Committee of Seven" },
    { text: "Five Reef Area Working Groups (RAWGs) form the working level of the process. Each is chaired by a member state.", name: "Reef Area Working Groups" },
    { text: "Ghana set up five Fishing Gear Working Groups in 2010.", name: "Fishing Gear Working Groups" },
    { text: "In 2015 the Harbour Council created 12 Port Safety Committees, one for each port.", name: "Port Safety Committees" },
  ],
};

export const COUNTRY_AFTER_NAME: NameRule = {
  id: "country-after-name",
  what: "'the Federal Office for Fisheries and Ports of Germany': a body's name whose own complement names two things or more, followed by 'of <country>', names the body; the country says whose it is and stays a mention of its own (the written form is an alias). An office named only by its field keeps its country ('the Bureau of Statistics of Malawi', NATIONAL_OFFICES), and so does a name whose complement is one word ('the Supreme Court of Justice of Malawi': every country has one). A country after a body's head closing the complement ('… of the University of Ghana') is that inner body's word, kept in the name.",
  words: [],
  positive: [
    { text: "The Federal Office for Fisheries and Ports of Germany trained the pilots.", name: "Federal Office for Fisheries and Ports", kind: "ORGANIZATION" },
    { text: "The Bureau of Statistics of Malawi ran the census.", name: "Bureau of Statistics of Malawi", kind: "ORGANIZATION" },
    // The country closes a body named inside the complement ("the University of Ghana"): it is that body's word.
    { text: "The Centre for Fisheries Studies of the University of Ghana trained the pilots.", name: "Centre for Fisheries Studies of the University of Ghana", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The Bureau of Statistics of Malawi ran the census.", name: "Bureau of Statistics" },
    { text: "The Centre for Fisheries Studies of the University of Ghana trained the pilots.", name: "Centre for Fisheries Studies of the University" },
    { text: "The Supreme Court of Justice of Malawi ruled on the case.", name: "Supreme Court of Justice" },
  ],
};

export const OBSERVANCE_DATES: NameRule = {
  id: "observance-dates",
  what: "A day named right after 'on', 'for', 'during' or 'to mark', with no article ('decided on International Human Rights Day 2002', 'a panel for International Migrants Day'), is the date or occasion of an act, not an entity; the day named as a thing ('proclaimed the International Day of X', 'World Fishers Day will bring together') is one (titleShapes.ts).",
  words: [],
  positive: [
    { text: "World Fishers Remittance Day will bring together operators.", name: "World Fishers Remittance Day", kind: "INITIATIVE" },
    { text: "Tinland worked on the World Fishers Remittance Day with IOM.", name: "World Fishers Remittance Day", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Tinland's parliament decided on World Fishers Remittance Day 2002 to accede to the Convention.", name: "World Fishers Remittance Day" },
    { text: "On Coastal Fishers Day the ministers met in Accra.", name: "Coastal Fishers Day" },
    // The occasion of an act: "a panel for X Day", "to mark X Day".
    { text: "In Suva the union held a panel for International Fishers Day to present its survey.", name: "International Fishers Day" },
    { text: "Harbour unions marched in Apia to mark World Seafarers Day.", name: "World Seafarers Day" },
  ],
};

export const TITLE_SHAPE_RULES: NameRule<unknown>[] = [ORDINAL_TITLES, ACTION_COMPANIONS, MEETING_COMPANIONS, YEAR_SPAN_TITLES, YEAR_FOR_TITLES, NATIONAL_OFFICES, FIELD_INSTRUMENTS, NATIONAL_BODIES, PROPOSED_BODIES, STATUS_CLASSES, COUNTED_CLASSES, ROLE_AGENCIES, COUNTRY_AFTER_NAME, OBSERVANCE_DATES];
