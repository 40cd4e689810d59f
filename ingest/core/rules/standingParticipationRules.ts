import type { RelationRule } from "./RelationRule.js";

/** Standing participation in the forum or initiative named or reported, at the confidence of an unnamed object. */
const STANDING_PART = {
  type: "PARTICIPATES_IN",
  implicitObject: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  confidence: 0.65,
} satisfies Partial<RelationRule>;

/**
 * A standing part in a process or programme, stated without a verb of attending a meeting: partners "in the
 * consortium", a state "one of the participating states", a body that "has taken part since the start". The object
 * is named in the sentence or is the process or programme the paragraph is about.
 */
export const STANDING_PARTICIPATION_RULES: RelationRule[] = [
  {
    // "The ILO and the OECD are partners in the consortium", "IOM's partners in the project are ICMPD and the ILO":
    // the programme the sentence or page is about, named by its class noun. A partner "of" a body named after it, a
    // funding partner or a partner still to come is not read.
    id: "partners-in-consortium-implicit",
    ...STANDING_PART,
    trigger: "partner|partners in|of consortium|programme|program|project|initiative|partnership|alliance",
    shape: "subject-first",
    linkBefore: "be",
    objects: ["INITIATIVE"],
    objectWithin: 0,
    examples: {
      positive: [
        { text: "KNOMAD is a knowledge hub on migration. The World Bank, the ILO and the OECD are partners in the consortium.", expect: ["org:oecd", "ini:knomad"] },
        { text: "The JMDI was launched in 2008. Since 2012 UNHCR and UNFPA have been partners in the consortium.", expect: ["org:unfpa", "ini:jmdi"] },
      ],
      negative: [
        { text: "KNOMAD is a knowledge hub on migration. The OECD may become a partner in the consortium.", expect: ["org:oecd", "ini:knomad"] },
        { text: "KNOMAD is a knowledge hub on migration. The OECD is not a partner in the consortium.", expect: ["org:oecd", "ini:knomad"] },
        { text: "KNOMAD is a knowledge hub on migration. A study by the OECD names the partners in the consortium.", expect: ["org:oecd", "ini:knomad"] },
      ],
    },
  },
  {
    // "IOM's two implementing partners in the consortium are ICMPD and the ILO", "The partners in the project are: A, B".
    id: "partners-in-consortium-listed",
    ...STANDING_PART,
    trigger: "partner|partners in|of consortium|programme|program|project|initiative|partnership|alliance",
    shape: "list-after",
    listCue: "^\\s*(?::|\\b(?:are|were|include|includes|included|comprise|comprises)\\b)",
    objects: ["INITIATIVE"],
    examples: {
      positive: [{ text: "The JMDI was launched in 2008. UNDP's two implementing partners in the consortium are IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] }],
      negative: [
        { text: "The JMDI was launched in 2008. UNDP's partners in the consortium may include IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. UNDP's partners in the consortium are expected to include IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
    },
  },
  {
    // "Sri Lanka has taken part since the first consultation", "Ukraine has participated from the start": a standing
    // part in the process or programme the paragraph is about (or names before the verb), not in one meeting.
    id: "taken-part-since-implicit",
    ...STANDING_PART,
    trigger: "take part / participate",
    verbal: true,
    shape: "subject-first",
    notFollowedBy: "^(?!\\s+(?:ever\\s+)?since\\s+(?:the\\s+|its\\s+)?(?:first|start|beginning|outset|launch|creation|inception|founding|(?:19|20)\\d\\d)\\b|\\s+from\\s+(?:the\\s+|its\\s+)?(?:first|start|beginning|outset|launch|creation|inception)\\b)",
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The Colombo Process was set up in 2003. Sri Lanka has taken part since the first ministerial consultation.", expect: ["ctry:lk", "forum:colombo-process"] },
        { text: "The JMDI was launched in 2008. UNHCR has participated from the start.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
      negative: [
        { text: "The Colombo Process was set up in 2003. Sri Lanka has not taken part since the first ministerial consultation.", expect: ["ctry:lk", "forum:colombo-process"] },
        { text: "The Colombo Process was set up in 2003. Sri Lanka hopes to take part from the start of the next cycle.", expect: ["ctry:lk", "forum:colombo-process"] },
        { text: "The Colombo Process was set up in 2003. Sri Lanka has taken part in a workshop since 2010.", expect: ["ctry:lk", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Mexico is one of the eleven participating states", "Turkey and Hungary are among the participating countries of
    // the Process": of the process or programme named right after, else the one the paragraph is about.
    id: "one-of-participating-states",
    ...STANDING_PART,
    trigger: "participate state|states|country|countries|government|governments|organization|organizations|organisation|organisations|agency|agencies",
    shape: "subject-first",
    subjectGap: "^\\s*,?\\s*(?:is|are|was|were|remains|remain|remained|has been|have been)\\s+(?:also\\s+|now\\s+)?(?:one\\s+of|among)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+)?$",
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 12,
    examples: {
      positive: [
        { text: "The Budapest Process was set up in 1991. Turkey is one of the fifty participating states.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Prague Process began in 2009. Georgia and Armenia are now among the 50 participating countries.", expect: ["ctry:am", "forum:prague-process"] },
      ],
      negative: [
        { text: "The Budapest Process was set up in 1991. Turkey may become one of the participating states.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process was set up in 1991. Turkey is not one of the participating states.", expect: ["ctry:tr", "forum:budapest-process"] },
        { text: "The Budapest Process was set up in 1991. Turkey hosted the participating states in 2013.", expect: ["ctry:tr", "forum:budapest-process"] },
      ],
    },
  },
];
