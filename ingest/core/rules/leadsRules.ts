import type { RelationRule } from "./RelationRule.js";

export const LEADS_RULES: RelationRule[] = [
  {
    id: "leads-verb",
    type: "LEADS",
    trigger: "launch|lead|manage|implement|establish|coordinate|initiate|spearhead|run|develop|create|administer|host|co-lead|co-led|co-manage|co-chair|co-chairs|co-chaired|conduct|execute / set up / carry out",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Since 2019 Poland leads the Prague Process.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "In 2010 UNDP launched the JMDI with its partners.", expect: ["org:undp", "ini:jmdi"] },
        { text: "KNOMAD is managed by the World Bank.", expect: ["org:world-bank", "ini:knomad"] },
        { text: "IOM and UNDP jointly set up the Migrant Resource Network (MRN) in 2009.", expect: ["org:iom", "ini:migrant-resource-network"] },
        { text: "In 2009 UNEP conducted a project entitled “Security in Mobility” with three partners.", expect: ["org:unep", "ini:security-in-mobility"] },
      ],
      negative: [
        { text: "UNDP should launch the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UNDP did not launch the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008 with support from IOM.", expect: ["org:iom", "ini:jmdi"] },
        { text: "UNEP conducted a review of projects such as “Security in Mobility” and others.", expect: ["org:unep", "ini:security-in-mobility"] },
      ],
    },
  },
  {
    id: "leads-organize-meeting",
    type: "LEADS",
    trigger: "organize|organise|co-organize|co-organise|co-organized|co-organised|convene|hold",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 20,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "Switzerland organized the GFMD 2011 in Geneva.", expect: ["ctry:ch", "forum:gfmd-2011"] },
        { text: "In September 2008 ESCAP held the Asia-Pacific High-level Meeting on International Migration and Development in Bangkok.", expect: ["org:escap", "forum:asia-pacific-high-level-meeting-on-international-migration-and-development"] },
      ],
      negative: [
        { text: "Mauritius plans to organize the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "UNICEF organized a side event at the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "Mexico held the GFMD chairmanship in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Mexico held the chairmanship of the GFMD in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Algeria and Libya hold observer status in the Rabat Process.", expect: ["ctry:dz", "forum:rabat-process"] },
      ],
    },
  },
];
