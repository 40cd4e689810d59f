import { WHO_CAME, type HeadingList } from "./listRules.js";
import { participating } from "./participantNouns.js";
import type { ProgrammeList } from "./programmeListRules.js";
import { UNIT_LEAD_INS } from "./unitLeadInRules.js";

/**
 * LEAD_INS: a sentence whose clause before the colon states the relation ("The project covers all fifteen ECOWAS
 * Member States and Mauritania:", "Delegations from eleven countries took part: A, B"); its rows are read as a
 * heading list's are (listHeading.ts). Every entry carries positive and negative pages;
 * test/unit/listRules.test.ts runs them through the pipeline.
 */
const TAKE_PART = /\b(?:take part|participate|are represented|are involved)(?:\s+in\s+(?:it|the (?:process|dialogue|forum|network|initiative|programme|project)))?\s*$/i;

export const LEAD_INS: (HeadingList | ProgrammeList)[] = [
  {
    id: "have-ratified",
    // "The following States are parties:", "… have become parties to it:": being a party is being bound.
    heading: /\b(?:have|has|had)\s+(?:(?:since|also|now|so far)\s+)?(?:ratified|acceded to)\b|\b(?:are|is|have become|has become|became)\s+(?:(?:now|also|currently)\s+)?(?:(?:a|the)\s+)?(?:states?\s+)?part(?:y|ies)(?:\s+(?:to|of)\s+(?:it|them|the\s+(?:convention|protocol|treaty|instrument)))?\s*$/i,
    type: "RATIFIED", rows: ["COUNTRY"], topics: ["CONVENTION"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The ICRMW entered into force in 2003.\n\nThe following States have ratified it:\n\n- Mali\n- Egypt\n", expect: ["ctry:eg", "conv:cmw"] },
        { text: "Migrant Workers (Supplementary Provisions) Convention, 1975\n\nThe following States are parties:\n\n- Albania, 12.09.2006\n- Italy, 23.06.1981\n", expect: ["ctry:it", "conv:ilo-c143"] },
      ],
      negative: [
        { text: "The ICRMW entered into force in 2003.\n\nThe following States have not ratified it:\n\n- Canada\n- Japan\n", expect: ["ctry:jp", "conv:cmw"] },
        { text: "Migrant Workers (Supplementary Provisions) Convention, 1975\n\nThe following States are expected to become parties:\n\n- Albania\n- Italy\n", expect: ["ctry:it", "conv:ilo-c143"] },
        { text: "Migrant Workers (Supplementary Provisions) Convention, 1975\n\nThe following States are parties to the dispute:\n\n- Albania\n- Italy\n", expect: ["ctry:it", "conv:ilo-c143"] },
      ],
    },
  },
  {
    id: "members-are",
    heading: /(?:^|\b(?:its|their|the) )(?:members|member states|membership) (?:are|is|include|comprises?)(?: the following| (?:(?:more than|over|some|about|around) )?[\w-]+ (?:states|countries|governments|organi[sz]ations|agencies)(?: and (?:(?:more than|over|some|about|around) )?[\w-]+ (?:states|countries|governments|organi[sz]ations|agencies))?)?\s*$|\b(?:comprises|consists of|is made up of) (?:the following|these|\w+) (?:states|countries|members|organi[sz]ations)\s*$/i,
    type: "MEMBER_OF", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.75,
    examples: {
      positive: [
        { text: "The Budapest Process is a consultative forum.\n\nIts members are:\n\n- Turkey\n- Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nMembers include some 50 states and two organizations: ICMPD and IOM.", expect: ["org:iom", "forum:budapest-process"] },
      ],
      negative: [{ text: "The Budapest Process is a consultative forum.\n\nIts members are expected to meet in:\n\n- Turkey\n- Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] }],
    },
  },
  {
    // The rows' standing said with "as": "The following countries were represented as members of the Network at its
    // congress:", "These states joined as full members in 2012:", "Sitting as members are:". A time or place adjunct
    // may close the clause; "until" anywhere after "members" ends the membership, and "not as members" (NEGATED in
    // leadIn.ts) states none. Where the adjunct names a meeting the page knows, the lead-in speaks of that meeting.
    id: "as-members",
    heading: /\b(?:are|were|is|was|sit|sat|serve|served|joined|(?:are|were|is|was)\s+(?:(?:also|all|now)\s+)?(?:represented|present|listed|seated|admitted|registered))\s+(?:(?:also|all|both|now)\s+)?as\s+(?:full\s+|founding\s+|permanent\s+)?members(?![^:]*\buntil\b)(?:\s+of\s+(?:it|them|the\s+\w+|[A-Z][^:,]*?))?(?:\s+(?:at|in|since|from|during)\s+(?![^:]*\buntil\b)[^:]*?)?\s*$/i,
    type: "MEMBER_OF", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The Budapest Process is a consultative forum.\n\nThe following countries were represented as members of the Process in 2019:\n- Turkey\n- Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThe following countries were represented as members in 2019:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThese states joined as full members in 2012:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThe following sit as members: Turkey and Hungary.", expect: ["ctry:hu", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The Budapest Process is a consultative forum.\n\nThe following attended as invited delegations, not as members:\n- Turkey\n- Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThese states were represented as members until 2010:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThese states were represented as members of the Process until 2010:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThe following countries were not represented as members of the Process in 2019:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process is a consultative forum.\n\nThese states may join as members later:\n- Turkey\n- Hungary\n", expect: ["ctry:tr", "forum:budapest-process"] },
      ],
    },
  },
  {
    // "The co-chairs were:" then one holder a row, after the meeting or body just reported.
    id: "chairs-are",
    heading: /\b(?:the|its|their) (?:co-?)?chair(?:s|persons|men|people)? (?:were|are|was|is)(?: the following)?\s*$/i,
    type: "CHAIRED", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\nIts co-chairs are:\nMorocco\nFrance\n", expect: ["ctry:fr", "forum:rabat-process"] }],
      negative: [{ text: "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\nIts co-chairs were thanked by:\nMorocco\nFrance\n", expect: ["ctry:fr", "forum:rabat-process"] }],
    },
  },
  {
    // "The summits so far:", "Its ministerial conferences to date:" then one meeting a row, by year and venue.
    id: "meetings-so-far",
    heading: /\b(?:the|its|their|past|previous) (?:\w+ )?(?:summits|meetings|conferences|sessions|forums)(?: (?:so far|to date|held so far|held to date|since (?:19|20)\d{2}))\s*$/i,
    type: "HOSTED", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The Global Forum on Remittances\n\nThe Forum meets every two years.\n\nIts meetings so far:\n2009 - Tunis, Tunisia\n2013 - Bangkok, Thailand\n", expect: ["ctry:th", "forum:gfr-2013"] },
        // A row that says who hosted still names the host, whoever leads the series.
        { text: "The Global Forum on Remittances\n\nThe Forum is a UN-led process that meets every two years.\n\nIts meetings so far:\n2009 - Tunis, hosted by Tunisia\n2013 - Bangkok, hosted by Thailand\n", expect: ["ctry:th", "forum:gfr-2013"] },
      ],
      negative: [
        { text: "The Global Forum on Remittances\n\nThe Forum meets every two years.\n\nIts meetings so far:\n2009 - Tunis, Tunisia\n2013 - online; first planned for Bangkok, Thailand\n", expect: ["ctry:th", "forum:gfr-2013"] },
        // A series an organization leads or organises: a row's venue is where it met, no host (venueRowOrganiser.ts).
        { text: "Remittances\n\nThe Global Forum on Remittances is an informal, UN-led process. It culminates in a summit every two years. The summits so far:\n\n2009 - Tunis (Africa)\n2013 - Bangkok (Asia)\n", expect: ["ctry:tn", "forum:gfr-2009"] },
        { text: "The Global Forum on Remittances\n\nThe Forum is organised by IFAD every two years.\n\nIts meetings so far:\n2009 - Tunis, Tunisia\n2013 - Bangkok, Thailand\n", expect: ["ctry:th", "forum:gfr-2013"] },
      ],
    },
  },
  {
    id: "covers-countries",
    // "was implemented in the following countries:", "is currently active in eight countries:"; a place the
    // programme was presented in or studied is no lead-in ("results were presented in:").
    heading: /\b(?:covers?|covered|covering|works? in|worked in|operates? in|operated in|runs? in|targets?|targeted|(?:is|was|are|were|has been|have been)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:active|implemented|operating|operational|running|piloted|present|carried out|rolled out|being implemented)\s+in)\b/i,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe programme covers four countries:\n\n- Morocco\n- Nepal\n", expect: ["ini:jmdi", "ctry:np"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nIn its first phase the JMDI was implemented in the following countries:\n\n- Jamaica\n- Egypt\n", expect: ["ini:jmdi", "ctry:eg"] },
      ],
      negative: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe programme covers four fields: data in Nepal, borders, labour and trafficking.", expect: ["ini:jmdi", "ctry:np"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nIts results were presented in two capitals:\n\n- Cairo, Egypt\n- Kingston, Jamaica\n", expect: ["ini:jmdi", "ctry:eg"] },
        // "Its" after a sentence led by a thing no name stands for ("The second fund") is that thing's, not the JMDI's.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe second fund kept separate books. Its target countries were:\nNepal\nMorocco\n", expect: ["ini:jmdi", "ctry:np"] },
      ],
    },
  },
  {
    // An organization's own presence before a list: "MFA has member organisations in the following countries:", "The
    // agency works in these countries:", "ICMC has offices in six countries:". Narrower than a programme's lead-in: an
    // organization that "covers" or "targets" countries may be writing a report about them.
    id: "organization-works-in",
    heading: /\b(?:works?|worked|operates?|operated|(?:is|are|was|were)\s+(?:also\s+|now\s+|currently\s+)?(?:active|present|operational)|(?:has|have|had|maintains?|maintained)\s+(?:(?:country|field|regional|national|local)\s+)?(?:offices?|branches|a presence|presence|staff|operations|member organi[sz]ations|members|affiliates|chapters))\s+in\s+(?:(?:the following|these|(?:more than |over |some )?[\w-]+)\s+)?(?:countries|states)(?:\s+and\s+territories)?\s*$/i,
    // `topicNamed`: where a programme's lead-in reads the same clause ("The programme, managed by UNDP, works in four
    // countries:"), the programme owns the list, never the agency named inside it (listOwner.ts reads such lists last).
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.65,
    examples: {
      positive: [
        { text: "The Harbour Aid Alliance is a network of seafarers' groups.\n\nThe Harbour Aid Alliance has offices in the following countries:\n\n- Ghana\n- Chile\n", expect: ["org:harbour-aid-alliance", "ctry:cl"] },
        { text: "The Harbour Aid Alliance is a network of seafarers' groups.\n\nThe Harbour Aid Alliance works in four countries:\n\n- Ghana\n- Chile\n", expect: ["org:harbour-aid-alliance", "ctry:gh"] },
      ],
      negative: [
        // A programme's lead-in: the agency that manages it is no owner of the programme's countries.
        { text: "Coastal Fisheries Programme\n\nThe Coastal Fisheries Programme trains fishers.\n\nThe programme, managed by UNDP, works in four countries:\n\n- Ghana\n- Togo\n", expect: ["org:undp", "ctry:tg"] },
        // A study of countries is no presence in them.
        { text: "The Harbour Aid Alliance is a network of seafarers' groups.\n\nThe Harbour Aid Alliance's 2020 report covers four countries:\n\n- Ghana\n- Chile\n", expect: ["org:harbour-aid-alliance", "ctry:gh"] },
        { text: "The Harbour Aid Alliance is a network of seafarers' groups.\n\nThe Harbour Aid Alliance plans to open offices in the following countries:\n\n- Ghana\n- Chile\n", expect: ["org:harbour-aid-alliance", "ctry:gh"] },
        { text: "The Harbour Aid Alliance is a network of seafarers' groups.\n\nThe Harbour Aid Alliance held meetings in the following countries:\n\n- Ghana\n- Chile\n", expect: ["org:harbour-aid-alliance", "ctry:gh"] },
      ],
    },
  },
  {
    // A body that runs systems or programmes names them after its clause: "The agency manages three systems that were
    // live when it opened: A, B and C", "It is building two more: D and E". It leads each (LEADS); using or drawing on
    // them is no running of them.
    id: "body-runs-systems",
    heading: /\b(?:manages?|managed|runs?|ran|operates?|operated|(?:is|are|was|were)\s+(?:also\s+|now\s+|currently\s+)?(?:building|developing|running|managing|operating)|(?:has|have)\s+(?:also\s+)?(?:built|developed))\s+(?:(?:the following|these|all|[\w-]+)\s+)?(?:(?:other|further|new|large-scale|central|information|it|data)\s+)*(?:systems|databases|platforms|programmes|programs|more)(?:\s+(?:that|which)\b[^:]*)?\s*$/i,
    type: "LEADS", rows: ["INITIATIVE"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.65,
    examples: {
      positive: [
        { text: "sea-TRACK: agency profile\n\nFull name: Agency for the Safety of Coastal Shipping Lanes\n\nWhat it does\n\nThe agency manages two systems that it took over in 2015: the Vessel Information System (VIS), the register of ships; and the Port Entry System (PES).", expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ini:port-entry-system"] },
        { text: "sea-TRACK: agency profile\n\nFull name: Agency for the Safety of Coastal Shipping Lanes\n\nWhat it does\n\nIt is building two more: the Crew Record System and the Cargo Alert System.", expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ini:cargo-alert-system"] },
      ],
      negative: [
        { text: "sea-TRACK: agency profile\n\nFull name: Agency for the Safety of Coastal Shipping Lanes\n\nWhat it does\n\nThe agency draws on two systems: the Vessel Information System (VIS) and the Port Entry System (PES).", expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ini:port-entry-system"] },
        { text: "sea-TRACK: agency profile\n\nFull name: Agency for the Safety of Coastal Shipping Lanes\n\nWhat it does\n\nThe agency may manage two systems later: the Vessel Information System (VIS) and the Port Entry System (PES).", expect: ["org:agency-for-the-safety-of-coastal-shipping-lanes", "ini:port-entry-system"] },
      ],
    },
  },
  ...UNIT_LEAD_INS,
  {
    id: "took-part",
    // The verb closes the clause: the list holds who took part, not where ("the Committee participated in three meetings: …").
    // Pledging at a meeting is taking part in it: "Nine donors announced money at the conference:", "… pledged at it:".
    // Sitting with those who came is coming too: "Observers were seated among the delegations:". Joining them is so only
    // at the meeting ("… joined the ministers in the meeting:"): a bare "joined the ministers:" may be joining the group.
    heading: new RegExp(String.raw`\b(?:took part|participated|attended|were represented|(?:were|was) (?:also )?(?:present|in attendance)|pledged|announced (?:money|pledges|funds|funding|contributions)|(?:sat|were seated)\s+(?:with|alongside|among)\s+the\s+(?:${WHO_CAME}|ministers)|joined\s+the\s+(?:${WHO_CAME}|ministers)(?=\s+(?:in|at)\s))(?:\s+(?:in|at)\s+(?:it|them|the (?:meeting|event|conference|session|consultation|dialogue|process|forum|initiative|programme|project)))?\s*$`, "i"),
    type: "PARTICIPATES_IN", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Delegations from three countries took part: Nepal, India and Pakistan.", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
        // Presence is said of the meeting just reported, not of the standing body that owns the list ("The Process's partners").
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. The Colombo Process's partners were present: UNHCR, the ILO and Germany.", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Seven donors announced money at the meeting:\nJapan, Ireland, the World Bank and Canada.", expect: ["ctry:ie", "forum:colombo-process-5-meeting"] },
        // Who sat with the delegations came too, the meeting named sentences before.
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Nepal chaired it. Observers from two agencies were seated among the delegations: UNICEF and the ILO.", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Two bodies joined the ministers in the meeting: UNICEF and the World Bank.", expect: ["org:unicef", "forum:colombo-process-5-meeting"] },
      ],
      negative: [
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Delegations from three countries did not take part: Nepal, India and Pakistan.", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Before it, IOM participated in two workshops: one in Kathmandu, Nepal and one in Delhi, India.", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. The Colombo Process's partners were not present: UNHCR, the ILO and Germany.", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
        // Money announced before the meeting, or only promised, says nothing of who was there.
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Seven donors announced money before the meeting:\nJapan, Ireland, the World Bank and Canada.", expect: ["ctry:ie", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Seven donors may announce money at the meeting:\nJapan, Ireland, the World Bank and Canada.", expect: ["ctry:ie", "forum:colombo-process-5-meeting"] },
        // Sitting with the delegations elsewhere is no coming to the meeting. "never sat" is kept out by the non-fact filter
        // every lead-in shares (ruleReadings.ts, NON_FACT_LEMMAS), not by this pattern.
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Two agencies never sat with the delegations: UNICEF and the ILO.", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. Two agencies sat with the delegations in Geneva a week later: UNICEF and the ILO.", expect: ["org:ilo", "forum:colombo-process-5-meeting"] },
        // Joining the ministers with no word of the meeting is joining their group.
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process. In 2019 two more states joined the ministers: Nepal and India.", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
      ],
    },
  },
  {
    // A list of who came, introduced by its name: "The delegation list released by the hosts, as we have it:", "The list of
    // participants, in the order of the hosts' release:". A list of those invited, expected or proposed names no one who came.
    // A label line naming the list is listRules.ts "participants": listOwner.ts (MEETING_LISTS) says why the two differ.
    id: "participant-list",
    heading: new RegExp(String.raw`^(?:(?:the|a|an|its|their)\s+)?(?:(?:official|final|full|complete|published)\s+)?(?:list\s+of\s+(?:(?:the|all)\s+)?(?:${WHO_CAME}|${participating("states", "delegations", "bodies")})|(?:delegation|delegations|participants?|attendance|attendees?)(?:['’]s?)?\s+list)\b(?![^:]*\b(?:not|invit\w*|expected|proposed|planned|draft|provisional|will|would)\b)[^:]*$`, "i"),
    type: "PARTICIPATES_IN", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process.\n\nThe delegation list given out by the hosts, as far as we have it:\n\nNepal\nIndia\nPakistan\n", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process.\n\nThe list of participants:\n\n- Nepal\n- IOM\n", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
      ],
      negative: [
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process.\n\nThe list of invited delegations:\n\nNepal\nIndia\nPakistan\n", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
        { text: "Ministers met in Colombo for the 5th Ministerial Meeting of the Colombo Process.\n\nThe delegation list will be published later by:\n\nNepal\nIndia\n", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
      ],
    },
  },
  {
    // In the present tense a standing forum's participants are its members: "The following states take part:".
    id: "take-part-forum",
    heading: TAKE_PART,
    type: "MEMBER_OF", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: "The Budapest Process is a consultative forum.\n\nThe following states take part:\n1. Turkey\n2. Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] }],
      negative: [{ text: "The Budapest Process is a consultative forum.\n\nThe following states do not take part:\n1. Turkey\n2. Hungary\n", expect: ["ctry:hu", "forum:budapest-process"] }],
    },
  },
  {
    id: "take-part-initiative",
    heading: TAKE_PART,
    type: "PARTICIPATES_IN", rows: ["COUNTRY", "ORGANIZATION"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [{ text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThese agencies participate in it:\n- UNHCR\n- UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] }],
      negative: [{ text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThese agencies may participate in it:\n- UNHCR\n- UNFPA\n", expect: ["org:unfpa", "ini:jmdi"] }],
    },
  },
  {
    // "The third phase is funded as follows:", "The programme has been co-financed by the following donors:",
    // "Contributions have come from:" then one funder a row, often with its sum ("- SDC: US$ 2.8 million").
    id: "funded-as-follows",
    heading: /\b(?:(?:is|was|are|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:co-)?(?:funded|financed|paid for|sponsored)\s+(?:as follows|by the following(?:\s+(?:donors|funders|partners|governments|states|countries|organi[sz]ations))?|by)|(?:contributions|funding|financing|money)\s+(?:(?:has|have)\s+)?(?:came|come|comes)\s+from(?:\s+the following(?:\s+(?:donors|funders|partners|governments|states|countries))?)?)\s*$/i,
    type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe initiative is funded as follows:\n- Switzerland: EUR 2 million\n- Norway: EUR 1 million\n", expect: ["ctry:no", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nContributions have come from the following donors:\n- Switzerland\n- Norway\n", expect: ["ctry:ch", "ini:jmdi"] },
      ],
      negative: [
        // Money the initiative passes on: its grantees are no funders.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe initiative has funded projects in:\n- Morocco\n- Senegal\n", expect: ["ctry:sn", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\nThe next phase will be funded by:\n- Switzerland\n- Norway\n", expect: ["ctry:no", "ini:jmdi"] },
      ],
    },
  },
];

