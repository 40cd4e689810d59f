import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import { SOURCES_LINES } from "./sourcesLine.js";
import { TITLE_SHAPE_RULES } from "./titleShapeRules.js";
import { TITLE_FIELDS } from "./titleFieldRules.js";
import { DEFINED_BODY_HEADS } from "./definedBodyRules.js";
import { SERVICE_BODIES } from "./serviceBodies.js";
import { REGIONAL_BRANCHES } from "./regionalBranchRules.js";
import { BODY_ORGANS } from "./bodyOrganRules.js";
import { BODY_SECRETARIATS } from "./bodySecretariatRules.js";
import { SERIES_SECRETARIATS } from "./seriesSecretariat.js";
import { APPOSED_DESCRIPTION } from "./apposedDescription.js";
import { CLASS_NOUN_APPOSED_NAME } from "./classNounApposedNameRule.js";
import { NAME_BEFORE_CLASS } from "./nameBeforeClassRule.js";
import { PLACE_QUALIFIERS } from "./placeQualifierRules.js";
import { CLASS_NOUN_DEFINITIONS } from "./classNounDefinitionRules.js";
import { FOREIGN_HEADS } from "./foreignHeads.js";
import { FOREIGN_BEFORE_AND } from "./foreignBeforeAnd.js";
import { STATE_LABEL_LINE } from "./labelState.js";
import { STATE_LIST_ITEM } from "./listState.js";
import { STATE_OPENING } from "./openingState.js";
import { CITY_OPENING, GOVERNMENT_SENTENCE } from "./sentenceState.js";
import { DESCRIBED_MINISTRY } from "./describedMinistryRules.js";
import { TITLE_STATE } from "./titleStateRules.js";
import { PAGE_STATE } from "./pageStateRules.js";
import { NATIONAL_BRANCHES } from "./nationalBranch.js";
import { CLASS_LIST_NAMES } from "./classListNamesRule.js";
import { PERSON_TITLES } from "./personTitles.js";
import { COLLECTIVE_POSSESSOR } from "./collectivePossessor.js";
import { AGREEMENT_TITLES } from "./agreementTitles.js";
import { GERUND_COMPLEMENT, LISTED_ACTORS, LISTED_DEFINITIONS, LISTED_NAMES, POSSESSED_GOVERNING_BODY, POSSESSIVE_ACRONYM_OWNER } from "./listedBodyRules.js";
import { PARENTHESISED_OWNER, QUOTED_NAMES, GENERIC_OFFICES, VENUE_HEADS, COUNTRY_OFFICES, OWNER_PREFIX, MEETINGS, OWNED_PARTS, JOINT_BODY } from "./bodyNameRules.js";
import { GENERIC_NAMES, OWNERLESS_MEETINGS, TRAILING_CONTEXT, NOT_NAMES, CARD_LABELS } from "./notNameRules.js";
import { HEAD_NOUNS } from "./headNouns.js";
import { TITLE_QUALIFIER } from "./titleQualifier.js";
import { DEFINED_ACRONYM_PREFIX } from "./definedAcronymPrefix.js";
import { ACRONYM_SPELLED_LEAD } from "./acronymSpelledLead.js";
import { ACRONYM_SPAN } from "./acronymSpanRule.js";
import { DEMONSTRATIVE_LEAD } from "./demonstrativeLeadRule.js";
import { TREATY_YEAR_TITLES } from "./treatyYearTitles.js";
import { OWNER_BEFORE_DEFINED_TITLE } from "./ownerBeforeDefinedTitle.js";
import { BARE_PLURAL_SITTINGS } from "./barePluralSittings.js";

export type { Example, NameRule } from "./NameRule.js";
export { PARENTHESISED_OWNER, QUOTED_NAMES, GENERIC_OFFICES, VENUE_HEADS, COUNTRY_OFFICES, OWNER_PREFIX, MEETINGS, OWNED_PARTS, JOINT_BODY } from "./bodyNameRules.js";
export { GENERIC_NAMES, TRAILING_CONTEXT, NOT_NAMES, CARD_LABELS } from "./notNameRules.js";
export { HEAD_NOUNS } from "./headNouns.js";

