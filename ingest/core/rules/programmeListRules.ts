import type { HeadingList } from "./listRules.js";
import { IMPLEMENTER_LABELS } from "../implementerLabels.js";

/**
 * Labels of a programme's or plan's fact sheet ("Countries:", "Lead agency: IOM", "Implemented by:", "Supported by:")
 * and the relation each states between the page's initiative and the rows under it or after the colon.
 * Read by labelLists.ts like the lists in listRules.ts. These labels are bare: "Countries" alone says
 * nothing about whose countries, so `topicNamed` asks that the page title, the section heading or the label
 * itself name the initiative; the latest initiative mentioned is not enough.
 * A label of this table on its own line with its value after the colon is a field, not a heading (normalise.ts).
 */
export interface ProgrammeList extends HeadingList {
  topicNamed: true;
}

const JMDI = "Joint Migration and Development Initiative (JMDI)\n\nThe JMDI works with local authorities on migration.\n\n";
const MIDA = "Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\n";
const CARICOM = "Caribbean Community (CARICOM)\n\nThe Caribbean Community is a regional integration body with its secretariat in Georgetown.\n\n";
const ALLIANCE = "Harbour Aid Alliance (HAA)\n\nThe Harbour Aid Alliance is a network of groups that help seafarers, with its secretariat in Oslo.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";

