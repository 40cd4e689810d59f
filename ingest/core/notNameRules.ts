import type { NameRule } from "./NameRule.js";

/** Name rules about what is no name: generic descriptions, trailing dates and places, a body's name as a modifier (see NameRule.ts). */

/**
 * Words that name a meeting only by who comes or what it is for. Many owners hold a pledging conference or a leaders'
 * summit, so such a name is no body of its own: read as a name, every page's "Leaders' Summit" would be one global
 * meeting. Whose it is, the sentence or the page must say. Kept apart from the plain generic words because it is this
 * kind of meeting name, not a word that describes anything, that they stand for.
 */
export const OWNERLESS_MEETINGS: NameRule = {
  id: "ownerless-meetings",
  what: "A meeting named only by who comes or what it is for ('a Pledging Conference', 'the Leaders' Summit', 'the Donors' Conference') is a kind of meeting many owners hold, no entity of its own; these words count as generic words (GENERIC_NAMES).",
  // "Bilateral Meetings", "the Spring Meetings": meetings of a kind or a season any two states or any body hold.
  words: "Pledging Leaders Donors Donor Bilateral Trilateral Multilateral Spring Autumn".split(" "),
  positive: [],
  negative: [
    { text: "The reef states met again at a Pledging Conference in Apia in 2019.", name: "Pledging Conference" },
    { text: "The chair passed to Tonga at the Leaders' Summit in Nuku'alofa.", name: "Leaders' Summit" },
    { text: "Norway spoke at the Donors' Conference held in Oslo.", name: "Donors' Conference" },
    { text: "Fiji and Tonga held Bilateral Meetings on reef patrols in Suva in 2018.", name: "Bilateral Meetings" },
    { text: "Samoa sent its finance minister to the Spring Meetings of the Reef Bank in Apia.", name: "Spring Meetings" },
  ],
};

export const GENERIC_NAMES: NameRule = {
  id: "generic-names",
  what: "A name made only of head nouns, connectors and these generic words (and OWNERLESS_MEETINGS') describes, it does not name ('the Plan of Action', 'a Trust Fund'); it is an entity only as a sub-unit of a stated parent.",
  words: "International Global Regional National Joint General Executive Annual Permanent Advisory Steering Operational Working Governing Action Strategic Multi-Partner Multi-Donor Trust Emergency Voluntary Monitoring Expert Experts Trustees Coordinating Country New Second First Third High Supreme Data Field Liaison Evaluation Inter-agency Inter-Agency Local Special Extraordinary Technical Outcome Statement Policy Main Central Standing Consultative Executive Organizing Preparatory Secretariat UN United Nations Civil Task Ministerial Senior Officials Principals Level High-level High-Level Ad Hoc Heads State Government Governments All Members Side Parallel Launch Opening Closing Public Online Virtual Final".split(" ").concat(OWNERLESS_MEETINGS.words),
  positive: [],
  negative: [
    { text: "A Plan of Action was agreed by the ministers.", name: "Plan of Action" },
    // "Final" says which of a meeting's texts it is, not whose: "a Final Declaration" names nothing.
    { text: "At the close of the Suva meeting the ministers adopted a Final Declaration on fisher mobility.", name: "Final Declaration" },
    { text: "States signed the UN Convention and a UN Joint Programme started.", name: "UN Convention" },
    { text: "Donors pooled money in a Multi-Partner Trust Fund.", name: "Multi-Partner Trust Fund" },
    { text: "The Board of Trustees met twice.", name: "Board of Trustees" },
    { text: "Ministers signed the memorandum at the opening of a High Level Conference held in Beirut.", name: "High Level Conference" },
    { text: "The Strategic Plan runs to 2017.", name: "Strategic Plan" },
    { text: "The Task Force met after the Senior Officials’ Meeting.", name: "Task Force" },
    { text: "Ministers prepared the Summit of Heads of State and Government in Lima.", name: "Summit of Heads of State and Government" },
    { text: "In December the Group held an All Members Meeting in Accra.", name: "Members Meeting" },
    { text: "In December the Group held an All Members Meeting in Accra.", name: "All Members Meeting" },
    // A board named by what it does, with no owner in its name: one of a fund's boards, no body of its own.
    { text: "The Trust Fund Board met jointly with the Operational Board in Brussels.", name: "Operational Board" },
    // An event is a meeting's head noun (HEAD_NOUNS), but "a Side Event" only says what sort of meeting it was.
    { text: "UNICEF organized a Side Event at the coastal summit.", name: "Side Event" },
    { text: "The Network held a Parallel Event in May and a Launch Event in June.", name: "Parallel Event" },
    { text: "The Network held a Parallel Event in May and a Launch Event in June.", name: "Launch Event" },
    { text: "Ministers came back to Apia for an Extraordinary Meeting in 2017.", name: "Extraordinary Meeting" },
  ],
};