/** Entity recognition rules as data, with their examples (the rule format is described in NameRule.ts). */

export const NAME_CONNECTORS: NameRule = {
  id: "name-connectors",
  what: "Lower-case words that may sit inside a name between capitalised words (never at its edges), including particles of place names.",
  words: "of for and on the in to from into their its including de du des la le les et against & es da del dos das el y von van der pour para por sur sobre los las aux au contre contra della di per i dei degli delle bij voor für zur zum und".split(" "),
  positive: [
    { text: "Ministers endorsed the Dar es Salaam Action Plan in 2011.", name: "Dar es Salaam Action Plan", kind: "INITIATIVE" },
    { text: "Work under the Programme of Action for the Protection of Migrant Fishers continued.", name: "Programme of Action for the Protection of Migrant Fishers", kind: "INITIATIVE" },
    { text: "The Working Group on Mainstreaming Mobility into Coastal Development Plans met.", name: "Working Group on Mainstreaming Mobility into Coastal Development Plans", kind: "FORUM" },
  ],
  negative: [{ text: "Ministers endorsed the Dar es Salaam Action Plan in 2011.", name: "Salaam Action Plan" }],
};

export const COMMA_COORDINATION: NameRule = {
  id: "comma-coordination",
  what: "A name may contain a list of capitalised words with commas and 'and' ('on Economic, Social and Cultural Rights') right after 'of/for/on', or before a further capitalised word; an item is up to three words, 'in' allowed inside one ('Trafficking in Persons'), 'of' not; a name never runs across a tab (a table's cells).",
  words: ["of", "for", "on"],
  positive: [
    { text: "States parties to the International Covenant on Economic, Social and Cultural Rights report regularly.", name: "International Covenant on Economic, Social and Cultural Rights", kind: "CONVENTION" },
    { text: "It welcomed the Regional Compact for Safe, Fair and Dignified Mobility last year.", name: "Regional Compact for Safe, Fair and Dignified Mobility", kind: "INITIATIVE" },
    { text: "The Coastal Health, Water and Sanitation Programme ended.", name: "Coastal Health, Water and Sanitation Programme", kind: "INITIATIVE" },
    { text: "It chairs the new GMG Working Group on Fishers, Human Rights and Gender this year.", name: "GMG Working Group on Fishers, Human Rights and Gender", kind: "FORUM", parentId: "forum:gmg" },
    // A short acronym may be one of the listed words ("IDP", "HIV").
    { text: "The Expert Group on Fisher, IDP and Crew Statistics met in Oslo.", name: "Expert Group on Fisher, IDP and Crew Statistics", kind: "FORUM" },
    { text: "Tinland funds the Coastal Programme on Nutrition, HIV and Health.", name: "Coastal Programme on Nutrition, HIV and Health", kind: "INITIATIVE" },
    // A listed item may run to three words, with "in" after a gerund ("Trafficking in Persons").
    { text: "The records list the project.\nDonor\tGlobal Affairs Canada\nPartner\tHarbour Migration Network", name: "Harbour Migration Network", kind: "INITIATIVE" },
    { text: "Ministers adopted the Harbour Declaration on Fisher Smuggling, Trafficking in Persons and Related Maritime Crime.", name: "Harbour Declaration on Fisher Smuggling, Trafficking in Persons and Related Maritime Crime", kind: "INITIATIVE" },
    // A treaty's title opened by a participle in lower case keeps it, and its list (namePatterns.ts TREATY_PARTICIPLE).
    { text: "The lagoon states signed the Protocol relating to Free Movement of Fishers, Boats and Nets in 1981.", name: "Protocol relating to Free Movement of Fishers, Boats and Nets", kind: "CONVENTION" },
    { text: "Tonga signed the Convention concerning the Reef Fisheries and Coastal Trade in 1990.", name: "Convention concerning the Reef Fisheries and Coastal Trade", kind: "CONVENTION" },
    // A labour body's formal title writes "concerning" straight before its subject, with no "the".
    { text: "Kenya ratified the Convention concerning Decent Work for Harbour Pilots in 2013.", name: "Convention concerning Decent Work for Harbour Pilots", kind: "CONVENTION" },
  ],
  negative: [
    { text: "The Nordic Institute of Oslo, Bergen and Tromso Universities met.", name: "International Covenant on Economic" },
    { text: "The lagoon states signed the Protocol relating to Free Movement of Fishers, Boats and Nets in 1981.", name: "Free Movement of Fishers, Boats and Nets" },
    // Only after a treaty's head: elsewhere the participle is prose.
    { text: "The report covers matters relating to Reef Fisheries in Tonga.", name: "Report covers matters relating to Reef Fisheries" },
    { text: "The report covers issues concerning Migrant Fishers in Tonga.", name: "Report covers issues concerning Migrant Fishers" },
    // "governing" opens a title only before "the": "Governing Body" is a body of its own.
    { text: "The Convention Governing Body met in Geneva.", name: "Convention Governing Body", notKind: "CONVENTION" },
    { text: "Delegates from Kenya, Uganda and Tanzania attended the Mobility Forum.", name: "Kenya, Uganda and Tanzania" },
    { text: "The Expert Group on Fisher, IDP and Crew Statistics met in Oslo.", name: "Expert Group on Fisher" },
    { text: "The Harbour Council of IOM, UNHCR and UNICEF staff met.", name: "Harbour Council of IOM, UNHCR and UNICEF" },
    // "of" does not join a listed item: "the State, Department of X and Trade" would swallow a body named after a comma.
    { text: "Funds came from the Tinland Government, Department of Coastal Affairs and Trade (DCAT).", name: "Tinland Government, Department of Coastal Affairs and Trade" },
    // A tab parts the cells of a table row: a label is no word of the name in the next cell.
    { text: "The records list the project.\nDonor\tGlobal Affairs Canada\nPartner\tHarbour Migration Network", name: "Partner\tHarbour Migration Network" },
    { text: "Unions worked with the Global Coalition on Fishers and the HARBOUR network.", name: "Global Coalition on Fishers and the HARBOUR" },
    { text: "It worked with the Coastal Institute of Ports and the Regional Offices of the Harbour Agency for Fisheries.", name: "Coastal Institute of Ports and the Regional Offices of the Harbour Agency for Fisheries" },
  ],
};

