import type { EntityKind } from "../../src/ontology/ontology.js";

/**
 * Entity recognition rules as data. Each rule carries the words it uses and
 * example phrases: `positive` phrases must yield the named entity (with its
 * kind), `negative` phrases must not yield the named string as an entity.
 * test/unit/nameRules.test.ts runs every example through `recognise`.
 * Example sentences are written for these specs, not taken from the corpus.
 */
export interface Example {
  text: string;
  /** Positive: the entity name expected; negative: a name that must not appear. */
  name: string;
  kind?: EntityKind;
  /** Positive: the expected parent (sub-units, meetings), by entity id. */
  parentId?: string;
  year?: number;
}

export interface NameRule<T = string[]> {
  id: string;
  what: string;
  words: T;
  positive: Example[];
  negative: Example[];
}

export const HEAD_NOUNS: NameRule<Record<EntityKind, string[]>> = {
  id: "head-nouns",
  what: "A discovered name's kind is the kind of its head noun (the last word before the first complement). Reports, surveys and handbooks are publications, not initiatives.",
  words: {
    INITIATIVE: "Programme Programmes Program Programs Project Projects Initiative Initiatives Facility Network Networks Campaign Guidelines Platform Partnership Plan Strategy Framework Scheme Compact Code Toolkit Portal Database Fund Observatory Agenda Mechanism Action Roadmap Window System Day".split(" "),
    ORGANIZATION: "Organization Organisation Office Agency Committee Council Commission Bank Union Institute Institution Centre Center Association Federation Foundation Department Ministry Secretariat University Society Cross Board Authority Trust Church Coalition Alliance Bureau Directorate Rapporteur Parliament Court Division Unit Section Branch Confederation Consortium Academy College School Movement".split(" "),
    FORUM: "Forum Process Dialogue Consultations Consultation Summit Group Groups Conference Meeting Team Force".split(" "),
    CONVENTION: "Convention Protocol Treaty Covenant Charter Declaration".split(" "),
    COUNTRY: [],
  },
  positive: [
    { text: "Funds came from the Remittance Innovation Facility for Rural Africa last year.", name: "Remittance Innovation Facility for Rural Africa", kind: "INITIATIVE" },
    { text: "Staff of the Nordic Institute for Labour Studies attended.", name: "Nordic Institute for Labour Studies", kind: "ORGANIZATION" },
    { text: "She spoke about the Coastal Cities Migration Network at length.", name: "Coastal Cities Migration Network", kind: "INITIATIVE" },
    { text: "The Andean Labour Mobility Strategy was adopted.", name: "Andean Labour Mobility Strategy", kind: "INITIATIVE" },
    { text: "It funds the Coastal Migration in Peru Initiative with others.", name: "Coastal Migration in Peru Initiative", kind: "INITIATIVE" },
    { text: "Police ran Project Safe Harbour for two years.", name: "Project Safe Harbour", kind: "INITIATIVE" },
    { text: "The Tripartite Action to Protect Fishers from Forced Labour started.", name: "Tripartite Action to Protect Fishers from Forced Labour", kind: "INITIATIVE" },
    { text: "It joined the Coastal Campaign for Ratification of the Convention on the Rights of the Child.", name: "Coastal Campaign for Ratification", kind: "INITIATIVE" },
    { text: "The Nordic Steering Committee of the Coastal Campaign for Fishers met.", name: "Coastal Campaign for Fishers", kind: "INITIATIVE" },
    { text: "The Andean Labour Migration Working Group met.", name: "Andean Labour Migration Working Group", kind: "FORUM" },
    { text: "Volunteers joined the Movement Against Coastal Xenophobia in May.", name: "Movement Against Coastal Xenophobia", kind: "ORGANIZATION" },
    { text: "The Coastal Climate Information System routinely issues bulletins.", name: "Coastal Climate Information System", kind: "INITIATIVE" },
    { text: "World Fishers Remittance Day will bring together operators.", name: "World Fishers Remittance Day", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "A chapter on the Role of Civil Society follows.", name: "Role of Civil Society" },
    { text: "Data come from the national Labour Force Survey of each country.", name: "Labour Force Survey" },
    { text: "See Security Council Resolution No. 1325 for details.", name: "Council Resolution No" },
    { text: "The Global Remittances Report was launched in May.", name: "Global Remittances Report" },
  ],
};

