import type { RelationRule } from "./RelationRule.js";

export const SUPPORT_RULES: RelationRule[] = [
  {
    id: "supports-verb",
    type: "SUPPORTS",
    trigger: "support|assist|back / provide support|input|inputs|assistance|contribution|contributions to / give support to",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 40,
    // Financial support to a programme is funding it; a forum is only supported.
    qualified: [{ words: "financial|financially|monetary", objects: ["INITIATIVE"], type: "FUNDS" }],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UNICEF supported the GFMD 2012 with a background paper.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "KNOMAD is supported by Germany.", expect: ["ctry:de", "ini:knomad"] },
        { text: "WHO provided technical support to the GFMD.", expect: ["org:who", "forum:gfmd"] },
        // A verb of giving makes the noun the subject's own support.
        { text: "UNESCO provided support for the preparation of the Rabat Process meeting.", expect: ["org:unesco", "forum:rabat-process"] },
        // A forum is supported, whatever the support.
        { text: "WHO provided financial support to the GFMD.", expect: ["org:who", "forum:gfmd"] },
        { text: "The Rabat Process meets yearly. ICMPD provides support and secretariat services to the dialogue.", expect: ["org:icmpd", "forum:rabat-process"] },
        // The second object repeats the first one's preposition.
        { text: "IOM gives technical support to the Rabat Process and to the Khartoum Process.", expect: ["org:iom", "forum:khartoum-process"] },
        { text: "Since 2015 ICMPD has provided long-term technical assistance to the Budapest Process.", expect: ["org:icmpd", "forum:budapest-process"] },
      ],
      negative: [
        { text: "UNICEF should support the GFMD.", expect: ["org:unicef", "forum:gfmd"] },
        // "back" as an adverb of another verb is no backing (triggerStands.ts).
        { text: "UNICEF brought the experts back to Geneva for the GFMD.", expect: ["org:unicef", "forum:gfmd"] },
        // ", and" before a name with a verb of its own opens a new clause: the Commission is only asked (newClause.ts).
        { text: "KNOMAD is supported by Germany and Sweden, and the European Commission has been asked to back its next phase.", expect: ["org:european-commission", "ini:knomad"] },
        // A readiness is a wish, not a fact.
        { text: "UNICEF is keen to further support the GFMD in the years ahead.", expect: ["org:unicef", "forum:gfmd"] },
        { text: "UNICEF calls for support to the GFMD.", expect: ["org:unicef", "forum:gfmd"] },
        // "support" as the object of another verb ("rally wide support") is what that verb's subject seeks, not the earlier name's act.
        { text: "The conference was meant to display Ghana's reforms and to rally wide support behind the Rabat Process.", expect: ["ctry:gh", "forum:rabat-process"] },
        { text: "Since the 2006 HLD, UNICEF has supported children who migrate.", expect: ["org:unicef", "forum:hld-2006"] },
        // A country named right after an agency is that agency's country office, not the country.
        { text: "UNFPA Ghana provided financial support for the GFMD 2012.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // A different preposition opens another role: the Khartoum Process is where the support was given.
        { text: "IOM gives technical support to the Rabat Process and in the Khartoum Process.", expect: ["org:iom", "forum:khartoum-process"] },
        // A comma, "and" and a verb after the next name open a new clause (mentionLists.listAt): its subject is no object.
        { text: "ICMPD provides technical support to the Budapest Process, and the Prague Process receives assistance from IOM.", expect: ["org:icmpd", "forum:prague-process"] },
      ],
    },
  },
  {
    id: "promotes-verb",
    type: "PROMOTES",
    trigger: "promote|advocate|campaign|encourage|supervise|disseminate / call for ratification / ratification|implementation of",
    shape: "subject-first",
    subjects: ["ORGANIZATION"],
    objects: ["CONVENTION"],
    objectWithin: 60,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The ILO promotes ratification of the C189 in Asia.", expect: ["org:ilo", "conv:ilo-c189"] },
        { text: "OHCHR calls for ratification of the ICRMW.", expect: ["org:ohchr", "conv:cmw"] },
      ],
      negative: [{ text: "The EU does not promote the C97.", expect: ["org:eu", "conv:ilo-c97"] }],
    },
  },
  {
    // Helping states to become or act as parties promotes the treaty: "helps States to sign up to X", "assists Member
    // States in the ratification of X", "supports governments in implementing X". The words between the verb and the
    // treaty must be the states helped and their act on it; help to a meeting or a project is SUPPORTS.
    id: "promotes-help-states",
    type: "PROMOTES",
    trigger: "help|assist|support|aid|advise|encourage|urge|guide / provide assistance|support|advice to",
    verbal: true,
    shape: "subject-first",
    objectGap: `^\\s*(?:(?:its|their|the)\\s+)?(?:(?:member|partner|interested)\\s+)?(?:states|countries|governments|parties)(?:\\s+parties)?,?\\s+(?:(?:to|in|with|on|towards)\\s+)?(?:(?:the|their)\\s+)?(?:ratif(?:y|ying|ication)|acced(?:e|ing)|accession|sign(?:ing)?\\s+up|implement(?:ing|ation)?|apply(?:ing)?|application|carry(?:ing)?\\s+out|put(?:ting)?\\s+into\\s+practice)(?:[^.;:]{0,70}?\\s(?:of|to|with))?\\s+(?:the\\s+)?(?:(?:both|two|all)\\s+)?$`,
    subjects: ["ORGANIZATION"],
    objects: ["CONVENTION"],
    objectWithin: 140,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "UNHCR helps states to sign up to the 1954 Convention relating to the Status of Stateless Persons.", expect: ["org:unhcr", "conv:statelessness-1954"] },
        { text: "UNODC assists Member States in the ratification of the Smuggling of Migrants Protocol.", expect: ["org:unodc", "conv:smuggling-protocol"] },
        { text: "The ILO supports governments in implementing the Domestic Workers Convention.", expect: ["org:ilo", "conv:ilo-c189"] },
        // Carrying out or putting into practice is implementing.
        { text: "UNODC supports the Parties in carrying out the Smuggling of Migrants Protocol.", expect: ["org:unodc", "conv:smuggling-protocol"] },
        { text: "The ILO helps member States in putting into practice the Domestic Workers Convention.", expect: ["org:ilo", "conv:ilo-c189"] },
      ],
      negative: [
        // Help with something else that merely names the treaty.
        { text: "UNODC assists Member States in drafting reports that cite the Smuggling of Migrants Protocol.", expect: ["org:unodc", "conv:smuggling-protocol"] },
        { text: "UNHCR should help states to accede to the 1954 Convention relating to the Status of Stateless Persons.", expect: ["org:unhcr", "conv:statelessness-1954"] },
        { text: "UNHCR helped refugees to return under the 1954 Convention relating to the Status of Stateless Persons.", expect: ["org:unhcr", "conv:statelessness-1954"] },
        { text: "UNODC supports the Parties in carrying out a survey on the Smuggling of Migrants Protocol.", expect: ["org:unodc", "conv:smuggling-protocol"] },
      ],
    },
  },
  {
    id: "supports-contribute-forum",
    type: "SUPPORTS",
    trigger: "contribute to",
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 30,
    objectThroughOf: true,
    verbal: true,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UNFPA contributed to the GFMD 2010 with a paper on data.", expect: ["org:unfpa", "forum:gfmd-2010"] },
        { text: "UNODC contributed to two technical background papers for the GFMD 2008 in Manila.", expect: ["org:unodc", "forum:gfmd-2008"] },
        { text: "UN Women contributed to the JMDI in its second phase.", expect: ["org:un-women", "ini:jmdi"] },
      ],
      negative: [
        { text: "UNFPA intends to contribute to the GFMD 2014.", expect: ["org:unfpa", "forum:gfmd-2014"] },
        { text: "UNFPA contributed to a study on remittances, which was later presented at the GFMD 2010.", expect: ["org:unfpa", "forum:gfmd-2010"] },
        { text: "ILO contributed to keynote addresses delivered on behalf of the GMG.", expect: ["org:ilo", "forum:gmg"] },
      ],
    },
  },
];