export const NUMBERED_TITLES: NameRule = {
  id: "numbered-titles",
  what: "A name may open with a numbered word ('10-Point', '3-Year'); it is never cut after the number. One of a set of numbered platforms, pillars or tracks ends with its numeral ('Eastern Corridor Platform 1', namePatterns.ts NUMBERED_PART), which alone tells it from its siblings; a year is no such numeral. A treaty of a numbered series keeps its serial number after its head ('Convention No. 214', 'Protocol No. 6 to the …'), a programme's or a report's number does not.",
  words: [],
  positive: [
    { text: "The agency issued a 12-Point Plan of Action on Coastal Displacement in 2009.", name: "12-Point Plan of Action on Coastal Displacement", kind: "INITIATIVE" },
    { text: "The fishers' panel belonged to the Reef Corridor Platform 2 of the partnership.", name: "Reef Corridor Platform 2", kind: "INITIATIVE" },
    // A treaty of a numbered series keeps its serial number (namePatterns.ts TREATY_NUMBER).
    { text: "Eleven states have ratified Convention No. 214 on lagoon pilots since 2009.", name: "Convention No. 214", kind: "CONVENTION" },
    { text: "Marovia was the first to ratify the Reef Council's Protocol No. 6 in 2013.", name: "Protocol No. 6", kind: "CONVENTION" },
  ],
  negative: [
    { text: "The agency issued a 12-Point Plan of Action on Coastal Displacement in 2009.", name: "Point Plan of Action on Coastal Displacement" },
    { text: "The fishers' panel belonged to the Reef Corridor Platform 2 of the partnership.", name: "Reef Corridor Platform" },
    { text: "The Reef Corridor Platform 2019 report came out in May.", name: "Reef Corridor Platform 2" },
    // Only a treaty's head takes a serial number: a programme's numbered issue is no name of its own.
    { text: "The Lagoon Pilots Programme No. 4 newsletter came out in May.", name: "Lagoon Pilots Programme No. 4" },
  ],
};