export const NAME_CONNECTORS: NameRule = {
  id: "name-connectors",
  what: "Lower-case words that may sit inside a name between capitalised words (never at its edges), including particles of place names.",
  words: "of for and on the in to from into their its including de du des la le les against & es da del dos das el y von van der".split(" "),
  positive: [
    { text: "Ministers endorsed the Dar es Salaam Action Plan in 2011.", name: "Dar es Salaam Action Plan", kind: "INITIATIVE" },
    { text: "Work under the Programme of Action for the Protection of Migrant Fishers continued.", name: "Programme of Action for the Protection of Migrant Fishers", kind: "INITIATIVE" },
    { text: "The Working Group on Mainstreaming Mobility into Coastal Development Plans met.", name: "Working Group on Mainstreaming Mobility into Coastal Development Plans", kind: "FORUM" },
  ],
  negative: [{ text: "Ministers endorsed the Dar es Salaam Action Plan in 2011.", name: "Salaam Action Plan" }],
};

export const COMMA_COORDINATION: NameRule = {
  id: "comma-coordination",
  what: "A name may contain a list of capitalised words with commas and 'and' ('on Economic, Social and Cultural Rights') right after 'of/for/on', or before a further capitalised word.",
  words: ["of", "for", "on"],
  positive: [
    { text: "States parties to the International Covenant on Economic, Social and Cultural Rights report regularly.", name: "International Covenant on Economic, Social and Cultural Rights", kind: "CONVENTION" },
    { text: "It welcomed the Regional Compact for Safe, Fair and Dignified Mobility last year.", name: "Regional Compact for Safe, Fair and Dignified Mobility", kind: "INITIATIVE" },
    { text: "The Coastal Health, Water and Sanitation Programme ended.", name: "Coastal Health, Water and Sanitation Programme", kind: "INITIATIVE" },
    { text: "It chairs the new GMG Working Group on Fishers, Human Rights and Gender this year.", name: "GMG Working Group on Fishers, Human Rights and Gender", kind: "FORUM", parentId: "forum:gmg" },
  ],
  negative: [
    { text: "The Nordic Institute of Oslo, Bergen and Tromso Universities met.", name: "International Covenant on Economic" },
    { text: "Delegates from Kenya, Uganda and Tanzania attended the Mobility Forum.", name: "Kenya, Uganda and Tanzania" },
  ],
};

export const NUMBERED_TITLES: NameRule = {
  id: "numbered-titles",
  what: "A name may open with a numbered word ('10-Point', '3-Year'); it is never cut after the number.",
  words: [],
  positive: [{ text: "The agency issued a 12-Point Plan of Action on Coastal Displacement in 2009.", name: "12-Point Plan of Action on Coastal Displacement", kind: "INITIATIVE" }],
  negative: [{ text: "The agency issued a 12-Point Plan of Action on Coastal Displacement in 2009.", name: "Point Plan of Action on Coastal Displacement" }],
};

export const GENERIC_NAMES: NameRule = {
  id: "generic-names",
  what: "A name made only of head nouns, connectors and these generic words describes, it does not name ('the Plan of Action', 'a Trust Fund'); it is an entity only as a sub-unit of a stated parent.",
  words: "International Global Regional National Joint General Executive Annual Permanent Advisory Steering Working Governing Action Strategic Multi-Partner Multi-Donor Trust Emergency Voluntary Monitoring Expert Experts Trustees Coordinating Country New Second First Third High Supreme Data Field Liaison Evaluation Inter-agency Inter-Agency Local Special Technical Outcome Statement Policy Main Central Standing Consultative Executive Organizing Preparatory Secretariat UN United Nations Civil Task Ministerial Senior Officials Principals High-level High-Level Ad Hoc Heads State Government Governments".split(" "),
  positive: [],
  negative: [
    { text: "A Plan of Action was agreed by the ministers.", name: "Plan of Action" },
    { text: "States signed the UN Convention and a UN Joint Programme started.", name: "UN Convention" },
    { text: "Donors pooled money in a Multi-Partner Trust Fund.", name: "Multi-Partner Trust Fund" },
    { text: "The Board of Trustees met twice.", name: "Board of Trustees" },
    { text: "The Strategic Plan runs to 2017.", name: "Strategic Plan" },
    { text: "The Task Force met after the Senior Officials’ Meeting.", name: "Task Force" },
    { text: "Ministers prepared the Summit of Heads of State and Government in Lima.", name: "Summit of Heads of State and Government" },
  ],
};

