import type { RelationRule } from "./RelationRule.js";

/** Serving as a forum's or an initiative's secretariat is supporting it. */
const SECRETARIAT_OF = {
  type: "SUPPORTS",
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM", "INITIATIVE"],
  objectWithin: 20,
} satisfies Partial<RelationRule>;

/**
 * Roles stated with a noun rather than a verb: who serves as a forum's secretariat, who is an observer or a
 * partner of it (also in an apposition: "the UAE, then an observer of the Colombo Process,"), and who
 * prepared a paper for a meeting.
 */
export const ROLE_NOUN_RULES: RelationRule[] = [
  {
    id: "secretariat-role",
    ...SECRETARIAT_OF,
    trigger: "act|serve|function as ?its|their ?technical|permanent|joint secretariat|secretariats / host|provide|run|house ?its|their ?technical|permanent|joint secretariat|secretariats",
    verbal: true,
    shape: "subject-first",
    // No unwritten object: "it runs the secretariats of the Prague and Budapest processes" names bodies not recognised,
    // and the page's topic is not one of them.
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Colombo Process was founded in 2003. IOM acts as the secretariat of the Process.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "ICMPD provides the secretariat of the Budapest Process.", expect: ["org:icmpd", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The Colombo Process was founded in 2003. IOM will act as the secretariat of the Process.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "IOM sent the report to the secretariat of the Budapest Process.", expect: ["org:iom", "forum:budapest-process"] },
        { text: "The secretariat of the Budapest Process thanked ICMPD.", expect: ["org:icmpd", "forum:budapest-process"] },
        { text: "The Almaty Process met in 2013. ICMPD attends, as it runs the secretariats of two other regional processes.", expect: ["org:icmpd", "forum:almaty-process"] },
      ],
    },
  },
  {
    // "IOM acts as the secretariat.", "the UAE hosts a permanent secretariat": no body named, so the page's or section's.
    // A body named but not recognised ("the secretariats of the Prague and Budapest processes") is not the topic.
    id: "secretariat-role-unnamed",
    ...SECRETARIAT_OF,
    trigger: "act|serve|function as ?its|their ?technical|permanent|joint secretariat|secretariats / host|provide|run|house ?its|their ?technical|permanent|joint secretariat|secretariats",
    verbal: true,
    notFollowedBy: "^\\s+(?:of|for|to|in|at)\\b",
    shape: "subject-first",
    implicitObject: true,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Colombo Process was founded in 2003. IOM acts as its secretariat.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "The Colombo Process was founded in 2003. IOM serves as Technical Secretariat.", expect: ["org:iom", "forum:colombo-process"] },
        // A relative clause after the holder ("which" is no determiner of "hosts": triggerStands.ts).
        { text: "The Abu Dhabi Dialogue is a forum of Asian and Gulf states. The United Arab Emirates, which hosts the permanent secretariat, joined in 2008.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue"] },
      ],
      negative: [
        { text: "The Almaty Process met in 2013. ICMPD attends, as it runs the secretariats of two other regional processes.", expect: ["org:icmpd", "forum:almaty-process"] },
        { text: "The Colombo Process was founded in 2003. IOM hopes to act as its secretariat.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "The Abu Dhabi Dialogue is a forum of Asian and Gulf states. The United Arab Emirates, which may host the permanent secretariat, joined in 2008.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue"] },
      ],
    },
  },
  {
    id: "secretariat-provided-by",
    ...SECRETARIAT_OF,
    trigger: "secretariat|secretariats be provide|share|host|run|ensure|manage|assure|house",
    shape: "subject-first",
    passive: true,
    implicitObject: true,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Abu Dhabi Dialogue meets every two years. A permanent secretariat is provided by the UAE.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue"] },
        { text: "The Budapest Process secretariat is run by ICMPD.", expect: ["org:icmpd", "forum:budapest-process"] },
      ],
      negative: [
        { text: "The Abu Dhabi Dialogue meets every two years. A permanent secretariat will be provided by the UAE.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue"] },
        { text: "The Abu Dhabi Dialogue meets every two years. Funding is provided by the UAE.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue"] },
      ],
    },
  },
  {
    id: "observer-or-partner-of",
    type: "PARTICIPATES_IN",
    trigger: "observer|partner of|in|to",
    shape: "subject-first",
    // "X is an observer of", "X takes part as a partner of", "X, then an observer of": the noun is said of X.
    linkBefore: "be|as|become|^,",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 12,
    // A financial or funding partner of a programme pays for it; a forum's partner countries are its members.
    qualified: [
      { words: "financial|funding", objects: ["INITIATIVE"], type: "FUNDS" },
      // A dialogue's partner organisations are its members, as its printed list of them says ("Partner organisations:").
      { words: "partner countries|partner country|partner states|partner state|partner organisation|partner organization|partner agency|partner body", objects: ["FORUM"], type: "MEMBER_OF" },
      // A technical partner lends expertise: it supports.
      { words: "technical", objects: ["FORUM", "INITIATIVE"], type: "SUPPORTS" },
    ],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The United Arab Emirates, at that time an observer of the Colombo Process, later joined it.", expect: ["ctry:ae", "forum:colombo-process"] },
        { text: "The European Commission takes part as a partner of the Abu Dhabi Dialogue.", expect: ["org:european-commission", "forum:abu-dhabi-dialogue"] },
        { text: "UN Women is a partner in the JMDI.", expect: ["org:un-women", "ini:jmdi"] },
      ],
      negative: [
        // Writing to a partner organisation is no role of one's own.
        { text: "UNHCR wrote to every partner organisation of the JMDI.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UNHCR sent a letter to an observer of the Colombo Process.", expect: ["org:unhcr", "forum:colombo-process"] },
        { text: "IOM and the observers of the Colombo Process met in Dhaka.", expect: ["org:iom", "forum:colombo-process"] },
        { text: "Japan hopes to become an observer of the Colombo Process.", expect: ["ctry:jp", "forum:colombo-process"] },
        { text: "Japan is not a partner of the JMDI.", expect: ["ctry:jp", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "prepared-for-meeting",
    type: "SUPPORTS",
    trigger: "prepare|produce|draft|write|compile|commission by",
    shape: "delegation",
    subjectGap: "^\\s*(?:the\\s+)?$",
    verbAfter: "for",
    objectAfterList: 16,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "The round table background paper prepared by the World Bank and IOM for GFMD 2012 was cited.", expect: ["org:iom", "forum:gfmd-2012"] }],
      negative: [
        { text: "A background paper will be prepared by IOM for GFMD 2012.", expect: ["org:iom", "forum:gfmd-2012"] },
        { text: "A report prepared by IOM for UNDP was presented at the GFMD 2012.", expect: ["org:iom", "forum:gfmd-2012"] },
        { text: "A paper on the GFMD 2012 prepared by IOM for its board was cited.", expect: ["org:iom", "forum:gfmd-2012"] },
      ],
    },
  },
];