export const NAME_PREFIX: NameRule = {
  id: "name-prefix",
  what: "'UN' or 'United Nations' right before a capitalised word opens a longer name ('the UN Migrant Workers Convention', 'the UN Trust Fund to End X'); it is no mention of the United Nations.",
  words: ["UN", "United Nations", "U.N."],
  positive: [{ text: "The UN Coastal Trust Fund for Fishers was set up by donors.", name: "UN Coastal Trust Fund for Fishers", kind: "INITIATIVE" }],
  negative: [{ text: "Tinland ratified the UN Migrant Workers Convention in 2010.", name: "United Nations" }],
};

/**
 * A name prefix (NAME_PREFIX) before its own chief officer's title is the body itself: "the UN Secretary-General" is the
 * United Nations' head, who acts for it (bodyOfficeHolders.ts reads the office). A possessive after the title names the
 * holder's own office or staff ("the UN Secretary-General's Special Adviser"), which is no act of the body's head.
 */
export const PREFIX_OFFICES: NameRule = {
  id: "prefix-offices",
  what: "'UN' or 'United Nations' right before 'Secretary-General' (or its deputy's) is a mention of the United Nations, not the start of a longer name; not before the title's possessive.",
  words: ["Secretary-General", "Deputy Secretary-General"],
  positive: [
    { text: "The Harbour Aid Summit was opened by the UN Secretary-General, Mara Feld, in Valletta.", name: "United Nations", kind: "ORGANIZATION" },
    { text: "United Nations Deputy Secretary-General Oren Vale spoke at the Coastal Pledging Meeting.", name: "United Nations", kind: "ORGANIZATION" },
  ],
  negative: [{ text: "Tomas Brill, the UN Secretary-General's adviser on coastal displacement, wrote the Harbour Report.", name: "United Nations" }],
};

export const SUBUNIT_HEADS: NameRule = {
  id: "subunits",
  what: "A division, unit, section, branch or office of a body is an ORGANIZATION with that body as parent: stated before ('UNICEF’s Division of X', 'the IOM Regional Office for X'), after ('Division of X of UNICEF') or by the chapter's own agency. A one-word catalog name before the head ('the Frontex Harbour Forum') is such a prefix too, as an acronym is. 'X and the ACR' is two things: 'the' and an acronym alone open a name of their own.",
  /** Heads that always denote a part of a larger body; any ORGANIZATION head takes a parent stated before or after it. */
  words: "Division Unit Section Branch".split(" "),
  positive: [
    { text: "UNICEF’s Division of Data and Analytics produced the tables.", name: "UNICEF Division of Data and Analytics", kind: "ORGANIZATION", parentId: "org:unicef" },
    { text: "The IOM Regional Office for Southern Africa opened in 2010.", name: "IOM Regional Office for Southern Africa", kind: "ORGANIZATION", parentId: "org:iom" },
    { text: "The Labour Mobility Unit of the ILO drafted it.", name: "ILO Labour Mobility Unit", kind: "ORGANIZATION", parentId: "org:ilo" },
    { text: "It was organized by IOM and the Nordic Migration Institute.", name: "Nordic Migration Institute", kind: "ORGANIZATION" },
    { text: "Unions worked with the Global Coalition on Fishers and the HARBOUR network.", name: "Global Coalition on Fishers", kind: "ORGANIZATION" },
    { text: "The charity sits on the Frontex Harbour Forum on Crew Rights.", name: "Frontex Harbour Forum on Crew Rights", kind: "FORUM" },
    { text: "The Coastal Safety Committee and Port Facilitation Committee met.", name: "Port Facilitation Committee", kind: "ORGANIZATION" },
    { text: "UNICEF’s Division of Data and Strategy will help.", name: "UNICEF Division of Data and Strategy", kind: "ORGANIZATION", parentId: "org:unicef" },
    { text: "The GMG Working Group on Coastal Data met twice.", name: "GMG Working Group on Coastal Data", kind: "FORUM", parentId: "forum:gmg" },
    { text: "IOM runs the IOM Coastal Data Portal with partners.", name: "IOM Coastal Data Portal", kind: "INITIATIVE" },
    { text: "It was organized with the Coastal Coalition on Fishers and the CFN network.", name: "Coastal Coalition on Fishers", kind: "ORGANIZATION" },
    // After "and the", a name with an "and" of its own is a second name that runs to its acronym or its end.
    { text: "Both the Harbour Fund for Crews and the Dock Safety and Training Programme (DSTP) report to the port board.", name: "Dock Safety and Training Programme", kind: "INITIATIVE" },
    { text: "The fund serves the Tinland Fund for Crews and the Maritime Skills and Welfare Platform.", name: "Maritime Skills and Welfare Platform", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "A Division of Labour is needed.", name: "Division of Labour" },
    { text: "It was organized by IOM and the Nordic Migration Institute.", name: "IOM and the Nordic Migration Institute" },
    { text: "It was organized by WIPO and the Nordic Weather Organization (NWO).", name: "WIPO and the Nordic Weather Organization" },
    // An acronym alone after "and the" is another body ("the CFN network"), not the end of this name.
    { text: "It was organized with the Coastal Coalition on Fishers and the CFN network.", name: "Coastal Coalition on Fishers and the CFN" },
    { text: "Both the Harbour Fund for Crews and the Dock Safety and Training Programme (DSTP) report to the port board.", name: "Harbour Fund for Crews and the Dock Safety and Training Programme" },
    // No head noun closes the words after "and the": they stay the first name's complement, so the first name is not cut.
    { text: "The Office for Fishers and the Safety and Welfare of Crews opened in Accra.", name: "Office for Fishers" },
  ],
};

