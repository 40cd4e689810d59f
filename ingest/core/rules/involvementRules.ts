import type { RelationRule } from "./RelationRule.js";

const BMM = "The Better Migration Management programme started in 2016.";

/** The copula before "involved": involvement stated as a fact, not "hopes to be involved" or "will be involved". */
const INVOLVED_GAP = "^\\s*(?:,[^,;.()]{1,100},\\s*)?(?:(?:is|are|was|were|has been|have been|had been)\\s+(?:also\\s+|closely\\s+|directly\\s+|actively\\s+)?)$";

/** What both readings share: a body or state taking part in an initiative or forum, stated with a copula. */
const INVOLVED = {
  type: "PARTICIPATES_IN",
  shape: "subject-first",
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE", "FORUM"],
  subjectGap: INVOLVED_GAP,
} satisfies Partial<RelationRule>;

/**
 * Involvement in an initiative or a forum as pages state it: "ICMPD and UNODC are involved in the
 * programme", "Kenya is also involved." (of the initiative or forum the page is about). A body involved in an act
 * ("involved in the creation of X") may have led or funded it: only the named object right after "in" is read.
 */
export const INVOLVEMENT_RULES: RelationRule[] = [
  {
    ...INVOLVED,
    id: "involved-in",
    trigger: "involved in",
    objectGap: "^\\s*(?:the\\s+|its\\s+)?(?:work\\s+of\\s+(?:the\\s+)?)?$",
    objectWithin: 30,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "ICMPD and UNODC are involved in the Better Migration Management programme.", expect: ["org:unodc", "ini:better-migration-management"] },
        { text: "Since 2010 Ghana has been actively involved in the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] },
      ],
      negative: [
        { text: "Ghana is not involved in the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] },
        { text: "Ghana hopes to be involved in the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] },
        { text: "Ghana was involved in the creation of the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] },
        { text: "Officials from Ghana involved in smuggling cases met the Rabat Process secretariat.", expect: ["ctry:gh", "forum:rabat-process"] },
      ],
    },
  },
  {
    ...INVOLVED,
    id: "involved-implicit",
    trigger: "involved",
    implicitObject: true,
    // "involved." or "involved in it": nothing else after the word.
    notFollowedBy: "^(?!\\s*(?:[.;]|$)|\\s+in\\s+it\\s*[.;]|\\s+(?:as well|too|also|again|from the start)\\b)",
    objectWithin: 0,
    confidence: 0.65,
    examples: {
      positive: [
        { text: `${BMM} ICMPD is also involved.`, expect: ["org:icmpd", "ini:better-migration-management"] },
        { text: "The Rabat Process was launched in 2006. Ghana and Senegal are closely involved in it.", expect: ["ctry:sn", "forum:rabat-process"] },
      ],
      negative: [
        { text: `${BMM} ICMPD is not involved.`, expect: ["org:icmpd", "ini:better-migration-management"] },
        { text: `${BMM} ICMPD will be involved.`, expect: ["org:icmpd", "ini:better-migration-management"] },
        { text: `${BMM} ICMPD is involved in a study of smuggling.`, expect: ["org:icmpd", "ini:better-migration-management"] },
      ],
    },
  },
];
