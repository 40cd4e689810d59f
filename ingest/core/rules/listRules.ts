import type { EntityKind, RelationType } from "../../../src/ontology/ontology.js";
import { participating, PARTICIPANT_NOUNS } from "./participantNouns.js";
import type { RuleExample } from "./RelationRule.js";
import { TREATY_BODY_LIST } from "./treatyBodyList.js";
import { RATIFICATION_LIST } from "./ratificationList.js";
import { IMPLEMENTER_LABELS } from "../implementerLabels.js";

/**
 * Lists read by their structure rather than by a verb (labelLists.ts, listHeading.ts, relate.ts).
 *  - HEADING_LISTS: a label ending in a colon ("Members:", "Observer states:", "Ratifications, with the year
 *    each was registered:") states the relation; each row under it ("Italy: 1952", "2011–2013: Sri Lanka",
 *    "- Bangladesh"), or the rest of the line after the colon, names one end plus an optional year or period.
 *  - LEAD_INS and ROW_STATEMENTS (rules/leadInRules.ts): a sentence whose clause before the colon states the
 *    relation, and a register row that states it in a column of its own.
 * The other end is the list's topic: a name before the colon ("the project", "it" through coreference),
 * else the entity the section heading or page names, else the latest one named.
 * Every entry carries positive and negative pages; test/unit/listRules.test.ts runs them through the pipeline.
 */
export type { HeadingList } from "./HeadingList.js";
import type { HeadingList } from "./HeadingList.js";

const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";
const ADD = "The Abu Dhabi Dialogue\n\nThe Abu Dhabi Dialogue brings Asian states together with the Gulf states.\n\n";
const PROGRAMMES = "Regional programmes\n\nThe two programmes below are run with IOM.\n\n";
const GMG = "The Global Migration Group\n\nThe GMG meets every quarter in Geneva.\n\n";

/** Who came, as a list's name says it: "list of participants", "list of delegations" (this file's participants, leadInRules' participant-list). */
export const WHO_CAME = "(?:participants|delegations|delegates|attendees)";