export const QUOTED_TITLES: NameRule = {
  id: "quoted-titles",
  what: "A quoted title introduced by an initiative noun ('a project entitled “…”', 'the campaign “…”') or followed by one ('the “…” campaign', '“…”, a two-year IOM project') names an initiative; a slogan's own stops and exclamation marks are part of the title.",
  words: "programme program project initiative campaign network platform fund facility plan strategy framework scheme pilot".split(" "),
  positive: [
    { text: "IOM runs a project entitled “Safe Journeys Home” in three provinces.", name: "Safe Journeys Home", kind: "INITIATIVE" },
    { text: "In 2013 IFAD launched the USD 2-million project, “Coastal Postal Savings,” with partners.", name: "Coastal Postal Savings", kind: "INITIATIVE" },
    { text: "They launched the “Know Before You Go” campaign last year.", name: "Know Before You Go", kind: "INITIATIVE" },
    { text: "In 2016 the union launched the campaign “Crews Ashore! Rest. Pay. Respect.” in ten ports.", name: "Crews Ashore! Rest. Pay. Respect.", kind: "INITIATIVE" },
    { text: "Tinland funds the project “Safe Harbours Home”, which trains crews.", name: "Safe Harbours Home", kind: "INITIATIVE" },
    { text: "One example is “Safer Harbours for Fishers”, a two-year IOM project in three ports.", name: "Safer Harbours for Fishers", kind: "INITIATIVE" },
    { text: "One example is “Local Integration of Fishers in Chile, Peru and Ecuador (Phase 1)”, a 24-month UNHCR project.", name: "Local Integration of Fishers in Chile, Peru and Ecuador", kind: "INITIATIVE" },
    { text: "A savings pilot called “Dry Dock” was tried in two ports.", name: "Dry Dock", kind: "INITIATIVE" },
    { text: "The “Cooks Ashore” scheme pays for a first month's rent.", name: "Cooks Ashore", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The report, entitled “Moving Forward”, was read widely.", name: "Moving Forward" },
    { text: "Its findings, “Moving Forward”, the report of the project, were read widely.", name: "Moving Forward" },
    { text: "The union's slogan “Crews Ashore! Rest. Pay. Respect.” was printed on shirts.", name: "Crews Ashore! Rest. Pay. Respect." },
  ],
};

export const ACRONYM_PROGRAMMES: NameRule<{ heads: string[]; verbs: string[] }> = {
  id: "acronym-programmes",
  what: "A name defined with an acronym but headed by no kind noun names an initiative when a launching verb introduces it ('launched the Diaspora Investment in Coastal Farming (DICF)') or follows it in the passive ('(CGI) were developed by IOM') or when its head is a survey or census run as a named series ('the Multiple Coastal Cluster Surveys (MCCS)'). Without the acronym a survey stays a publication.",
  words: {
    heads: "Survey Surveys Census Censuses".split(" "),
    verbs: "launched launch launches implemented implements established establishes initiated initiates created set started starts introduced runs ran conducts conducted".split(" "),
  },
  positive: [
    { text: "In 2011 IFAD and Tinland launched the Diaspora Investment in Coastal Farming (DICF) pilot.", name: "Diaspora Investment in Coastal Farming", kind: "INITIATIVE" },
    { text: "Questions were added to the Multiple Coastal Cluster Surveys (MCCS) in 2012.", name: "Multiple Coastal Cluster Surveys", kind: "INITIATIVE" },
    { text: "The Coastal Governance Indicators (CGI) were developed by IOM with partners.", name: "Coastal Governance Indicators", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Ministry of Coastal Affairs (MCA) met the donors.", name: "Coastal Affairs" },
    { text: "They discussed Diaspora Investment in Coastal Farming (DICF) at length.", name: "Diaspora Investment in Coastal Farming" },
    { text: "The Coastal Governance Indicators (CGI) were discussed by IOM with partners.", name: "Coastal Governance Indicators" },
  ],
};

export const NAME_RULES: NameRule<unknown>[] = [
  HEAD_NOUNS,
  BARE_PLURAL_SITTINGS,
  AGREEMENT_TITLES,
  SOURCES_LINES,
  NAME_CONNECTORS,
  COMMA_COORDINATION,
  NUMBERED_TITLES,
  GENERIC_NAMES,
  OWNERLESS_MEETINGS,
  TRAILING_CONTEXT,
  NOT_NAMES,
  CARD_LABELS,
  NAME_PREFIX,
  PREFIX_OFFICES,
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
  OWNED_PARTS,
  JOINT_BODY,
  ...TITLE_SHAPE_RULES,
  TITLE_FIELDS,
  DEFINED_BODY_HEADS,
  SERVICE_BODIES,
  REGIONAL_BRANCHES,
  BODY_SECRETARIATS,
  SERIES_SECRETARIATS,
  BODY_ORGANS,
  CLASS_NOUN_APPOSED_NAME,
  NAME_BEFORE_CLASS,
  PLACE_QUALIFIERS,
  CLASS_NOUN_DEFINITIONS,
  FOREIGN_HEADS,
  FOREIGN_BEFORE_AND,
  STATE_LABEL_LINE,
  STATE_LIST_ITEM,
  STATE_OPENING,
  CITY_OPENING,
  GOVERNMENT_SENTENCE,
  DESCRIBED_MINISTRY,
  APPOSED_DESCRIPTION,
  TITLE_STATE,
  PAGE_STATE,
  NATIONAL_BRANCHES,
  CLASS_LIST_NAMES,
  GERUND_COMPLEMENT,
  LISTED_ACTORS,
  LISTED_DEFINITIONS,
  LISTED_NAMES,
  POSSESSED_GOVERNING_BODY,
  POSSESSIVE_ACRONYM_OWNER,
  COLLECTIVE_POSSESSOR,
  PERSON_TITLES,
  TITLE_QUALIFIER,
  DEFINED_ACRONYM_PREFIX,
  ACRONYM_SPELLED_LEAD,
  ACRONYM_SPAN,
  DEMONSTRATIVE_LEAD,
  TREATY_YEAR_TITLES,
  OWNER_BEFORE_DEFINED_TITLE,
];