export const TRAILING_CONTEXT: NameRule = {
  id: "trailing-context",
  what: "A name does not end in a date or a location phrase: 'in June', 'of October', 'in London' after an institution's head noun, 'from Geneva' where officials came from; nor does it start with a month: 'In June the … Group'.",
  words: "January February March April May June July August September October November December".split(" "),
  positive: [
    { text: "She studied at the Nordic Migration Institute in Oslo before.", name: "Nordic Migration Institute", kind: "ORGANIZATION" },
    { text: "The Policy Review Committee of Tinland met in October.", name: "Policy Review Committee of Tinland", kind: "ORGANIZATION" },
    { text: "Officials of the Tinland Department of Labour Affairs in Geneva met.", name: "Tinland Department of Labour Affairs", kind: "ORGANIZATION" },
    { text: "In June the Tinland Labour Mobility Working Group met in Geneva.", name: "Tinland Labour Mobility Working Group", kind: "FORUM" },
    { text: "On 3 October the Coastal Mobility Forum adopted its plan.", name: "Coastal Mobility Forum", kind: "FORUM" },
    { text: "Officials of the Tinland Department of Labour Affairs from Geneva met.", name: "Tinland Department of Labour Affairs", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "She studied at the Nordic Migration Institute in Oslo before.", name: "Nordic Migration Institute in Oslo" },
    { text: "A meeting of the Coastal Mobility Forum in June agreed.", name: "Coastal Mobility Forum in June" },
    { text: "In June the Tinland Labour Mobility Working Group met in Geneva.", name: "June the Tinland Labour Mobility Working Group" },
    { text: "In early September the Coastal Mobility Forum met.", name: "September the Coastal Mobility Forum" },
    { text: "Officials of the Tinland Department of Labour Affairs from Geneva met.", name: "Tinland Department of Labour Affairs from Geneva" },
  ],
};

export const NOT_NAMES: NameRule = {
  id: "not-names",
  what: "A body's name used as a modifier of a collective noun ('UN agencies', 'the UN system', 'IOM partners') names the members, not the body: no mention of it. A word of the list that is also a verb ('funds', 'partners') is the body's verb when an object follows it ('UNHCR funds the X', 'IOM partners with Y').",
  words: "agencies agency system systems entities entity bodies organizations organisations partners family funds programmes country team teams members office offices staff officials missions wide-".split(" "),
  positive: [
    { text: "In 2016 IOM joined the United Nations as a related organization.", name: "United Nations", kind: "ORGANIZATION" },
    { text: "UNICEF funds the Coastal Shelter Network in two ports.", name: "United Nations Children’s Fund", kind: "ORGANIZATION" },
    { text: "Since 2015 UNHCR funds a Coastal Shelter Network for fishers.", name: "Office of the United Nations High Commissioner for Refugees", kind: "ORGANIZATION" },
    { text: "IOM partners with the Coastal Shelter Network in Tinland.", name: "International Organization for Migration", kind: "ORGANIZATION" },
    { text: "Initially the Coastal Mobility Programme covered two ports.", name: "Coastal Mobility Programme", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "UNICEF funds were spent on the Coastal Shelter Network.", name: "United Nations Children’s Fund" },
    { text: "Other UN agencies and the UN system support the process.", name: "United Nations" },
    { text: "IOM partners in Tinland joined the Coastal Mobility Network.", name: "International Organization for Migration" },
    { text: "The EC–UN supported Coastal Mobility Programme ended.", name: "United Nations" },
    { text: "The Organization works with governments.", name: "the Organization" },
    { text: "The Organization works with governments.", name: "Organization" },
    // A table's column header: the act done to the protocol, not a name.
    { text: "| Member State | Ratified the Protocol | Note on membership |", name: "Ratified the Protocol" },
    // A sentence-opening adverb of time before a definite description: no name.
    { text: "Later the Fund’s remit was widened to cover two more coasts.", name: "Later the Fund" },
    { text: "Initially the Coastal Mobility Programme covered two ports.", name: "Initially the Coastal Mobility Programme" },
  ],
};

export const CARD_LABELS: NameRule = {
  id: "card-labels",
  what: "A listing's card label, a common word in capitals before the title it marks ('UPDATE  Harbour Fund …', 'EVENT  …', 'NEWS  …'), says what sort of item follows; it is no word of the name.",
  words: "EVENT EVENTS NEWS UPDATE UPDATES FEATURE STORY OPINION ANNOUNCEMENT STATEMENT INTERVIEW WEBINAR PODCAST VIDEO BLOG".split(" "),
  positive: [
    { text: "Coastal news\n\nThe items below are the latest.\n\nUPDATE  Harbour Fund for Crew Welfare opens its second call for proposals, with grants for port chaplaincies in Fiji and Samoa.", name: "Harbour Fund for Crew Welfare", kind: "INITIATIVE" },
    { text: "Coastal news\n\nThe items below are the latest.\n\nNEWS  Lagoon Network of Fisher Unions meets in Apia with delegates from Tonga and Samoa.", name: "Lagoon Network of Fisher Unions", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Coastal news\n\nThe items below are the latest.\n\nUPDATE  Harbour Fund for Crew Welfare opens its second call for proposals, with grants for port chaplaincies in Fiji and Samoa.", name: "UPDATE Harbour Fund for Crew Welfare" },
    // An acronym in capitals that is no card label stays the owner in the name.
    { text: "Coastal news\n\nThe items below are the latest.\n\nThe NCFU Harbour Fund for Crew Welfare opened its second call for proposals in Fiji.", name: "Harbour Fund for Crew Welfare" },
  ],
};
