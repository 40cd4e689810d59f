import type { RelationRule } from "./RelationRule.js";

/** A body's or state's participation in a forum or an initiative: what most of these roles state. */
const TAKES_PART = {
  type: "PARTICIPATES_IN",
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM", "INITIATIVE"],
  confidence: 0.7,
} satisfies Partial<RelationRule>;

/** A role in a forum held by the subject before the trigger, of the forum named right after it or the page's (member, chair). */
const OF_THE_FORUM = {
  shape: "subject-first",
  implicitObject: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM"],
  objectWithin: 12,
  confidence: 0.75,
} satisfies Partial<RelationRule>;

/**
 * Roles stated on profile and news pages, often without naming the forum again because the page
 * or section is about it: "Algeria and Libya hold observer status", "Guatemala held the presidency",
 * "Denmark and Spain are among the other donors", "Seven states belong to it: A, B, …".
 */
export const ROLE_RULES: RelationRule[] = [
  {
    id: "observer-status",
    ...TAKES_PART,
    trigger: "hold|have|enjoy|with|obtain|gain|grant observer status / as observer|observers",
    // "as an observer, not as a full participant": the sentence itself denies the participation an observer would have.
    notFollowedBy: "^[^.;]{0,24}?\\bnot\\s+(?:as\\s+)?(?:an?\\s+)?(?:full\\s+|actual\\s+|active\\s+)?participants?\\b",
    shape: "subject-first",
    implicitObject: true,
    objectWithin: 14,
    examples: {
      positive: [
        { text: "Jamaica and Peru hold observer status in the Puebla Process.", expect: ["ctry:pe", "forum:puebla-process"] },
        { text: "The Colombo Process met in Dhaka in 2011. Since then IOM has attended as an observer.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "The Bali Process was founded in 2002. Japan and Turkey follow its work with observer status.", expect: ["ctry:jp", "forum:bali-process"] },
      ],
      negative: [
        { text: "Jamaica has asked for observer status in the Puebla Process.", expect: ["ctry:jm", "forum:puebla-process"] },
        { text: "Jamaica does not hold observer status in the Puebla Process.", expect: ["ctry:jm", "forum:puebla-process"] },
        // The status is held at a body the rule does not take as an object: not at the programme the page is about.
        { text: "Coastal Jobs Programme\n\nThe Coastal Jobs Programme trains crews in Ghana.\n\nOther bodies\n\nSADC holds observer status at the International Organization for Migration.", expect: ["org:sadc", "ini:coastal-jobs-programme"] },
        { text: "The Puebla Process meets yearly. Jamaica attends as an observer, not as a full participant.", expect: ["ctry:jm", "forum:puebla-process"] },
        // The observers are the class after "with"; the named bodies before it are members.
        { text: "The Bali Process was set up in 2002. The Process itself is co-chaired by Australia and Indonesia and counts more than 40 members, among them IOM and UNODC, with further states and agencies following its work as observers.", expect: ["org:unodc", "forum:bali-process"] },
      ],
    },
  },
  {
    id: "among-members",
    type: "MEMBER_OF",
    ...OF_THE_FORUM,
    trigger: "be among ?its|their member|members",
    examples: {
      positive: [
        { text: "Sri Lanka and Nepal are among the founding members of the Colombo Process.", expect: ["ctry:np", "forum:colombo-process"] },
        { text: "The Budapest Process grew over the years. Turkey and Hungary are among its members.", expect: ["ctry:hu", "forum:budapest-process"] },
      ],
      negative: [
        { text: "Turkey is not among the members of the Budapest Process.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The minister of Turkey spoke among members of the Budapest Process.", expect: ["ctry:tr", "forum:budapest-process"] },
      ],
    },
  },
  {
    id: "among-partners",
    ...TAKES_PART,
    trigger: "be among ?its|their partner|partners|observer|observers|participant|participants",
    shape: "subject-first",
    implicitObject: true,
    objectWithin: 12,
    examples: {
      positive: [
        { text: "The Bali Process meets every two years; UNODC and the ILO are among its partner organizations.", expect: ["org:unodc", "forum:bali-process"] },
        { text: "UNHCR was among the observers at the Colombo Process.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
      negative: [{ text: "UNHCR hopes to be among the observers at the Colombo Process.", expect: ["org:unhcr", "forum:colombo-process"] }],
    },
  },
  {
    id: "observers-listed",
    ...TAKES_PART,
    trigger: "observer|observers",
    shape: "list-after",
    implicitObject: true,
    examples: {
      positive: [
        { text: "The Bali Process was founded in 2002. Its observers include UNHCR and the ILO.", expect: ["org:ilo", "forum:bali-process"] },
        { text: "The observers of the Colombo Process are: IOM, UNHCR and Malaysia.", expect: ["ctry:my", "forum:colombo-process"] },
      ],
      negative: [{ text: "The observers of the Colombo Process could include IOM and UNHCR.", expect: ["org:iom", "forum:colombo-process"] }],
    },
  },
  {
    id: "chair-apposition",
    type: "CHAIRED",
    ...OF_THE_FORUM,
    trigger: "chair|co-chair|chairs|co-chairs|chairmanship|presidency|chair-in-office",
    subjectGap: "^\\s*(?:,\\s*|,?\\s*(?:in its capacity\\s+)?as\\s+)(?:the\\s+|its\\s+)?(?:(?:current|incoming|outgoing|former|new|rotating|pro tempore)(?:\\s+and)?\\s*)*$",
    examples: {
      positive: [
        { text: "The Bali Process met in Bali in 2016. Indonesia, the current co-chair, opened the meeting.", expect: ["ctry:id", "forum:bali-process"] },
        { text: "The GMG met in Geneva. UNFPA, as chair, presented the report.", expect: ["org:unfpa", "forum:gmg"] },
        // A meeting that chose the chairs is not what they chair: the standing body is.
        { text: "The Budapest Process has a rotating chair. The 2020 meeting of the Budapest Process endorsed Turkey as chair for the next year.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The 2020 meeting of the Budapest Process elected Turkey and Hungary as co-chairs for the following year.", expect: ["ctry:hu", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The GMG met in Geneva. UNFPA thanked the current chair for the report.", expect: ["org:unfpa", "forum:gmg"] },
        { text: "The 2020 meeting of the Budapest Process elected Turkey and Hungary as co-chairs for the following year.", expect: ["ctry:hu", "forum:budapest-process-2020"] },
        // A comma and a verb close the apposition: the meeting is what the verb acts on, not what Indonesia chairs.
        { text: "The 2016 meeting of the Bali Process opened in Bali. Indonesia, the current co-chair, opened the meeting.", expect: ["ctry:id", "forum:bali-process-2016"] },
      ],
    },
  },
  {
    id: "chair-named-after",
    type: "CHAIRED",
    trigger: "outgoing|incoming|current|new|rotating|former chair|co-chair|chairs|co-chairs|presidency|chairmanship",
    shape: "delegation",
    subjectGap: "^\\s*,?\\s*(?:the\\s+)?$",
    implicitObject: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Rabat Process met in Paris in 2015. The outgoing chair, Morocco, handed over to the incoming chair, France.", expect: ["ctry:fr", "forum:rabat-process"] },
        { text: "The Rabat Process met in Paris in 2015. The outgoing chair, Morocco, handed over to the incoming chair, France.", expect: ["ctry:ma", "forum:rabat-process"] },
      ],
      negative: [{ text: "The Rabat Process met in Paris in 2015. The outgoing chair welcomed Senegal to the meeting.", expect: ["ctry:sn", "forum:rabat-process"] }],
    },
  },
  {
    id: "delegates-met",
    ...TAKES_PART,
    trigger: "minister|ministers|delegate|delegates|delegation|delegations|representative|representatives|official|officials|envoy|envoys of|from",
    shape: "delegation",
    verbAfter: "met|meet|gathered|attended|took part|came together|convened|were present|was present|joined|participated",
    implicitObject: true,
    meetingFirst: true,
    examples: {
      positive: [
        { text: "Ministers of Eritrea, Ethiopia and Sudan met in Rome in 2014 for the Rabat Process.", expect: ["ctry:et", "forum:rabat-process"] },
        { text: "The Prague Process held a workshop in 2016. Delegates from 16 states, UNHCR and IOM were present.", expect: ["org:unhcr", "forum:prague-process"] },
        // Delegates present are the meeting's, where the section reported one.
        { text: "The 5th Ministerial Meeting of the Colombo Process opened in Colombo. Delegations from Nepal and India attended.", expect: ["ctry:in", "forum:colombo-process-5-meeting"] },
      ],
      negative: [
        { text: "Ministers of Eritrea and Sudan did not attend the Rabat Process meeting.", expect: ["ctry:er", "forum:rabat-process"] },
        { text: "Ministers of Eritrea and Sudan spoke about the Rabat Process.", expect: ["ctry:er", "forum:rabat-process"] },
        // Former holders act for no state.
        { text: "Former ministers of Eritrea and Sudan met in Rome in 2014 for the Rabat Process.", expect: ["ctry:er", "forum:rabat-process"] },
      ],
    },
  },
  {
    id: "with-participation-of",
    ...TAKES_PART,
    trigger: "participation of",
    shape: "delegation",
    subjectGap: "^\\s*(?:the\\s+)?$",
    examples: {
      positive: [{ text: "The Rabat Process was launched in 2006 with the participation of Morocco, Senegal and Spain.", expect: ["ctry:sn", "forum:rabat-process"] }],
      negative: [
        { text: "The Rabat Process hopes for the participation of Morocco, Senegal and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
        // No forum named in the sentence: the page's topic is not assumed.
        { text: "The Rabat Process met in 2010. In May the OHCHR office, with the participation of Senegal, organized a colloquium.", expect: ["ctry:sn", "forum:rabat-process"] },
      ],
    },
  },
  {
    id: "attended-by",
    ...TAKES_PART,
    trigger: "attend",
    verbal: true,
    shape: "subject-first",
    passive: true,
    objectWithin: 20,
    examples: {
      positive: [{ text: "The Rabat Process ministerial meeting in 2014 was attended by Morocco, Senegal and Spain.", expect: ["ctry:es", "forum:rabat-process-2014"] }],
      negative: [{ text: "The Rabat Process ministerial meeting in 2014 will be attended by Morocco, Senegal and Spain.", expect: ["ctry:es", "forum:rabat-process-2014"] }],
    },
  },
  {
    id: "members-listed-after",
    type: "MEMBER_OF",
    trigger: "belong to / sit on|in",
    shape: "list-after",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Almaty meeting founded the Bali Process. Five states belong to it: Japan, Turkey, Iran, Nepal and Chad.", expect: ["ctry:np", "forum:bali-process"] },
        { text: "Four agencies sit on the steering group of the GMG: UNDP, IOM, ILO and UNHCR.", expect: ["org:ilo", "forum:gmg"] },
      ],
      negative: [{ text: "Which states should belong to the Bali Process: Japan or Turkey?", expect: ["ctry:jp", "forum:bali-process"] }],
    },
  },
  {
    id: "participants-listed-after",
    type: "PARTICIPATES_IN",
    // A seat ("sit on the board of X: A, B") is membership (seatRules.ts, seat-listed-after).
    trigger: "belong to",
    shape: "list-after",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "Three agencies belong to the team of the JMDI: UNDP, IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] }],
      negative: [{ text: "Three agencies may belong to the team of the JMDI: UNDP, IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] }],
    },
  },
  {
    id: "chair-held",
    type: "CHAIRED",
    ...OF_THE_FORUM,
    trigger: "hold|take|assume ?over ?rotating presidency|chair|chairmanship|co-chairmanship / chair|presidency|chairmanship be hold",
    passive: true,
    examples: {
      positive: [
        { text: "The presidency of the Puebla Process rotates. Guatemala held the presidency in 2019.", expect: ["ctry:gt", "forum:puebla-process", "2019"] },
        { text: "The Bali Process was founded in 2002. Indonesia currently holds the rotating chairmanship.", expect: ["ctry:id", "forum:bali-process"] },
        { text: "The Colombo Process meets every two years. The chair was held by Sri Lanka from 2003, by the Philippines in 2004, and by Indonesia in 2005.", expect: ["ctry:id", "forum:colombo-process", "2005"] },
        { text: "The Colombo Process meets every two years. The chair was held by Sri Lanka from 2003, by the Philippines in 2004, and by Indonesia in 2005.", expect: ["ctry:ph", "forum:colombo-process", "2004"] },
        // A name inside "on behalf of …" is not the subject (mentionLists.ts subjectsBefore).
        { text: "The GMG meets twice a year. In 2013 ESCAP, on behalf of all five regional commissions, assumed the chairmanship.", expect: ["org:escap", "forum:gmg"] },
        // The year opening another state's term earlier in the sentence is not this chair's period (ruleReadings.ts periodNear).
        { text: "The Puebla Process meets each year. Honduras chaired it from its first meeting in 1996 until March 2004, when Panama took over the presidency.", expect: ["ctry:pa", "forum:puebla-process", "March 2004"] },
      ],
      negative: [
        { text: "Guatemala will hold the presidency of the Puebla Process in 2030.", expect: ["ctry:gt", "forum:puebla-process"] },
        { text: "Guatemala did not hold the presidency of the Puebla Process.", expect: ["ctry:gt", "forum:puebla-process"] },
        { text: "The GMG meets twice a year. In 2013 ESCAP, on behalf of all five regional commissions, assumed the chairmanship.", expect: ["org:un-regional-commissions", "forum:gmg"] },
      ],
    },
  },
];