export const TRAILING_CONTEXT: NameRule = {
  id: "trailing-context",
  what: "A name does not end in a date or a location phrase: 'in June', 'of October', 'in London' after an institution's head noun; nor does it start with a month: 'In June the … Group'.",
  words: "January February March April May June July August September October November December".split(" "),
  positive: [
    { text: "She studied at the Nordic Migration Institute in Oslo before.", name: "Nordic Migration Institute", kind: "ORGANIZATION" },
    { text: "The Policy Review Committee of Tinland met in October.", name: "Policy Review Committee of Tinland", kind: "ORGANIZATION" },
    { text: "Officials of the Tinland Department of Labour Affairs in Geneva met.", name: "Tinland Department of Labour Affairs", kind: "ORGANIZATION" },
    { text: "In June the Tinland Labour Mobility Working Group met in Geneva.", name: "Tinland Labour Mobility Working Group", kind: "FORUM" },
    { text: "On 3 October the Coastal Mobility Forum adopted its plan.", name: "Coastal Mobility Forum", kind: "FORUM" },
  ],
  negative: [
    { text: "She studied at the Nordic Migration Institute in Oslo before.", name: "Nordic Migration Institute in Oslo" },
    { text: "A meeting of the Coastal Mobility Forum in June agreed.", name: "Coastal Mobility Forum in June" },
    { text: "In June the Tinland Labour Mobility Working Group met in Geneva.", name: "June the Tinland Labour Mobility Working Group" },
    { text: "In early September the Coastal Mobility Forum met.", name: "September the Coastal Mobility Forum" },
  ],
};

export const NOT_NAMES: NameRule = {
  id: "not-names",
  what: "A body's name used as a modifier of a collective noun ('UN agencies', 'the UN system', 'IOM partners') names the members, not the body: no mention of it.",
  words: "agencies agency system systems entities entity bodies organizations organisations partners family funds programmes country team teams members office offices staff officials missions wide-".split(" "),
  positive: [{ text: "In 2016 IOM joined the United Nations as a related organization.", name: "United Nations", kind: "ORGANIZATION" }],
  negative: [
    { text: "Other UN agencies and the UN system support the process.", name: "United Nations" },
    { text: "IOM partners in Tinland joined the Coastal Mobility Network.", name: "International Organization for Migration" },
    { text: "The EC–UN supported Coastal Mobility Programme ended.", name: "United Nations" },
    { text: "The Organization works with governments.", name: "the Organization" },
    { text: "The Organization works with governments.", name: "Organization" },
  ],
};

export const NAME_PREFIX: NameRule = {
  id: "name-prefix",
  what: "'UN' or 'United Nations' right before a capitalised word opens a longer name ('the UN Migrant Workers Convention', 'the UN Trust Fund to End X'); it is no mention of the United Nations.",
  words: ["UN", "United Nations", "U.N."],
  positive: [{ text: "The UN Coastal Trust Fund for Fishers was set up by donors.", name: "UN Coastal Trust Fund for Fishers", kind: "INITIATIVE" }],
  negative: [{ text: "Tinland ratified the UN Migrant Workers Convention in 2010.", name: "United Nations" }],
};

