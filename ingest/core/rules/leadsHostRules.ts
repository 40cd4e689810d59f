import type { RelationRule } from "./RelationRule.js";

/**
 * Hosting, organising or convening as leading: a body that hosts a programme runs it, and a body, not a state, that
 * hosts, organises or convenes a meeting leads it (a state hosts it: HOSTED, chairHostRules.ts). Part of LEADS_RULES
 * (leadsRules.ts), in its place there.
 */
/** What the rules for getting a meeting together share: a body or a state that organised a meeting, either voice. */
const MEETING_ORGANISER = {
  type: "LEADS",
  verbal: true,
  shape: "subject-first",
  passive: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM"],
  objectWithin: 20,
  confidence: 0.75,
} as const satisfies Partial<RelationRule>;

export const LEADS_HOST_RULES: RelationRule[] = [
  {
    id: "leads-host",
    type: "LEADS",
    // Hosting a programme, portal or platform is running it; hosting a meeting is HOSTED (chairHostRules.ts), not
    // leading it, and a country that hosts a standing forum hosts its meetings or its secretariat, it does not lead it.
    trigger: "host",
    verbal: true,
    notFollowedBy: "^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b",
    // "launched the X project at a meeting hosted by Senegal": what was hosted is the meeting, not the project.
    notAfter: "meeting|workshop|event|conference|session|seminar|ceremony|summit|launch|consultation|dialogue",
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Since 2014 IOM hosts the Migration Data Portal.", expect: ["org:iom", "ini:migration-data-portal"] },
        { text: "KNOMAD is hosted by the World Bank.", expect: ["org:world-bank", "ini:knomad"] },
        { text: "The Migration Data Portal, hosted by IOM, went online in 2017.", expect: ["org:iom", "ini:migration-data-portal"] },
      ],
      negative: [
        { text: "Mauritius hosted the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "In 2010 Mexico hosted the fourth meeting of the GFMD in Puerto Vallarta.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "The GFMD 2010 was hosted by Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // A one-off meeting named without a year is still a meeting.
        { text: "Indonesia hosted the Regional Ministerial Conference on People Smuggling in Bali.", expect: ["ctry:id", "forum:regional-ministerial-conference-on-people-smuggling"] },
        { text: "The Abu Dhabi Dialogue first met in 2008. The United Arab Emirates hosted this first Ministerial Consultation of the Abu Dhabi Dialogue.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue-1-consultation"] },
        { text: "IOM hosts the secretariat of the Global Migration Group.", expect: ["org:iom", "forum:gmg"] },
        { text: "UNDP will host the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "Switzerland hosted the Global Forum on Migration and Development.", expect: ["ctry:ch", "forum:gfmd"] },
        { text: "UNODC launched the Coastal Safety Project at a meeting hosted by Senegal in 2018.", expect: ["ctry:sn", "ini:coastal-safety-project"] },
        // "Its" before a noun is that noun's determiner, whatever wink tags the noun: the launch was hosted, not the project.
        { text: "The Coastal Safety Project trains harbour police. Its launch in Dakar was hosted by Senegal.", expect: ["ctry:sn", "ini:coastal-safety-project"] },
        // A participle after a comma tells of the phrase before it: the summit was hosted, not the programme.
        { text: "The JMDI grew out of the Valletta Summit on Migration of November 2015, hosted by Malta, where leaders adopted a plan.", expect: ["ctry:mt", "ini:jmdi"] },
      ],
    },
  },
  {
    // A body, not a state, that hosts or co-hosts a meeting runs it ("The summit was co-hosted by Peru and the OAS"):
    // HOSTED is a state's (chairHostRules.ts), so the body's share of the hosting is to lead the meeting.
    id: "leads-host-meeting",
    type: "LEADS",
    trigger: "host|co-host|co-hosted",
    verbal: true,
    notFollowedBy: "^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b",
    shape: "subject-first",
    passive: true,
    // States are read as agents so that a list of hosts mixing states and bodies stays one list; only bodies lead.
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    // A state in the list is read and never linked: its pair is closed to every trigger word of the rule.
    pairs: [
      { subjects: ["ORGANIZATION"], objects: ["FORUM"] },
      { subjects: ["COUNTRY"], objects: ["FORUM"], notTriggeredBy: "host|hosts|hosted|hosting|co-host|co-hosts|co-hosted|co-hosting" },
    ],
    // The host is the verb's own subject: a body named inside an apposition before it ("Chile, as chair of the OAS,
    // hosted it") or in a relative clause ("which chaired ASEAN that year, hosted") is not.
    subjectGap: "^\\s*(?:\\([A-Z][A-Za-z]{1,11}\\)\\s*)?(?:(?:also|jointly|again|then|together|\\w+ly)\\s+)?$",
    objectWithin: 12,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The GFMD 2012 was co-hosted by Mauritius and the International Labour Organization.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "UNHCR co-hosted the GFMD 2012 with Mauritius.", expect: ["org:unhcr", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "UNHCR will co-host the GFMD 2012 with Mauritius.", expect: ["org:unhcr", "forum:gfmd-2012"] },
        { text: "IOM hosts the secretariat of the Global Migration Group.", expect: ["org:iom", "forum:gmg"] },
        { text: "Peru, as chair of the International Labour Organization that year, hosted the GFMD 2012.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was co-hosted by Mauritius and attended by the International Labour Organization.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was co-hosted by Mauritius and the International Labour Organization.", expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "leads-arrange-meeting",
    ...MEETING_ORGANISER,
    // "arranged", "staged", "put together" take many objects (travel, a protest, a report): only the meeting named right
    // after the verb, or the passive's, is the one they got together.
    trigger: "arrange|arranged|stage|staged / put together",
    objectGap: "^\\s+(?:the\\s+)?$",
    examples: {
      positive: [
        { text: "Chile staged the GFMD 2012 with two partner states.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2011 was staged by Switzerland in Geneva.", expect: ["ctry:ch", "forum:gfmd-2011"] },
        { text: "The GFMD 2011 was put together by Switzerland with help from the ILO.", expect: ["ctry:ch", "forum:gfmd-2011"] },
      ],
      negative: [
        // Arranging or staging one's own part in a meeting (travel, a stand, a protest, its report) is no organising of it.
        { text: "Mauritius arranged travel for its delegates to the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "UNICEF staged an exhibition at the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "Mauritius put together a delegation for the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Peru staged a walk-out at the GFMD 2012 over the agenda.", expect: ["ctry:pe", "forum:gfmd-2012"] },
        { text: "The World Bank put together the summary of the GFMD 2012 for donors.", expect: ["org:world-bank", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "leads-organize-meeting",
    ...MEETING_ORGANISER,
    // The verbs of getting a meeting together whose object may stand a few words on: "organized in 2011 the GFMD".
    trigger: "organize|organise|co-organize|co-organise|co-organized|co-organised|convene|co-convene|co-convened|hold",
    examples: {
      positive: [
        { text: "Switzerland organized the GFMD 2011 in Geneva.", expect: ["ctry:ch", "forum:gfmd-2011"] },
        { text: "In 2011 Switzerland and the ILO co-convened the GFMD 2011 in Geneva.", expect: ["org:ilo", "forum:gfmd-2011"] },
        { text: "The GFMD 2010, organized by Mexico in Puerto Vallarta, discussed partnerships.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "In September 2008 ESCAP held the Asia-Pacific High-level Meeting on International Migration and Development in Bangkok.", expect: ["org:escap", "forum:asia-pacific-high-level-meeting-on-international-migration-and-development"] },
        // A subject relative clause after the forum's place, a month beside its year (not the modal), and the meeting of that year.
        { text: "The study was presented at the Global Forum on Migration and Development in Puerto Vallarta, Mexico, which met in November 2010 and was organized by the Government of Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // An aside naming the means one organizer acted through does not end the list of organizers.
        { text: "The GFMD 2010 was co-organised by Mexico, through its foreign ministry, the International Labour Organization and the World Bank.", expect: ["org:world-bank", "forum:gfmd-2010"] },
        // An event is a meeting (HEAD_NOUNS: Event), whatever programme its complement names: "together with" adds co-organisers.
        { text: "In June 2018 the Harbour Workers Alliance organised the Dockers' Parallel Event to the Coastal Labour Initiative together with the Seafarers Union of Ghana.", expect: ["org:seafarers-union-of-ghana", "forum:dockers-parallel-event-to-the-coastal-labour-initiative"] },
      ],
      negative: [
        { text: "Mauritius plans to organize the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 may be organized by Mauritius in May 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "UNICEF organized a side event at the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
        // A participle after a common noun modifies that noun: the round tables were held at the meeting, by nobody named.
        { text: "OHCHR gave technical assistance to round tables held at the GFMD 2012 in Mauritius.", expect: ["org:ohchr", "forum:gfmd-2012"] },
        // The organizer led a meeting of the group, not the group; the session was the venue of the event.
        { text: "A two-day GMG technical meeting on remittances organized by UNCTAD in May 2011 drew forty experts.", expect: ["org:unctad", "forum:gmg"] },
        { text: "The study was launched as a side event at the forty-sixth session of the Commission on Population and Development organized by ESCAP.", expect: ["org:escap", "forum:cpd"] },
        { text: "Mexico held the GFMD chairmanship in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Mexico held the chairmanship of the GFMD in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Algeria and Libya hold observer status in the Rabat Process.", expect: ["ctry:dz", "forum:rabat-process"] },
        { text: "UNDP supported the President of the General Assembly in convening the 2013 High-level Dialogue.", expect: ["org:undp", "forum:hld-2013"] },
      ],
    },
  },
];
