import { LEADING_FIELDS } from "./leadingFields.js";
import { LEADS_HOST_RULES } from "./leadsHostRules.js";
import type { RelationRule } from "./RelationRule.js";

export const LEADS_RULES: RelationRule[] = [
  {
    id: "leads-verb",
    type: "LEADS",
    // Co-chairing is CHAIRED (chairHostRules.ts), not leading.
    trigger: "launch|lead|manage|implement|coordinate|initiate|spearhead|run|develop|administer|co-lead|co-led|co-manage|co-implement|co-implemented|conduct|execute|steer|head / carry out",
    verbal: true,
    // "the dialogue leading to the 2013 HLD", "managed to bring": a cause or an ability, not leading.
    // "hosts the secretariat of the GMG": serving a body (roleNounRules.ts), not leading it.
    // "led its delegation to X", "led their participation in X": taking part at the head of one's own side, not leading X.
    notFollowedBy: "^\\s+to\\b|^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b|^\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+)?(?:\\w+\\s+)?(?:participation|delegations?|team)\\s+(?:in|at|to)\\b",
    // "share in running X", "supported States in developing X": a part in another's work, not leading it.
    ...LEADING_FIELDS,
    confidence: 0.8,
    examples: {
      positive: [
        // A participle after an apposition naming the programme's own class describes the programme, even after "by" (mentionLists.apposedClassParticiple).
        { text: "Much of the training was backed by the Seafarers Mobility Programme, a joint UN programme implemented by IOM and UN Women.", expect: ["org:un-women", "ini:seafarers-mobility-programme"] },
        { text: "Since 2019 Poland leads the Prague Process.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "In 2010 UNDP launched the JMDI with its partners.", expect: ["org:undp", "ini:jmdi"] },
        { text: "KNOMAD is managed by the World Bank.", expect: ["org:world-bank", "ini:knomad"] },
        { text: "The Prague Process is steered by Poland and Hungary.", expect: ["ctry:hu", "forum:prague-process"] },
        { text: "Since 2016 UNDP has headed the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "In 2009 UNEP conducted a project entitled “Security in Mobility” with three partners.", expect: ["org:unep", "ini:security-in-mobility"] },
        // "United States" in the gap is a name, not the generic "States" that blocks a subject chain.
        { text: "In 2010 IFAD and the United States Department of State launched the JMDI.", expect: ["org:ifad", "ini:jmdi"] },
        // A time or place adjunct may stand between the passive verb and its agents.
        { text: "The JMDI was launched in Brussels in 2008 by UNDP and its partners.", expect: ["org:undp", "ini:jmdi"] },
        // Co-agents after a passive's agent (lateCoAgents.ts) run it too, and implementing it with the agency is
        // implementing it, which the ontology reads as leading it.
        { text: "The JMDI is run by UNDP together with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI is implemented by UNDP together with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        // Organising with the lead is organising too.
        { text: "The Global Migration Film Festival was organised by IOM together with UNICEF.", expect: ["org:unicef", "ini:global-migration-film-festival"] },
        { text: "IOM leads the Migrants in Countries in Crisis Initiative together with the Philippines and the United States.", expect: ["ctry:ph", "ini:migrants-in-countries-in-crisis-initiative"] },
        // A phrase opening the sentence ends at its comma: the name after it is the subject.
        { text: "With money from Switzerland, UNDP launched the JMDI in 2008.", expect: ["org:undp", "ini:jmdi"] },
        // An object relative clause: its antecedent is what the verb acts on.
        { text: "The oldest of them is the MIDA programme, which IOM launched in 2001.", expect: ["org:iom", "ini:mida"] },
        // A co-implementer shares the lead, unlike an implementing partner.
        { text: "In its first years UNICEF co-implemented the JMDI with UNDP.", expect: ["org:unicef", "ini:jmdi"] },
        // The joiner and its partner do the infinitive's act together (joinedToAct.ts); leaders act for their states.
        { text: "Last spring the leaders of Chile and Peru joined UNICEF in Lima to launch the Andean Child Mobility Platform.", expect: ["ctry:pe", "ini:andean-child-mobility-platform"] },
        { text: "Last spring the leaders of Chile and Peru joined UNICEF in Lima to launch the Andean Child Mobility Platform.", expect: ["org:unicef", "ini:andean-child-mobility-platform"] },
        // A quantifier floated after the comma shares the participle among the names before it.
        { text: "The JMDI and MIDA, both run by UNDP, closed in 2015.", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        // A dated joining is a membership taken up, not a partner in the act that follows.
        { text: "Chile joined the OECD in 2010 to develop the Andean Child Mobility Platform.", expect: ["org:oecd", "ini:andean-child-mobility-platform"] },
        // An apposition headed by another noun ("a partner of a network") describes that noun, not the programme.
        { text: "Much of the training was backed by the Seafarers Mobility Programme, a partner of a network run by IOM.", expect: ["org:iom", "ini:seafarers-mobility-programme"] },
        // "will" before the agency's own act is its plan, and "might" is no design.
        { text: "The International Labour Organization will lead the HARBOR project.", expect: ["org:ilo", "ini:harbor"] },
        { text: "The HARBOR project might be run by the International Labour Organization.", expect: ["org:ilo", "ini:harbor"] },
        { text: "UNDP should launch the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "IOM and UNHCR share in running the JMDI.", expect: ["org:iom", "ini:jmdi"] },
        // A participle qualifying a noun ("an implementing partner") is no act of the name it describes.
        { text: "IOM is an implementing partner, not the lead of the JMDI.", expect: ["org:iom", "ini:jmdi"] },
        // Heading one's own side at a meeting is taking part in it (the participation rules), not leading it.
        { text: "The Tonga Red Cross Society led its team at the Apia Conference on Reef Fishers.", expect: ["org:tonga-red-cross-society", "forum:apia-conference-on-reef-fishers"] },
        { text: "Caritas Tonga led their participation in the Apia Conference on Reef Fishers.", expect: ["org:caritas-tonga", "forum:apia-conference-on-reef-fishers"] },
        { text: "The JMDI is run by UNDP, together with a report by UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "Funded by Japan, the MIDA project in Ghana is implemented by IOM together with Ghana's Ministry of Health.", expect: ["ctry:gh", "ini:mida"] },
        // A possessor before the co-agent only says whose it is (lateCoAgents.ts).
        { text: "The Prague Process is steered by Poland together with Hungary's Ministry of Interior.", expect: ["ctry:hu", "forum:prague-process"] },
        { text: "UNDP did not launch the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "The Prague Process should be steered by Poland.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "Delegates from Hungary headed to the Prague Process conference.", expect: ["ctry:hu", "forum:prague-process"] },
        { text: "The JMDI was launched in 2008 with support from IOM.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008 in towns served by IOM offices.", expect: ["org:iom", "ini:jmdi"] },
        { text: "With advice from IOM, the JMDI was launched in 2008.", expect: ["org:iom", "ini:jmdi"] },
        // A relative clause about another thing: IOM launched the office, not MIDA.
        { text: "MIDA has an office in Accra, which IOM launched in 2001.", expect: ["org:iom", "ini:mida"] },
        // The name completes another noun: the indicators were developed, not the programme.
        { text: "With support from UNDP, UNICEF developed a set of indicators for the JMDI.", expect: ["org:unicef", "ini:jmdi"] },
        // A forum's name on a publication: the publication was initiated, not the forum.
        { text: "UNFPA initiated the GMG handbook Migration and Youth in 2012.", expect: ["org:unfpa", "forum:gmg"] },
        { text: "The Committee was established in 2008 as a member of the Global Forum on Migration and Development.", expect: ["org:ngo-committee-on-migration", "forum:gfmd"] },
        { text: "UNFPA is co-chairing the Global Migration Group with IOM this year.", expect: ["org:unfpa", "forum:gmg"] },
        { text: "IOM has supported the State-led GFMD since 2007.", expect: ["org:iom", "forum:gfmd"] },
        // An instrument, not a co-agent.
        { text: "In 2010 UNDP launched with UNHCR support the JMDI.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UNICEF may co-implement the JMDI with UNDP from next year.", expect: ["org:unicef", "ini:jmdi"] },
        { text: "ECA will keep up the regional dialogue on mobility, leading to the 2013 HLD.", expect: ["org:eca", "forum:hld-2013"] },
        // An attributive participle is no verb of the sentence's subject.
        { text: "UNFPA is co-chairing with IOM the newly established Global Migration Group.", expect: ["org:unfpa", "forum:gmg"] },
        { text: "UNEP conducted a review of projects such as “Security in Mobility” and others.", expect: ["org:unep", "ini:security-in-mobility"] },
        { text: "IOM hosts the secretariat of the Global Migration Group.", expect: ["org:iom", "forum:gmg"] },
        // Helping another actor run it is support, not leading (ruleReadings.helpsAnother): the engine reads SUPPORTS.
        { text: "The ILO worked closely with UNDP on implementing the JMDI.", expect: ["org:ilo", "ini:jmdi"] },
        { text: "UNFPA provided substantive technical assistance to UNDP in managing the JMDI.", expect: ["org:unfpa", "ini:jmdi"] },
      ],
    },
  },
  ...LEADS_HOST_RULES,
  {
    // "It is implemented by a consortium under the lead of IOM", "the Plan, under the stewardship of WHO": the body
    // named after the phrase leads the initiative named before it.
    id: "leads-under-lead-of",
    type: "LEADS",
    trigger: "under lead|leadership|stewardship of",
    shape: "object-first",
    // Something else named in between is what is led: "a meeting held under the leadership of".
    blockedBy: "meeting|meetings|held|event|events|workshop|conference|session|seminar|discussed|presented|study|report",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 45,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "MIDA started in 2001. It is implemented by a consortium under the lead of IOM.", expect: ["org:iom", "ini:mida"] },
        { text: "The JMDI, under the leadership of UNDP, funded 51 projects.", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        // The leader leads the meeting, not the programme discussed at it.
        { text: "MIDA was discussed at a meeting held under the leadership of IOM in Geneva.", expect: ["org:iom", "ini:mida"] },
        { text: "Under the leadership of IOM, Ghana joined MIDA.", expect: ["org:iom", "ini:mida"] },
        { text: "MIDA will be placed under the lead of IOM.", expect: ["org:iom", "ini:mida"] },
      ],
    },
  },
  {
    // A leading role named without its programme: "UNDP is the lead agency" on the programme's page. With "of", "for"
    // or "on" after it the role names its own object (predicateRoles.ts), or a field ("the lead agency on migration").
    id: "leads-role-unnamed",
    type: "LEADS",
    trigger: "be lead|leading|executing|implementing agency|organization|organisation",
    verbal: true,
    notFollowedBy: "^\\s*(?:of|for|on|in|within|,\\s*(?:of|for))\\b",
    shape: "subject-first",
    implicitObject: true,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    objectWithin: 10,
    confidence: 0.7,
    examples: {
      positive: [{ text: "The JMDI was launched in 2008. UNDP is the lead agency.", expect: ["org:undp", "ini:jmdi"] }],
      negative: [
        { text: "The JMDI was launched in 2008. IOM is the lead agency for migration in the UN system.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. IOM would be the lead agency.", expect: ["org:iom", "ini:jmdi"] },
      ],
    },
  },
  {
    // "IOM took the lead in launching MIDA", "UNDP has taken the lead on the JMDI": the lead is taken in the programme
    // itself or in an act that starts or runs it, not in a study or an event about it.
    id: "leads-take-lead",
    type: "LEADS",
    trigger: "take|took|taken|takes|taking lead in|on|for",
    verbal: true,
    shape: "subject-first",
    objectGap: "^\\s*(?:(?:launching|running|managing|implementing|coordinating|organi[sz]ing|convening|setting up|establishing|developing|creating|steering)\\s+)?(?:the\\s+)?$",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 40,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "In 2001 IOM took the lead in launching MIDA.", expect: ["org:iom", "ini:mida"] },
        { text: "UNDP has taken the lead on the JMDI since 2008.", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        { text: "In 2001 IOM took the lead in a study of MIDA.", expect: ["org:iom", "ini:mida"] },
        { text: "IOM may take the lead on MIDA next year.", expect: ["org:iom", "ini:mida"] },
      ],
    },
  },
];