export const SUBUNIT_HEADS: NameRule = {
  id: "subunits",
  what: "A division, unit, section, branch or office of a body is an ORGANIZATION with that body as parent: stated before ('UNICEF’s Division of X', 'the IOM Regional Office for X'), after ('Division of X of UNICEF') or by the chapter's own agency.",
  /** Heads that always denote a part of a larger body; any ORGANIZATION head takes a parent stated before or after it. */
  words: "Division Unit Section Branch".split(" "),
  positive: [
    { text: "UNICEF’s Division of Data and Analytics produced the tables.", name: "UNICEF Division of Data and Analytics", kind: "ORGANIZATION", parentId: "org:unicef" },
    { text: "The IOM Regional Office for Southern Africa opened in 2010.", name: "IOM Regional Office for Southern Africa", kind: "ORGANIZATION", parentId: "org:iom" },
    { text: "The Labour Mobility Unit of the ILO drafted it.", name: "ILO Labour Mobility Unit", kind: "ORGANIZATION", parentId: "org:ilo" },
    { text: "It was organized by IOM and the Nordic Migration Institute.", name: "Nordic Migration Institute", kind: "ORGANIZATION" },
    { text: "The Coastal Safety Committee and Port Facilitation Committee met.", name: "Port Facilitation Committee", kind: "ORGANIZATION" },
    { text: "UNICEF’s Division of Data and Strategy will help.", name: "UNICEF Division of Data and Strategy", kind: "ORGANIZATION", parentId: "org:unicef" },
    { text: "The GMG Working Group on Coastal Data met twice.", name: "GMG Working Group on Coastal Data", kind: "FORUM", parentId: "forum:gmg" },
    { text: "IOM runs the IOM Coastal Data Portal with partners.", name: "IOM Coastal Data Portal", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "A Division of Labour is needed.", name: "Division of Labour" },
    { text: "It was organized by IOM and the Nordic Migration Institute.", name: "IOM and the Nordic Migration Institute" },
    { text: "It was organized by WIPO and the Nordic Weather Organization (NWO).", name: "WIPO and the Nordic Weather Organization" },
  ],
};

export const QUOTED_TITLES: NameRule = {
  id: "quoted-titles",
  what: "A quoted title introduced by an initiative noun ('a project entitled “…”') or followed by one ('the “…” campaign') names an initiative.",
  words: "programme program project initiative campaign network platform fund facility plan strategy framework".split(" "),
  positive: [
    { text: "IOM runs a project entitled “Safe Journeys Home” in three provinces.", name: "Safe Journeys Home", kind: "INITIATIVE" },
    { text: "In 2013 IFAD launched the USD 2-million project, “Coastal Postal Savings,” with partners.", name: "Coastal Postal Savings", kind: "INITIATIVE" },
    { text: "They launched the “Know Before You Go” campaign last year.", name: "Know Before You Go", kind: "INITIATIVE" },
  ],
  negative: [{ text: "The report, entitled “Moving Forward”, was read widely.", name: "Moving Forward" }],
};