/**
 * A register row that states its relation in a column of its own ("Uruguay — ratification — 2012",
 * "Chile | accession | 10 Jun 2015"), with no heading above it: the row's state and the page's convention.
 * A signature binds no state, so "Chile — signature — 2015" states nothing.
 */
export const ROW_STATEMENTS: HeadingList[] = [
  {
    id: "ratification-row",
    // The act in a column of its own, or written with its date ("signed 2000, ratified 2002", "ratification 7 Jun 2017"
    // once the columns' spacing is collapsed): a signature with its date binds nothing.
    heading: /(?:^|[|\t—–]|\s{3,}|\.{4,})\s*(?:ratification|ratified|accession|acceded|succession)\s*(?:\([a-z]\)\s*)?(?=[|\t—–]|\s{3,}|\.{4,}|$)|\b(?:ratification|ratified|accession|acceded|succession)(?:\s+(?:on|in))?\s+\(?(?:\d{1,2}\s+[a-z]{3,9}\.?\s+|[a-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\b/i,
    type: "RATIFIED", rows: ["COUNTRY"], topics: ["CONVENTION"], confidence: 0.7,
    examples: {
      positive: [
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nGuyana — ratification — 2013\nChile — accession — 2015\n", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nGuyana — adopted 2011, ratified 2013\nChile — ratified on 10 June 2015\n", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nBelize — accession (2006)\nChile — ratification (2015)\nJapan — signature (2012)\n", expect: ["ctry:bz", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nCountry\tAction\tDate\nGuyana\tratification\t9 Aug 2013\nChile\tsignature\t10 Jun 2015\n", expect: ["ctry:gy", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nGuyana — signature — 2013\nChile — signature — 2015\n", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nGuyana — signed 2012, ratified 2013\nChile — signed 2015\n", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nBelize — accession (2006)\nChile — ratification (2015)\nJapan — signature (2012)\n", expect: ["ctry:jp", "conv:ilo-c189"] },
        { text: "Domestic Workers Convention, 2011 (No. 189)\n\nIt entered into force in 2013.\n\nCountry\tAction\tDate\nGuyana\tratification\t9 Aug 2013\nChile\tsignature\t10 Jun 2015\n", expect: ["ctry:cl", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // A register of a forum's participants with the role in a column: "Angola | Member", "France — observer".
    id: "member-row",
    // A remark in brackets may follow the role ("Member (since 2016)"), unless it ends the membership ("(until 2010)").
    heading: /(?:^|[|\t—–]|\s{3,})\s*(?:full\s+|founding\s+)?member(?:\s+(?:state|country))?\s*(?:\((?!\s*(?:until|left|former|suspended|withdr))[^)]*\)\s*)?(?=[|\t—–]|\s{3,}|$)/i,
    type: "MEMBER_OF", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [
        { text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nOman | Member\nFrance | Observer\n", expect: ["ctry:om", "forum:abu-dhabi-dialogue"] },
        { text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nOman | Member (since 2012)\n", expect: ["ctry:om", "forum:abu-dhabi-dialogue"] },
      ],
      negative: [
        { text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nOman | Member\nFrance | Observer\n", expect: ["ctry:fr", "forum:abu-dhabi-dialogue"] },
        { text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nOman | Member (until 2012)\n", expect: ["ctry:om", "forum:abu-dhabi-dialogue"] },
      ],
    },
  },
  {
    id: "observer-row",
    heading: /(?:^|[|\t—–]|\s{3,})\s*observer(?:\s+(?:state|country|organi[sz]ation))?\s*(?=[|\t—–]|\s{3,}|$)/i,
    type: "PARTICIPATES_IN", rows: ["COUNTRY", "ORGANIZATION"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nOman | Member\nFrance | Observer\n", expect: ["ctry:fr", "forum:abu-dhabi-dialogue"] }],
      negative: [{ text: "The Abu Dhabi Dialogue\n\nThe Dialogue brings Asian states together with the Gulf states.\n\nKuwait | Member\nFrance | Former observer, left 2010\n", expect: ["ctry:fr", "forum:abu-dhabi-dialogue"] }],
    },
  },
];