export const HEADING_LISTS: HeadingList[] = [
  {
    id: "members-of-forum",
    // A dialogue's partners, states or organisations, are its members (as a regional process lists them). The members
    // of a consortium belong to the consortium, which runs a programme: they take part in that (labelLexicon.ts).
    heading: new RegExp(String.raw`\b(?<!\bconsortium\s+)(?:members?|member\s+(?:${PARTICIPANT_NOUNS.states}|${PARTICIPANT_NOUNS.bodies})|${participating("states")}|membership|partner (?:countries|states|organi[sz]ations|agencies))(?!\s+(?:of|in)\s+(?:the\s+|its\s+)?consortium\b)(?:\s+(?:of|to|in|for)\b(?!.*\buntil\b).*)?$`, "i"),
    type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.8,
    examples: {
      positive: [
        { text: `${RABAT}Members:\n\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        // Names parted by middots on the label's own line.
        { text: `${RABAT}Member countries: Morocco · Senegal · Spain`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}Partner organisations: ECOWAS, IOM and UNHCR`, expect: ["org:iom", "forum:rabat-process"] },
        // A register's column headed in the singular ("Member State | Joined").
        { text: `${RABAT}Member State | Joined\nMorocco | 2006\nSenegal | 2006\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        // A register cut by initial letters: "A–M:" labels rows, it opens no field of another kind.
        { text: `${RABAT}Member States:\n\nA–M: Mali, Morocco\nN–Z: Senegal, Spain\n`, expect: ["ctry:sn", "forum:rabat-process"] },
      ],
      negative: [
        { text: `${RABAT}Members:\n\n- Morocco\n- Senegal\n\nIOM acts as the secretariat of the Process.`, expect: ["org:iom", "forum:rabat-process"] },
        { text: `${RABAT}Partner organisations: ECOWAS and UNHCR\nSecretariat: IOM`, expect: ["org:iom", "forum:rabat-process"] },
        { text: `${RABAT}Member States:\n\nA–M: Mali, Morocco\nVenue: Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        // Those asking to join are no members yet, whichever word the label puts first.
        { text: `${RABAT}Candidates for membership:\n\n- Ghana\n- Togo\n`, expect: ["ctry:gh", "forum:rabat-process"] },
        { text: `${RABAT}Applicants for membership: Ghana and Togo`, expect: ["ctry:tg", "forum:rabat-process"] },
        // A date "until" after the head ends the membership, whether the label names its topic or not.
        { text: `${RABAT}Members of the Process until 2015:\n\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}Members until 2015:\n\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}Member countries of the Rabat Process until 2015: Morocco, Senegal`, expect: ["ctry:sn", "forum:rabat-process"] },
      ],
    },
  },
  {
    // Regional consultative processes list their members as the two sides of a migration corridor.
    id: "origin-destination-members",
    heading: /^(?:(?:member\s+)?(?:countries|states) of (?:origin|destination)|(?:origin|destination|sending|receiving) (?:countries|states))\b/i,
    type: "MEMBER_OF", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [{ text: `${ADD}Countries of origin (3): Afghanistan, Bangladesh and Nepal.\nCountries of destination: Kuwait and Oman.`, expect: ["ctry:om", "forum:abu-dhabi-dialogue"] }],
      negative: [{ text: `${ADD}Publications:\n\n- Remittances to Nepal, 2015\n- Labour markets in Oman\n`, expect: ["ctry:om", "forum:abu-dhabi-dialogue"] }],
    },
  },
  {
    id: "partners-of-initiative",
    heading: new RegExp(String.raw`\b(?:participating\s+(?:un\s+|united\s+nations\s+)?(?:${PARTICIPANT_NOUNS.bodies})|${participating("states")}|partners|partner (?:organi[sz]ations|agencies))(?:\s+(?:of|to|in|for)\b.*)?$`, "i"),
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.75,
    examples: {
      positive: [{ text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nPartner organisations:\n\n- UNHCR\n- UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] }],
      negative: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nActivities:\n\n- training with UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] },
        // Implementing partners carry out the initiative: they lead it (lead-agency), they do not only take part.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nImplementing partners:\n\n- UNHCR\n- UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "chairs",
    heading: /^(?:former|past|previous|current|present|later|earlier|successive|subsequent|incoming|outgoing)?\s*(?:country\s+)?(?:(?:co-)?chairs?(?:manship|persons?|s)?(?:-in-office)?(?: countries| country)?|(?:pro[- ]tempore\s+)?presidenc(?:y|ies))\b/i,
    type: "CHAIRED", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.8,
    examples: {
      positive: [
        { text: `${GMG}Past Chairs:\n\n- 2008: UNHCR\n- 2010: UNDP\n`, expect: ["org:undp", "forum:gmg", "2010"] },
        // A rotating presidency, its label qualified ("history"), its items on one line each opening with a year.
        { text: `${RABAT}Presidency history: 2014 Senegal; 2016 Mali; 2018 Spain.`, expect: ["ctry:ml", "forum:rabat-process", "2016"] },
        { text: `${RABAT}Country chair: Mali`, expect: ["ctry:ml", "forum:rabat-process"] },
        // A page titled by a listed meeting's name alone is that meeting's (headingEntity.ts).
        { text: "GFMD 2010\n\nChair: Mexico", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // A chair list under a section on the meetings: a row's year is the chair's term, not a meeting it hosted.
        { text: `${RABAT}The meetings\n\nThe dialogue meets every two years.\n\nSuccessive chairs:\n2014: Senegal\n2016: Mali\n`, expect: ["ctry:ml", "forum:rabat-process"] },
      ],
      negative: [{ text: `${GMG}Meeting dates:\n\n- 2008: UNHCR offices\n- 2010: UNDP offices\n`, expect: ["org:undp", "forum:gmg"] }],
    },
  },
  {
    // A label that says who hosted ("Hosts:", "Host country: Bangladesh").
    id: "hosts",
    heading: /^(?:past\s+|previous\s+)?(?:(?:co-)?hosts?|(?:co-)?host countries|hosting countries|hosted by)\b/i,
    type: "HOSTED", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [
        // A meeting's own page: its co-hosts.
        { text: "Global Forum on Migration and Development 2017\n\nThe summit met in Berlin.\n\nCo-hosts: Germany, Morocco\n", expect: ["ctry:ma", "forum:gfmd-2017"] },
        // A meeting's own page: the row needs no year.
        { text: "GFMD 2016\n\nHost country: Bangladesh", expect: ["ctry:bd", "forum:gfmd-2016"] },
        { text: "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\nPast hosts:\n\n- 2007 – Belgium\n- 2008 – Philippines\n", expect: ["ctry:ph", "forum:gfmd-2008"] },
      ],
      negative: [{ text: "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\nReports:\n\n- 2008 – Manila, Philippines\n", expect: ["ctry:ph", "forum:gfmd-2008"] }],
    },
  },
  {
    // A label over the meetings by year and venue ("Past meetings:", "Venues"): a venue row names the place it met, which
    // hosts only where the page names no organization that puts the series on (venueRowOrganiser.ts).
    id: "venues",
    heading: /^(?:past\s+|previous\s+)?(?:annual\s+|ministerial\s+)?(?:meetings|venues|summits|conferences|consultations|editions)\b/i,
    type: "HOSTED", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [
        { text: "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\nPast meetings:\n\n- 2007 – Brussels, Belgium\n- 2008 – Manila, Philippines\n", expect: ["ctry:ph", "forum:gfmd-2008"] },
        { text: "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\nPast editions\n\n2009 – Athens, Greece\n2010 – Puerto Vallarta, Mexico\n", expect: ["ctry:mx", "forum:gfmd-2010"] },
      ],
      negative: [
        // The meetings of a series an organization leads: the venue is where it held them.
        { text: "The Global Forum on Remittances\n\nThe Forum is an IFAD-led process that meets every two years.\n\nPast meetings:\n\n- 2009 – Tunis, Tunisia\n- 2013 – Bangkok, Thailand\n", expect: ["ctry:th", "forum:gfr-2013"] },
      ],
    },
  },
  {
    id: "funders",
    heading: /^(?:donors?|donor countries|funders?|funding(?: partners| sources)?|financing|financial partners|financed by|funded by|co-financed by|co-funded by|contributors?|(?:contributions|pledges)(?: received| to date| so far)?(?=\s*(?:\(|:|$)))\b(?!\s+(?:period|years?|cycle|status|gaps?|needs?|requirements?)\b)/i,
    type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.75,
    examples: {
      positive: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nDonors:\n\n- Switzerland\n- European Union\n", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nFunding: Switzerland and the European Union\n", expect: ["ctry:ch", "ini:jmdi"] },
        // A label qualified by the phase its rows belong to, among the sheet's other fields.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nManaged by: UNDP\nDonors, first phase: Switzerland and Norway\n", expect: ["ctry:no", "ini:jmdi"] },
        // A state written with its title: "the Kingdom of Norway".
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nDonors: the Government of Switzerland, the Kingdom of Norway", expect: ["ctry:no", "ini:jmdi"] },
        // A fund's record of what came in, each row dated: the contributors fund it.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nContributions received (chronological)\n\n- March 2016 - Switzerland: EUR 2 million\n- June 2017 - Norway: EUR 1 million\n", expect: ["ctry:no", "ini:jmdi"] },
      ],
      negative: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nDates:\n\n- Switzerland, 2008\n", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nDonors: Switzerland, with projects in the Republic of Moldova", expect: ["ctry:md", "ini:jmdi"] },
        // Contributions the initiative made to others are no funding of it.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nContributions to policy debates\n\n- a 2016 paper with Norway\n", expect: ["ctry:no", "ini:jmdi"] },
      ],
    },
  },
  {
    // Where a programme works, listed under a label of its own: the label names countries in the programme's
    // role ("Pilot countries:", "Target countries", "Countries covered:"), not a venue or a case.
    id: "programme-countries",
    heading: /^(?:(?:pilot|target|beneficiary|programme|program|project|focus|implementing|participating)\s+(?:countries|states)|countries\s+(?:covered|of (?:implementation|operation)|where (?:it|the (?:programme|project|initiative)) (?:works|operates))|(?:geographic(?:al)?\s+)?coverage|where (?:we|it|the (?:programme|program|project|initiative|fund|facility)) (?:works?|operates?|(?:is|are) (?:active|present)))\b/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM.\n\nPilot countries: Ghana, Ethiopia and Somalia.", expect: ["ini:mida", "ctry:et"] },
        // A table of programmes: a row's places are its own programme's (rowProgramme.ts), not the one named a row earlier.
        { text: `${PROGRAMMES}Project | Countries | Review meeting\nMIDA | Ghana, Ethiopia | Dakar, Senegal\nJMDI | Morocco, Nepal | Rome, Italy\n`, expect: ["ini:jmdi", "ctry:np"] },
        // A label of a whole clause before the names (contentRows.LABELLED_NAMES keeps the line a row, not a heading).
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM.\n\nCountries where the programme is active: Ghana, Ethiopia, Somalia", expect: ["ini:mida", "ctry:et"] },
        // The clause alone as the label, its subject the programme described: where the programme works.
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM. It began in 2001.\n\nWhere the programme works:\n- Ghana\n- Ethiopia\n", expect: ["ini:mida", "ctry:et"] },
      ],
      negative: [
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM.\n\nCase studies: Ghana, Ethiopia and Somalia.", expect: ["ini:mida", "ctry:et"] },
        { text: `${PROGRAMMES}Project | Countries | Review meeting\nMIDA | Ghana, Ethiopia | Dakar, Senegal\nJMDI | Morocco, Nepal | Rome, Italy\n`, expect: ["ini:mida", "ctry:np"] },
        { text: `${PROGRAMMES}Project | Countries | Review meeting\nMIDA | Ghana, Ethiopia | Dakar, Senegal\nJMDI | Morocco, Nepal | Rome, Italy\n`, expect: ["ini:jmdi", "ctry:it"] },
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM.\n\nCountries where the programme may be extended later: Ghana, Ethiopia, Somalia", expect: ["ini:mida", "ctry:et"] },
        // Where the people it reached came from is no place the programme works.
        { text: "Migration for Development in Africa\n\nMIDA is a capacity-building programme of IOM. It began in 2001.\n\nWhere the programme's trainees came from:\n- Ghana\n- Ethiopia\n", expect: ["ini:mida", "ctry:et"] },
      ],
    },
  },
  {
    // Who runs a programme, on its fact sheet: "Lead agency: UNICEF", "Implemented by: IOM and UNDP", "Implementing
    // partners: IFC; ILO". The ontology's LEADS is launching, leading, managing or implementing the initiative: a body
    // the sheet lists as implementing it leads it (a body's own implementing partner, in prose, only takes part).
    id: "lead-agency",
    heading: new RegExp(`^(?:lead (?:agency|agencies|organi[sz]ations?|partners?|implementer)|${IMPLEMENTER_LABELS.implementedBy}|(?:other\\s+)?implementing (?:${IMPLEMENTER_LABELS.agencies}|${IMPLEMENTER_LABELS.partners})|managed by)$`, "i"),
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nLead agency: UNDP", expect: ["org:undp", "ini:jmdi"] },
        // A fact box that parts label and value by a tab or a spaced dash.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nKey facts\n\nStarted\t2007\nLead agency\tUNDP\n", expect: ["org:undp", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nLead agency — UNDP\nDuration — four years\n", expect: ["org:undp", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nImplementing partners:\n\n- UNHCR\n- UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nImplementing partners: UNHCR; UNFPA\nDonor: Sweden\n", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nKey facts\n\nStarted\t2007\nImplementing partner\tUNDP\n", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nLead agency contact: UNDP press office", expect: ["org:undp", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nKey facts\n\nStarted\t2007\nLead agency contact\tUNDP press office\n", expect: ["org:undp", "ini:jmdi"] },
      ],
    },
  },
  {
    // Who organised a meeting or convenes a forum, on its own page: "Organized by: IFAD and the World Bank".
    id: "organizers",
    heading: /^(?:(?:co-)?organi[sz]ed by|(?:co-)?organi[sz]ers?|convened by|conveners?)$/i,
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [{ text: "Global Forum on Remittances 2017\n\nThe Forum met at United Nations Headquarters.\n\nOrganized by: IFAD and the World Bank", expect: ["org:ifad", "forum:gfr-2017"] }],
      negative: [{ text: "Global Forum on Remittances 2017\n\nThe Forum met at United Nations Headquarters.\n\nOrganizer's contact: IFAD and the World Bank press offices", expect: ["org:ifad", "forum:gfr-2017"] }],
    },
  },
  {
    // A fact sheet's "Secretariat: ICMPD" or "Technical secretariat: IOM" names who serves the forum, not who leads it.
    id: "secretariat",
    heading: /^(?:(?:technical|permanent|joint|administrative)\s+)?secretariat(?:\s+(?:provided\s+)?by)?$/i,
    type: "SUPPORTS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${ADD}Chair: Kuwait\nTechnical secretariat: IOM\nFounded: 2008`, expect: ["org:iom", "forum:abu-dhabi-dialogue"] },
        { text: `${ADD}Secretariat: IOM`, expect: ["org:iom", "forum:abu-dhabi-dialogue"] },
      ],
      negative: [
        { text: `${ADD}Chair: Kuwait\nSecretariat contact: IOM press office\nFounded: 2008`, expect: ["org:iom", "forum:abu-dhabi-dialogue"] },
        { text: `${ADD}Secretariat address: IOM building, Geneva`, expect: ["org:iom", "forum:abu-dhabi-dialogue"] },
        // A secretariat named after another series serves that series (seriesSecretariat.ts).
        { text: `${ADD}Secretariat: the Summits of the Pacific Secretariat, an office of the Reef Commission`, expect: ["org:summits-of-the-pacific-secretariat", "forum:abu-dhabi-dialogue"] },
      ],
    },
  },
  {
    // Who attended a meeting, as a field of its entry or its page: "Participants: Egypt, Kenya, IOM". On a register of
    // meetings the field takes its entry's year (entryYear.ts), so the list is that meeting's.
    id: "participants",
    // "Also present:", "Countries represented:", "Delegations attending:" name who was there as well.
    // "List of participants:", "Delegation list:", "Attendance list:" name the list itself. A sentence that names the list
    // is leadInRules.ts "participant-list": listOwner.ts (MEETING_LISTS) says why the two keep their own owner and pattern.
    // "Participants in the 5th Ministerial Meeting of X:" names the meeting it lists for (HeadingLists.ts: where that
    // names no entity, the list has no owner).
    heading: new RegExp(`^(?:participants(?=:|$|\\s+(?:in|at)\\s+\\S)(?:\\s+(?:in|at)\\s+[^:]+)?|${participating("delegations", "bodies")}|delegations|attended by|attendees|(?:also )?present|(?:(?:the )?(?:official |final |full )?list of ${WHO_CAME}|(?:delegation|participants?|attendance) list)|(?:(?:${PARTICIPANT_NOUNS.states}|${PARTICIPANT_NOUNS.delegations}|${PARTICIPANT_NOUNS.bodies}) )?(?:also )?(?:present|represented|attending|in attendance))$`, "i"),
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nParticipants: Kenya, Ghana, ILO\n", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: `${RABAT}Senior Officials Meeting, Dakar\n12–13 May 2015\nHost: Senegal\nParticipants: Spain, Mali, IOM\n`, expect: ["ctry:ml", "forum:rabat-process-2015"] },
        { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nCountries represented: Kenya, Ghana\nAlso present: ILO\n", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nList of participants:\nKenya\nGhana\nILO\n", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // The label names the meeting; its rows name groups of those who came (attendeeGroup.ts).
        { text: "Colombo Process\n\nThe Colombo Process is a regional consultative process.\n\nParticipants in the 5th Ministerial Meeting of the Colombo Process:\n- Member states: Nepal, India and Pakistan\n- Agencies and partners: UNICEF, the ILO\n", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
      ],
      negative: [
        { text: `${RABAT}Senior Officials Meeting, Dakar\n12–13 May 2015\nHost: Senegal\nParticipants: Spain, Mali, IOM\n`, expect: ["ctry:ml", "forum:rabat-process"] },
        { text: `${RABAT}Participants' reports: Spain, Mali\n`, expect: ["ctry:ml", "forum:rabat-process"] },
        // The label names one sitting: its participants took part in that, not in the standing process.
        { text: `${RABAT}Participants in the fifth informal meeting, Dakar, July 2019:\n- Member states: Spain, Mali\n`, expect: ["ctry:ml", "forum:rabat-process"] },
        { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nList of invited participants:\nKenya\nGhana\nILO\n", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nCountries represented: Kenya, Ghana\nNot present: ILO\n", expect: ["org:ilo", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "observers",
    // Those who attend without belonging (a meeting's or forum's participants are the "participants" rule's).
    heading: /\bobservers?(?: countries| states| organi[sz]ations)?$/i,
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${ADD}Observer states: France, Japan and Poland.`, expect: ["ctry:jp", "forum:abu-dhabi-dialogue"] },
        // Columns parted by tabs under labels: the second column's names are the observers.
        { text: `${ADD}Member States\tObservers\nKuwait\tFrance\nOman\tJapan\nQatar\n`, expect: ["ctry:jp", "forum:abu-dhabi-dialogue"] },
      ],
      negative: [
        { text: `${ADD}Observer states: France and Poland.\n\nA permanent secretariat is provided by Japan.`, expect: ["ctry:jp", "forum:abu-dhabi-dialogue"] },
        // A field line after the list, its label dated, is no row of it.
        { text: `${ADD}Observer states: France and Poland\nStudy visits, 2016: Japan\n`, expect: ["ctry:jp", "forum:abu-dhabi-dialogue"] },
        { text: `${ADD}Member States\tObservers\nKuwait\tFrance\nOman\tJapan\nQatar\n`, expect: ["ctry:om", "forum:abu-dhabi-dialogue"] },
      ],
    },
  },
  TREATY_BODY_LIST,
  RATIFICATION_LIST,
];
