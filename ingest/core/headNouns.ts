import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import { capitalised, MEETING_NOUN_ROWS, meetingNounsWhere } from "./meetingNouns.js";

/**
 * The meeting nouns that head a forum's name (meetingNouns.ts owns them), capitalised, with the plural where it names
 * a series too ("Intergovernmental Consultations"). Left out on purpose: a session, plenary, round or edition is one
 * sitting of a body named elsewhere ("the 14th Session of the Commission"), and a congress is mostly a legislature
 * ("the Congress of Peru"), so none of them types a discovered name as a forum.
 */
const FORUM_MEETING_HEADS = meetingNounsWhere(() => true, ["session", "plenary", "round", "edition", "congress"]).flatMap((noun) => {
  const row = MEETING_NOUN_ROWS.find((n) => n.noun === noun)!;
  return row.pluralNames ? [capitalised(row.plural), capitalised(noun)] : [capitalised(noun)];
});

/**
 * The head nouns that give a discovered name its kind, as data. It lives in a module of its own that imports no rule
 * module (nameRules.ts imports a dozen), so any rule module may read it (passiveSubjectNames.ts) without risking an
 * import cycle; nameRules.ts exports it with the other name rules.
 */
export const HEAD_NOUNS: NameRule<Record<EntityKind, string[]>> = {
  id: "head-nouns",
  what: "A discovered name's kind is the kind of its head noun (the last word before the first complement). Reports, surveys and handbooks are publications, not initiatives. A declaration is a political commitment, not a treaty: it is an initiative.",
  words: {
    INITIATIVE: "Programme Programmes Program Programs Project Projects Initiative Initiatives Facility Network Networks Campaign Guidelines Platform Partnership Plan Strategy Framework Scheme Compact Code Toolkit Portal Database Fund Observatory Agenda Mechanism Action Roadmap Window System Day Account Package Festival Hub Clearinghouse Statute Card Declaration Pact Regulation".split(" "),
    ORGANIZATION: "Organization Organisation Office Agency Committee Council Commission Bank Union Institute Institution Centre Center Association Federation Foundation Department Ministry Secretariat University Society Cross Board Authority Trust Church Coalition Alliance Bureau Directorate Rapporteur Parliament Court Division Unit Section Branch Confederation Consortium Academy College Polytechnic School Movement Administration Directorate-General International Corporation Foundations Chamber Municipality".split(" "),
    FORUM: [...FORUM_MEETING_HEADS, ..."Group Groups Team Force Taskforce Panel Caucus Colloquium Event".split(" ")],
    CONVENTION: "Convention Protocol Treaty Covenant Charter Agreement".split(" "),
    COUNTRY: [],
  },
  positive: [
    { text: "Funds came from the Remittance Innovation Facility for Rural Africa last year.", name: "Remittance Innovation Facility for Rural Africa", kind: "INITIATIVE" },
    { text: "Staff of the Nordic Institute for Labour Studies attended.", name: "Nordic Institute for Labour Studies", kind: "ORGANIZATION" },
    { text: "The 4th Meeting of the Coastal Parliamentary Caucus on Fisheries was held in Accra.", name: "Coastal Parliamentary Caucus on Fisheries", kind: "FORUM" },
    // An event named to a programme is a meeting, not the programme: its head comes before the complement.
    { text: "Unions met at the Dockers' Parallel Event to the Coastal Labour Initiative in Durban.", name: "Dockers' Parallel Event to the Coastal Labour Initiative", kind: "FORUM" },
    { text: "Togo hosted a Capacity-Building Workshop on Coastal Recruitment in Lomé.", name: "Capacity-Building Workshop on Coastal Recruitment", kind: "FORUM" },
    { text: "She spoke about the Coastal Cities Migration Network at length.", name: "Coastal Cities Migration Network", kind: "INITIATIVE" },
    { text: "The Andean Labour Mobility Strategy was adopted.", name: "Andean Labour Mobility Strategy", kind: "INITIATIVE" },
    { text: "It funds the Coastal Migration in Peru Initiative with others.", name: "Coastal Migration in Peru Initiative", kind: "INITIATIVE" },
    { text: "Police ran Project Safe Harbour for two years.", name: "Project Safe Harbour", kind: "INITIATIVE" },
    { text: "Tinland funds the Programme Fisheries and Diaspora with partners.", name: "Programme Fisheries and Diaspora", kind: "INITIATIVE" },
    { text: "The Tripartite Action to Protect Fishers from Forced Labour started.", name: "Tripartite Action to Protect Fishers from Forced Labour", kind: "INITIATIVE" },
    { text: "It joined the Coastal Campaign for Ratification of the Convention on the Rights of the Child.", name: "Coastal Campaign for Ratification", kind: "INITIATIVE" },
    { text: "The Nordic Steering Committee of the Coastal Campaign for Fishers met.", name: "Coastal Campaign for Fishers", kind: "INITIATIVE" },
    { text: "The Andean Labour Migration Working Group met.", name: "Andean Labour Migration Working Group", kind: "FORUM" },
    { text: "Volunteers joined the Movement Against Coastal Xenophobia in May.", name: "Movement Against Coastal Xenophobia", kind: "ORGANIZATION" },
    { text: "The Coastal Climate Information System routinely issues bulletins.", name: "Coastal Climate Information System", kind: "INITIATIVE" },
    { text: "World Fishers Remittance Day will bring together operators.", name: "World Fishers Remittance Day", kind: "INITIATIVE" },
    { text: "Thailand hosted the Coastal Symposium on Fishers' Mobility in 2001.", name: "Coastal Symposium on Fishers' Mobility", kind: "FORUM" },
    { text: "The Coastal Development Account paid for a study on remittance costs.", name: "Coastal Development Account", kind: "INITIATIVE" },
    { text: "The Harbour Borders Package was debated by ministers.", name: "Harbour Borders Package", kind: "INITIATIVE" },
    { text: "The Harbour Humanitarian Response Plan for 2013 asked for more boats.", name: "Harbour Humanitarian Response Plan for 2013", kind: "INITIATIVE" },
    { text: "The Directorate-General for Fisheries and Ports drafted the plan.", name: "Directorate-General for Fisheries and Ports", kind: "ORGANIZATION" },
    { text: "The Coastal Overseas Employment Administration licenses recruiters for work abroad.", name: "Coastal Overseas Employment Administration", kind: "ORGANIZATION" },
    // A state's training school for one trade is a body, like a college.
    { text: "Cadets train at the Coastal Fisheries Polytechnic in Tema.", name: "Coastal Fisheries Polytechnic", kind: "ORGANIZATION" },
    { text: "The Harbour Film Festival screens stories of fishers who moved.", name: "Harbour Film Festival", kind: "INITIATIVE" },
    // A regional instrument named by its head: a statute, a card issued under a scheme.
    { text: "The Coastal Fisheries Statute was adopted by ministers in 2019.", name: "Coastal Fisheries Statute", kind: "INITIATIVE" },
    { text: "The Nordic Labour Mobility Card lets workers move freely.", name: "Nordic Labour Mobility Card", kind: "INITIATIVE" },
    // A declaration commits its signers politically and is open to no ratification: an initiative, not a treaty.
    { text: "Fisheries ministers adopted the Lagoon Declaration on Crew Mobility at their Suva meeting.", name: "Lagoon Declaration on Crew Mobility", kind: "INITIATIVE" },
    { text: "Twelve port states signed the Harbourtown Ministerial Declaration in 2011.", name: "Harbourtown Ministerial Declaration", kind: "INITIATIVE" },
    // A pact and a regulation are named packages of commitments or rules, as a compact or a statute is.
    { text: "Coastal ministers signed the Lagoon Pact on Crew Welfare in 2020.", name: "Lagoon Pact on Crew Welfare", kind: "INITIATIVE" },
    { text: "The Harbour Arrivals Screening Regulation applies from next year.", name: "Harbour Arrivals Screening Regulation", kind: "INITIATIVE" },
    // The treaty heads stay treaties.
    { text: "Twelve port states ratified the Lagoon Convention on Crew Mobility by 2011.", name: "Lagoon Convention on Crew Mobility", kind: "CONVENTION" },
    { text: "The Coastal Mobility Taskforce met twice in 2019.", name: "Coastal Mobility Taskforce", kind: "FORUM" },
    { text: "The union hosted a Capacity-Building Workshop on Crew Recruitment in Mombasa.", name: "Capacity-Building Workshop on Crew Recruitment", kind: "FORUM" },
    { text: "The office organized a Judicial Colloquium on the Implementation of Article 3 in 2011.", name: "Judicial Colloquium on the Implementation of Article 3", kind: "FORUM" },
    { text: "The Coastal Inter-Parliamentary Caucus on Fishers' Rights met in Manila.", name: "Coastal Inter-Parliamentary Caucus on Fishers' Rights", kind: "FORUM" },
    { text: "The High-Level Panel on Coastal Displacement presented its findings to the Secretary-General.", name: "High-Level Panel on Coastal Displacement", kind: "FORUM" },
    // A body named "X International", as many NGOs are: the word closing the name is its head.
    { text: "The campaign was run by Fishers Rights International and local unions.", name: "Fishers Rights International", kind: "ORGANIZATION" },
    // "Parliamentary" makes an assembly a legislature, a body (LEGISLATURES in legislatures.ts); plain "Assembly" is a meeting noun.
    { text: "The Coastal Assembly of Fishers adopted a resolution on nets.", name: "Coastal Assembly of Fishers", kind: "FORUM" },
    // A series of conferences named in the plural is the series itself ("the Lagoon Conferences on X"), as "Consultations" is.
    { text: "Under the Lagoon Technical Conferences on Reef Fisheries, island ministers agreed new quotas in 2016.", name: "Lagoon Technical Conferences on Reef Fisheries", kind: "FORUM" },
    // Bodies named by a company's, a chamber's or a town's head noun; "Foundations" closing a name is one NGO's name.
    { text: "The Harbour Challenge Corporation paid for two boats.", name: "Harbour Challenge Corporation", kind: "ORGANIZATION" },
    { text: "Grants came from the Open Harbour Foundations and local donors.", name: "Open Harbour Foundations", kind: "ORGANIZATION" },
    { text: "The Coastal Chamber of Fishing Industries trained skippers.", name: "Coastal Chamber of Fishing Industries", kind: "ORGANIZATION" },
    { text: "The event was hosted by the Municipality of Harbourtown in June.", name: "Municipality of Harbourtown", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "A chapter on the Role of Civil Society follows.", name: "Role of Civil Society" },
    { text: "See the paper “Regional Cooperative Approach to Address Fishers, Crews and Irregular Movement” (2011).", name: "Address Fishers, Crews and Irregular Movement" },
    { text: "Data come from the national Labour Force Survey of each country.", name: "Labour Force Survey" },
    { text: "See Security Council Resolution No. 1325 for details.", name: "Council Resolution No" },
    { text: "The Global Remittances Report was launched in May.", name: "Global Remittances Report" },
    // "International" before its noun is an adjective, not a head.
    { text: "The Coastal International Fishers Day was marked in May.", name: "Coastal International" },
    // A plain paper is no scheme: a card names an instrument only as a name of its own (headKind.ts namedCard).
    { text: "Each traveller shows a National Identity Card at the border.", name: "National Identity Card" },
    { text: "Officials checked every Green Card twice at the port.", name: "Green Card" },
    // A bare "<Region> Pact" may be a bloc's own name: only a pact with its complement is an instrument (headKind.ts).
    { text: "The Coral Coast Pact admitted two new states in 1990.", name: "Coral Coast Pact" },
    // The plural series keeps its complement, and a lower-case plural is a description, not a name.
    { text: "Under the Lagoon Technical Conferences on Reef Fisheries, island ministers agreed new quotas in 2016.", name: "Lagoon Technical Conferences" },
    { text: "Island ministers hold technical conferences on Reef Fisheries now and then.", name: "technical conferences on Reef Fisheries" },
  ],
};
