import { LEADING_FIELDS } from "./leadingFields.js";
import type { RelationRule } from "./RelationRule.js";

/**
 * Starting or beginning a programme or a process is initiating it: "was begun by IOM in 1996", "UNHCR started the X
 * Initiative in 2019", "the X was started by UNHCR". Kept apart from leads-verb because "start" and "begin" also open a task about the thing ("started a
 * review of the X") or an infinitive ("began to fund X"): the object must follow the verb with no article-led noun of its own.
 * A programme set up "at the initiative of" a body or state was started by it (leads-at-initiative-of).
 */
export const LEADS_START_RULES: RelationRule[] = [
  {
    id: "leads-start-verb",
    type: "LEADS",
    trigger: "start|begin",
    verbal: true,
    // "began to fund", "started a review of", "began the second round of talks on", "started its study of": an infinitive
    // or a task, not the programme; "started its Harbour Skills Programme" is the programme.
    notFollowedBy: "^\\s+(?:to\\b|[a-z]+ing\\b|an?\\s|work\\b|(?:the|its|their)\\s+(?:[\\w-]+\\s+){0,2}(?:of|on|for|about|with)\\b)",
    ...LEADING_FIELDS,
    // "had started the project together": a description may stand for another project than the one meant; only a name counts.
    namedObject: true,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The older of the two, the Prague Process, was begun by Poland in Prague in 2009.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "The JMDI was started by UNDP and UNHCR a year later.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "In 2001 IOM started the MIDA programme in the Great Lakes region.", expect: ["org:iom", "ini:mida"] },
        { text: "UNHCR started the Coastal Migrant Protection Initiative in 2019.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "The Coastal Migrant Protection Initiative was started in 2019 by UNHCR.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "In 2016 the ILO started its Harbour Skills Programme with two partners.", expect: ["org:ilo", "ini:harbour-skills-programme"] },
      ],
      negative: [
        { text: "In 2012 UNICEF began to fund the JMDI.", expect: ["org:unicef", "ini:jmdi"] },
        { text: "In 2012 UNICEF started funding the JMDI.", expect: ["org:unicef", "ini:jmdi"] },
        { text: "Poland started a review of the Prague Process in 2014.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "Hungary began the second round of talks on the Prague Process.", expect: ["ctry:hu", "forum:prague-process"] },
        { text: "The Prague Process began in 2009, when Poland took the chair.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "IOM started work on the JMDI only in 2012.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI gives small grants to towns. UNDP and UNHCR had started the project together in 2008.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UNHCR started work on a report for the Coastal Migrant Protection Initiative.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "UNHCR started its review of the Coastal Migrant Protection Initiative in 2021.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "The Sahel Mobility Programme was set up by IOM in 2015. UNHCR and UNICEF had started the project together.", expect: ["org:unhcr", "ini:sahel-mobility-programme"] },
      ],
    },
  },
  {
    // "It was set up at the initiative of Italy", "the Group was founded on the joint initiative of A and B": the one
    // whose initiative created a programme or forum leads it. Only an act of creating is read ("praised the plan at
    // the initiative of X" is someone else's act), and only with the created thing named or referred to just before.
    id: "leads-at-initiative-of",
    type: "LEADS",
    trigger: "at|on|upon ?joint ?personal initiative of",
    shape: "object-first",
    sentenceHas: "set|establish|create|found|launch|start|form|convene|initiate|begin|begun|organise|organize|build|institute",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 25,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Harbour Contact Group first met in 2019. It was set up at the initiative of Portugal's interior minister.", expect: ["ctry:pt", "forum:harbour-contact-group"] },
        { text: "The JMDI was started on the joint initiative of Chile and Peru.", expect: ["ctry:pe", "ini:jmdi"] },
      ],
      negative: [
        { text: "UNICEF praised the JMDI at the initiative of Chile.", expect: ["ctry:cl", "ini:jmdi"] },
        { text: "The JMDI could be started on the initiative of Chile.", expect: ["ctry:cl", "ini:jmdi"] },
        { text: "The JMDI was started in 2008 with a grant to towns that had been set up on the initiative of Chile.", expect: ["ctry:cl", "ini:jmdi"] },
      ],
    },
  },
];