export const ACRONYM_PROGRAMMES: NameRule<{ heads: string[]; verbs: string[] }> = {
  id: "acronym-programmes",
  what: "A name defined with an acronym but headed by no kind noun names an initiative when a launching verb introduces it ('launched the Diaspora Investment in Coastal Farming (DICF)') or when its head is a survey or census run as a named series ('the Multiple Coastal Cluster Surveys (MCCS)'). Without the acronym a survey stays a publication.",
  words: {
    heads: "Survey Surveys Census Censuses".split(" "),
    verbs: "launched launch launches implemented implements established establishes initiated initiates created set started starts introduced runs ran conducts conducted".split(" "),
  },
  positive: [
    { text: "In 2011 IFAD and Tinland launched the Diaspora Investment in Coastal Farming (DICF) pilot.", name: "Diaspora Investment in Coastal Farming", kind: "INITIATIVE" },
    { text: "Questions were added to the Multiple Coastal Cluster Surveys (MCCS) in 2012.", name: "Multiple Coastal Cluster Surveys", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Ministry of Coastal Affairs (MCA) met the donors.", name: "Coastal Affairs" },
    { text: "They discussed Diaspora Investment in Coastal Farming (DICF) at length.", name: "Diaspora Investment in Coastal Farming" },
  ],
};

export const PARENTHESISED_OWNER: NameRule = {
  id: "parenthesised-owner",
  what: "'the African, Caribbean and Pacific (ACP) Observatory on Migration': a body's name with its acronym in brackets opens a longer name; the acronym is the owner prefix, and the whole written form is an alias.",
  words: [],
  positive: [{ text: "It supports the African, Caribbean and Pacific (ACP) Observatory on Coastal Mobility, set up in 2010.", name: "ACP Observatory on Coastal Mobility", kind: "INITIATIVE" }],
  negative: [{ text: "It supports the African, Caribbean and Pacific (ACP) Observatory on Coastal Mobility, set up in 2010.", name: "Observatory on Coastal Mobility" }],
};

export const QUOTED_NAMES: NameRule = {
  id: "quoted-names",
  what: "A quoted phrase in title case whose own head noun gives a kind ('the adopted “Guidelines on the Rescue of Fishers at Sea,”') is that name, whole: the quotes mark where it ends. Connectors inside it may be any of these small words.",
  words: "at by with under within".split(" "),
  positive: [{ text: "Under the adopted “Guidelines on the Treatment of Fishers Rescued at Sea,” the coastal State acts.", name: "Guidelines on the Treatment of Fishers Rescued at Sea", kind: "INITIATIVE" }],
  negative: [
    { text: "Under the adopted “Guidelines on the Treatment of Fishers Rescued at Sea,” the coastal State acts.", name: "Guidelines on the Treatment of Fishers Rescued" },
    { text: "The round table “Migration, gender and family” met.", name: "Migration, gender and family" },
  ],
};

export const GENERIC_OFFICES: NameRule = {
  id: "generic-offices",
  what: "A body's office or working group named only by its level or type ('the UNFPA Regional Office', 'its Country Office', 'the GMG Working Group', 'a Task Force') is one of many unnamed ones: no entity of its own (the mention stays the body's). A further name ('Regional Office for Europe', 'Working Group on Data') makes it one.",
  words: "Regional Sub-regional Subregional Country Field Liaison National Local Provincial Area Sub-Office Representation Office Offices Mission Working Task Thematic Group Groups Force Forces".split(" "),
  positive: [{ text: "The UNFPA Regional Office for Coastal Asia opened in 2010.", name: "UNFPA Regional Office for Coastal Asia", kind: "ORGANIZATION", parentId: "org:unfpa" }],
  negative: [
    { text: "In the coastal region, the UNFPA Regional Office works with IOM.", name: "UNFPA Regional Office" },
    { text: "The UNFPA Country Office in Tinland trained staff.", name: "UNFPA Country Office" },
    { text: "The report of the GMG Working Group was shared.", name: "GMG Working Group" },
  ],
};

export const VENUE_HEADS: NameRule<{ heads: string[]; bodies: string[] }> = {
  id: "venue-heads",
  what: "'<Name> Court' with no complement is a building or venue ('the event at Milton Court'), not a body; a court is a body with a complement ('Court of Human Rights') or a judicial qualifier ('Supreme Court').",
  words: { heads: ["Court"], bodies: "International Supreme High Constitutional Criminal Federal District Appeal Appeals Administrative Arbitration Permanent".split(" ") },
  positive: [
    { text: "The Coastal Court of Human Rights ruled in 2012.", name: "Coastal Court of Human Rights", kind: "ORGANIZATION" },
    { text: "Tinland’s Constitutional Court of Appeal ruled.", name: "Constitutional Court of Appeal", kind: "ORGANIZATION" },
  ],
  negative: [{ text: "Over 200 performers sang at Harbour Court, hosted by IOM.", name: "Harbour Court" }],
};

export const COUNTRY_OFFICES: NameRule = {
  id: "country-offices",
  what: "A body's acronym right before a country name ('UNICEF Philippines', 'IOM Tinland') names the body's office in that country; the mention is the body's, and the country is no actor. Decided: such offices fold into their body, as the catalog's 'IOM UK' does.",
  words: [],
  positive: [{ text: "In 2012 UNICEF Philippines launched a campaign with IOM.", name: "United Nations Children’s Fund", kind: "ORGANIZATION" }],
  negative: [{ text: "In 2012 UNICEF Philippines launched a campaign with IOM.", name: "Philippines" }],
};

export const OWNER_PREFIX: NameRule = {
  id: "owner-prefix",
  what: "A name written both with its owner's name before it ('the ILO Coastal Work Agenda') and without ('the Coastal Work Agenda') is one entity when that owner is the only one the name is written with, and no other agency's chapter uses the bare name. Sub-units fold the same way ('the IMO Port Safety Committee' / 'the Port Safety Committee').",
  words: [],
  positive: [
    { text: "The ILO Coastal Work Agenda guides it. The Coastal Work Agenda has four pillars.", name: "ILO Coastal Work Agenda", kind: "INITIATIVE" },
    { text: "The Port Safety Committee of IMO met. The Port Safety Committee agreed.", name: "IMO Port Safety Committee", kind: "ORGANIZATION", parentId: "org:imo" },
  ],
  // The folding is identity, not recognition: test/unit/ownerFold.test.ts checks one id per name and no fold across two owners.
  negative: [],
};

export const MEETINGS: NameRule = {
  id: "meetings",
  what: "A dated or numbered meeting of a standing forum is a FORUM event with year and parent: 'the 7th meeting of the X Process', 'the 2010 Forum', 'the fourth GFMD'.",
  words: "meeting meetings session conference summit forum ministerial consultation round edition".split(" "),
  positive: [
    { text: "The 7th Ministerial Conference of the Bali Process was held in Bali in 2018.", name: "Bali Process 2018", kind: "FORUM", parentId: "forum:bali-process", year: 2018 },
    { text: "The 21st technical meeting of the Colombo Process took place in Colombo.", name: "21st technical meeting of the Colombo Process", kind: "FORUM", parentId: "forum:colombo-process" },
    { text: "Nepal invited the members to Kathmandu for the Sixth Ministerial Consultation of the Colombo Process.", name: "Sixth Ministerial Consultation of the Colombo Process", kind: "FORUM", parentId: "forum:colombo-process" },
    { text: "The Global Forum on Migration and Development met again. The 2010 Forum was held in Mexico.", name: "GFMD 2010", kind: "FORUM", parentId: "forum:gfmd", year: 2010 },
    { text: "Delegates prepared the fourth GFMD together.", name: "GFMD 2010", kind: "FORUM", parentId: "forum:gfmd", year: 2010 },
    { text: "The ninety-eighth session of the International Labour Conference in 2009 adopted it.", name: "ILC 2009", kind: "FORUM", parentId: "forum:ilc", year: 2009 },
    { text: "Ministers met at the 5th Coastal Ministerial Conference on Mobility in Tunis.", name: "5th Coastal Ministerial Conference on Mobility", kind: "FORUM", parentId: "forum:coastal-ministerial-conference-on-mobility" },
  ],
  negative: [
    { text: "The Bali Process has met since 2002.", name: "Bali Process 2002" },
    { text: "The fifty-fifth session of the CSW in 2011 met.", name: "fifth session of the CSW" },
  ],
};

export const NAME_RULES: NameRule<unknown>[] = [
  HEAD_NOUNS,
  NAME_CONNECTORS,
  COMMA_COORDINATION,
  NUMBERED_TITLES,
  GENERIC_NAMES,
  TRAILING_CONTEXT,
  NOT_NAMES,
  NAME_PREFIX,
  SUBUNIT_HEADS,
  QUOTED_TITLES,
  QUOTED_NAMES,
  ACRONYM_PROGRAMMES,
  PARENTHESISED_OWNER,
  GENERIC_OFFICES,
  VENUE_HEADS,
  COUNTRY_OFFICES,
  OWNER_PREFIX,
  MEETINGS,
];
