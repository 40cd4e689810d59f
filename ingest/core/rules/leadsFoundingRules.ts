import { LEADING_FIELDS } from "./leadingFields.js";
import type { RelationRule } from "./RelationRule.js";

/**
 * Setting up, establishing or creating a programme or a forum: read as leading it, as leads-verb reads running it, but
 * kept apart because a founder is not always the one that runs what it made ("The General Assembly created the Trust;
 * UNICEF runs it"). Where the page names another leader of the same thing, the founder's reading gives way
 * (founderBesideRunner.ts); many founders of a forum are its members (manyFounders).
 */
export const LEADS_FOUNDING_RULES: RelationRule[] = [
  {
    id: "leads-founding-verb",
    type: "LEADS",
    trigger: "establish|create / set up",
    verbal: true,
    // "established to serve X", "set up its secretariat": an aim or a part, not the thing led.
    notFollowedBy: "^\\s+to\\b|^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b",
    ...LEADING_FIELDS,
    manyFounders: { atLeast: 3, objects: ["FORUM"], words: "establish|set|creat|found", type: "MEMBER_OF" },
    confidence: 0.8,
    examples: {
      positive: [
        { text: "IOM and UNDP jointly set up the Migrant Resource Network (MRN) in 2009.", expect: ["org:iom", "ini:migrant-resource-network"] },
        { text: "UNDP joined forces with the African Development Bank to create the Sahel Diaspora Fund.", expect: ["org:afdb", "ini:sahel-diaspora-fund"] },
        { text: "The Lagoon Returnee Fund was established in 2014 by UNICEF.", expect: ["org:unicef", "ini:lagoon-returnee-fund"] },
      ],
      negative: [
        { text: "UNDP plans to join forces with the African Development Bank to create the Sahel Diaspora Fund.", expect: ["org:afdb", "ini:sahel-diaspora-fund"] },
        { text: "The JMDI and MIDA, both established programmes, were praised by UNDP.", expect: ["org:undp", "ini:jmdi"] },
        // Many founders of a forum are its members (manyFounders), not its leaders.
        { text: "In 2003 the Geneva Migration Group was established by ILO, IOM, OHCHR and UNHCR as a consultative body.", expect: ["org:iom", "forum:geneva-migration-group"] },
        // An infinitive before the name: the Division was set up to serve the Commission, not to lead it.
        { text: "The Population Division of UN DESA was established in 1946 to service the Commission on Population and Development.", expect: ["org:un-desa-population-division", "forum:cpd"] },
        // A body still to be set up has no one leading it yet.
        { text: "It was agreed that the JMDI, co-led by UNDP and IOM, would be set up.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UNEP was created as a result of the UN Conference on the Human Environment.", expect: ["org:unep", "forum:un-conference-on-the-human-environment"] },
        // The founder gives way to the body the page says runs what it made (founderBesideRunner.ts).
        { text: "The Lagoon Returnee Fund was established in 2014 by the European Commission. UNICEF manages it.", expect: ["org:european-commission", "ini:lagoon-returnee-fund"] },
        { text: "In 2011 Norway set up the Tideway Skills Facility, and the ILO now runs the facility.", expect: ["ctry:no", "ini:tideway-skills-facility"] },
      ],
    },
  },
];
