import type { RelationRule } from "./RelationRule.js";

/**
 * "UNHCR started the X Initiative in 2019", "the X was started by UNHCR": starting a programme is launching it. The
 * object follows the verb at once (an article, a possessive or a year between), so "started funding the X",
 * "started work on the X" and "started to fund X" are no launch of X; an intransitive "the X started in 2019" has no
 * agent to lead it. "started the project" may speak of any initiative named before, so only a named object is read.
 */
export const START_RULES: RelationRule[] = [
  {
    id: "leads-start",
    type: "LEADS",
    trigger: "start",
    verbal: true,
    notFollowedBy: "^\\s+(?:to\\b|[a-z]+ing\\b|work\\b)",
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 14,
    // "started the project" may speak of any initiative named before: only a named one is read.
    namedObject: true,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UNHCR started the Coastal Migrant Protection Initiative in 2019.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "The Coastal Migrant Protection Initiative was started in 2019 by UNHCR.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "In 2016 the ILO started its Harbour Skills Programme with two partners.", expect: ["org:ilo", "ini:harbour-skills-programme"] },
      ],
      negative: [
        // Starting to pay for, or work on, another's programme is no launch of it.
        { text: "In 2020 Norway started funding the Coastal Migrant Protection Initiative.", expect: ["ctry:no", "ini:coastal-migrant-protection-initiative"] },
        { text: "UNHCR started work on a report for the Coastal Migrant Protection Initiative.", expect: ["org:unhcr", "ini:coastal-migrant-protection-initiative"] },
        { text: "Norway started to pay for the Coastal Migrant Protection Initiative.", expect: ["ctry:no", "ini:coastal-migrant-protection-initiative"] },
        { text: "The Coastal Migrant Protection Initiative started in 2019, a year after Ghana joined IOM.", expect: ["ctry:gh", "ini:coastal-migrant-protection-initiative"] },
        { text: "The Sahel Mobility Programme was set up by IOM in 2015. UNHCR and UNICEF had started the project together.", expect: ["org:unhcr", "ini:sahel-mobility-programme"] },
      ],
    },
  },
];