export const PROGRAMME_LISTS: ProgrammeList[] = [
  {
    // "Countries:", "Countries and territories", "Locations:" on a programme's own page: where it works.
    id: "programme-bare-countries",
    heading: /^(?:countries|countries and territories|locations?|where|countries of (?:intervention|activity))$/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, topicNamed: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}Countries:\n- Lebanon\n- Jordan\n- Iraq\n`, expect: ["ini:jmdi", "ctry:iq"] },
        { text: `${MIDA}Countries: Ghana, Ethiopia and Somalia`, expect: ["ini:mida", "ctry:et"] },
        // A list item titled by the programme's name alone owns its field (itemTitle.ts).
        { text: "Our programmes\n\n- Herders Mobility Programme. It is run by FAO. Countries: Mali, Niger and Chad.\n", expect: ["ini:herders-mobility-programme", "ctry:ne"] },
      ],
      negative: [
        // A forum's "Countries" are its members or guests, not places it works in.
        { text: `${RABAT}It follows up MIDA and other programmes.\n\nCountries:\n- Senegal\n- Spain\n`, expect: ["ini:mida", "ctry:sn"] },
        { text: `${JMDI}Donors:\n- Japan\n\nNews from the countries:\n- Kuwait pledges more\n`, expect: ["ini:jmdi", "ctry:kw"] },
        // An item whose first sentence says something is titled by nothing: its bare field has no owner named.
        { text: "Our programmes\n\n- FAO runs the Herders Mobility Programme. Countries: Mali, Niger and Chad.\n", expect: ["ini:herders-mobility-programme", "ctry:ne"] },
      ],
    },
  },
  {
    id: "programme-lead",
    heading: new RegExp(`^(?:lead(?:ing)? (?:agency|agencies|organi[sz]ations?|partners?)|led by|co-led by|${IMPLEMENTER_LABELS.implementedBy}|implementing (?:${IMPLEMENTER_LABELS.agencies})|managed by|executing (?:agency|agencies)|coordinated by|coordinating (?:agency|agencies))$`, "i"),
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], topicNamed: true, confidence: 0.75,
    examples: {
      positive: [
        { text: `${MIDA}Lead agency: IOM\nDonors: Italy, Belgium\n`, expect: ["org:iom", "ini:mida"] },
        { text: `${JMDI}Co-led by:\n- UNHCR\n- UNDP\n`, expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        { text: `${MIDA}Contact agency: IOM\n`, expect: ["org:iom", "ini:mida"] },
        { text: `${MIDA}Events led by the programme:\n- a workshop with IOM\n`, expect: ["org:iom", "ini:mida"] },
      ],
    },
  },
  {
    // "MEMBER COUNTRIES" / "Member states:" over bare rows on a regional body's own page: its member states. The label
    // says nothing about whose members, so the page title, the section heading or the label must name the body; the
    // latest organization the prose mentioned (a conference's organiser, an agency) is not the list's owner.
    // "Associate members", "Observer countries" and other standings are not membership: the label is anchored.
    id: "organization-member-states",
    heading: /^(?:full\s+)?(?:members|member (?:states|countries|governments))$/i,
    type: "MEMBER_OF", rows: ["COUNTRY"], topics: ["ORGANIZATION"], topicNamed: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${CARICOM}MEMBER STATES\nJamaica (1973)\nGuyana (1973)\n`, expect: ["ctry:gy", "org:caricom"] },
        { text: `${CARICOM}Member states: Jamaica, Guyana and Belize\n`, expect: ["ctry:bz", "org:caricom"] },
      ],
      negative: [
        // Associates and observers are no members.
        { text: `${CARICOM}ASSOCIATE MEMBERS\nBermuda (2003)\nAnguilla (1999)\n\nOBSERVER COUNTRIES\nMexico\nColombia\n`, expect: ["ctry:mx", "org:caricom"] },
        // A body the prose named last, on a page that is not its own, owns no bare member list.
        { text: `Regional conference on labour mobility\n\nThe meeting was organised with support from GIZ.\n\nMember states:\n- Kenya\n- Uganda\n`, expect: ["ctry:ug", "org:giz"] },
        // Nor does a table's column of member countries (HeadingLists: a column read both ways keeps the table's lists).
        { text: `Regional conference on labour mobility\n\nThe meeting was organised with support from GIZ.\n\nMember countries | Observer countries\nKenya | Japan\nUganda | Norway\n`, expect: ["ctry:ug", "org:giz"] },
      ],
    },
  },
  {
    // "Member organisations" on a network's or alliance's own page (an organization whose members are bodies): its
    // member bodies. As for member states, the page title, the section heading or the label must name the body.
    id: "organization-member-bodies",
    heading: /^(?:full\s+)?member (?:organi[sz]ations|bodies|agencies|ngos)$/i,
    type: "MEMBER_OF", rows: ["ORGANIZATION"], topics: ["ORGANIZATION"], topicNamed: true, confidence: 0.7,
    examples: {
      positive: [
        { text: `${ALLIANCE}Member organisations:\n- Tema Port Welfare Association\n- Nordic Harbour Council\n`, expect: ["org:nordic-harbour-council", "org:harbour-aid-alliance"] },
      ],
      negative: [
        // Partners are no members.
        { text: `${ALLIANCE}Partner agencies:\n- Tema Port Welfare Association\n- Nordic Harbour Council\n`, expect: ["org:nordic-harbour-council", "org:harbour-aid-alliance"] },
        // A body the prose named last, on a page that is not its own, owns no bare member list.
        { text: `Regional conference on port welfare\n\nThe meeting was organised with support from GIZ.\n\nMember organisations:\n- Tema Port Welfare Association\n- Nordic Harbour Council\n`, expect: ["org:nordic-harbour-council", "org:giz"] },
      ],
    },
  },
  {
    // Where an organization's member bodies are, under a label on its own page: "Where our members are", "Countries of
    // presence". As for member states, the page title, the section heading or the label must name the body. "Where we
    // work" is not read for an organization: on a page that also names a programme, that label is the programme's
    // (programme-countries in listRules.ts), and a section heading read both ways takes the latest body of either kind.
    // "Offices" is a head that names something else (labelLexicon.ts OTHER_HEADS), so an office list is not read here.
    id: "organization-presence",
    heading: /^(?:where (?:our|its|the) (?:members|member organi[sz]ations|national members|affiliates) are(?: based)?|countries of presence)$/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.65,
    examples: {
      positive: [
        { text: `${ALLIANCE}Where our members are\n- Ghana\n- Chile\n`, expect: ["org:harbour-aid-alliance", "ctry:cl"] },
      ],
      negative: [
        // Meetings it held are venues, not places it works.
        { text: `${ALLIANCE}Meetings\n- Accra (Ghana), 2019\n- Valparaiso (Chile), 2021\n`, expect: ["org:harbour-aid-alliance", "ctry:cl"] },
        // Another body's page: the organization the prose named last owns no bare label.
        { text: `Regional conference on port welfare\n\nThe meeting was organised with support from GIZ.\n\nWhere our members are\n- Ghana\n- Chile\n`, expect: ["org:giz", "ctry:cl"] },
        // A programme's page: "Where we work" lists the programme's countries, not its lead agency's.
        { text: `${MIDA}MIDA is run by IOM.\n\nWhere we work\n- Ghana\n- Chile\n`, expect: ["org:iom", "ctry:cl"] },
      ],
    },
  },
  {
    id: "programme-support",
    heading: /^(?:supported by|with (?:the )?support (?:of|from)|technical (?:support|partners?)|supporting (?:governments|states|countries|organi[sz]ations|partners))$/i,
    type: "SUPPORTS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE", "FORUM"], topicNamed: true, confidence: 0.7,
    examples: {
      positive: [{ text: `${MIDA}Supported by: UNDP and the ILO\n`, expect: ["org:ilo", "ini:mida"] }],
      negative: [{ text: `${MIDA}Supporting documents: a note by the ILO\n`, expect: ["org:ilo", "ini:mida"] }],
    },
  },
];
