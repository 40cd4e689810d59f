import type { RelationRule } from "./RelationRule.js";

/**
 * The fields the verbs of leading share (leads-verb here, leads-start-verb in leadsStartRules.ts): a body or a state
 * leads a programme or a forum named within 40 characters, actively or in the passive; "share in running X" is a
 * part in another's work ("in" before the verb).
 */
export const LEADING_FIELDS: Pick<RelationRule, "notAfter" | "shape" | "passive" | "subjects" | "objects" | "objectWithin"> = {
  notAfter: "in",
  shape: "subject-first",
  passive: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE", "FORUM"],
  objectWithin: 40,
};

export const LEADS_RULES: RelationRule[] = [
  {
    id: "leads-verb",
    type: "LEADS",
    // Co-chairing is CHAIRED (chairHostRules.ts), not leading.
    trigger: "launch|lead|manage|implement|establish|coordinate|initiate|spearhead|run|develop|create|administer|co-lead|co-led|co-manage|co-implement|co-implemented|conduct|execute|steer|head / set up / carry out",
    verbal: true,
    // "the dialogue leading to the 2013 HLD", "managed to bring": a cause or an ability, not leading.
    // "hosts the secretariat of the GMG": serving a body (roleNounRules.ts), not leading it.
    // "led its delegation to X", "led their participation in X": taking part at the head of one's own side, not leading X.
    notFollowedBy: "^\\s+to\\b|^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b|^\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+)?(?:\\w+\\s+)?(?:participation|delegations?|team)\\s+(?:in|at|to)\\b",
    // "share in running X", "supported States in developing X": a part in another's work, not leading it.
    ...LEADING_FIELDS,
    manyFounders: { atLeast: 3, objects: ["FORUM"], words: "establish|set|creat|found", type: "MEMBER_OF" },
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
        { text: "IOM and UNDP jointly set up the Migrant Resource Network (MRN) in 2009.", expect: ["org:iom", "ini:migrant-resource-network"] },
        { text: "In 2009 UNEP conducted a project entitled “Security in Mobility” with three partners.", expect: ["org:unep", "ini:security-in-mobility"] },
        // "United States" in the gap is a name, not the generic "States" that blocks a subject chain.
        { text: "In 2010 IFAD and the United States Department of State launched the JMDI.", expect: ["org:ifad", "ini:jmdi"] },
        // A time or place adjunct may stand between the passive verb and its agents.
        { text: "The JMDI was launched in Brussels in 2008 by UNDP and its partners.", expect: ["org:undp", "ini:jmdi"] },
        // Co-agents after a passive's agent (lateCoAgents.ts) run it too; implementing partners only take part.
        { text: "The JMDI is run by UNDP together with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
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
        { text: "UNDP joined forces with the African Development Bank to create the Sahel Diaspora Fund.", expect: ["org:afdb", "ini:sahel-diaspora-fund"] },
        // A quantifier floated after the comma shares the participle among the names before it.
        { text: "The JMDI and MIDA, both run by UNDP, closed in 2015.", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        // A dated joining is a membership taken up, not a partner in the act that follows.
        { text: "Chile joined the OECD in 2010 to develop the Andean Child Mobility Platform.", expect: ["org:oecd", "ini:andean-child-mobility-platform"] },
        { text: "UNDP plans to join forces with the African Development Bank to create the Sahel Diaspora Fund.", expect: ["org:afdb", "ini:sahel-diaspora-fund"] },
        { text: "The JMDI and MIDA, both established programmes, were praised by UNDP.", expect: ["org:undp", "ini:jmdi"] },
        // An apposition headed by another noun ("a partner of a network") describes that noun, not the programme.
        { text: "Much of the training was backed by the Seafarers Mobility Programme, a partner of a network run by IOM.", expect: ["org:iom", "ini:seafarers-mobility-programme"] },
        // "will" before the agency's own act is its plan, and "might" is no design.
        { text: "The International Labour Organization will lead the HARBOR project.", expect: ["org:ilo", "ini:harbor"] },
        { text: "The HARBOR project might be run by the International Labour Organization.", expect: ["org:ilo", "ini:harbor"] },
        { text: "UNDP should launch the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "IOM and UNHCR share in running the JMDI.", expect: ["org:iom", "ini:jmdi"] },
        // Heading one's own side at a meeting is taking part in it (the participation rules), not leading it.
        { text: "The Tonga Red Cross Society led its team at the Apia Conference on Reef Fishers.", expect: ["org:tonga-red-cross-society", "forum:apia-conference-on-reef-fishers"] },
        { text: "Caritas Tonga led their participation in the Apia Conference on Reef Fishers.", expect: ["org:caritas-tonga", "forum:apia-conference-on-reef-fishers"] },
        { text: "The JMDI is run by UNDP, together with a report by UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI is implemented by UNDP together with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "Funded by Japan, the MIDA project in Ghana is implemented by IOM together with Ghana's Ministry of Health.", expect: ["ctry:gh", "ini:mida"] },
        // Many founders of a forum are its members (manyFounders), not its leaders.
        { text: "In 2003 the Geneva Migration Group was established by ILO, IOM, OHCHR and UNHCR as a consultative body.", expect: ["org:iom", "forum:geneva-migration-group"] },
        { text: "UNDP did not launch the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "The Prague Process should be steered by Poland.", expect: ["ctry:pl", "forum:prague-process"] },
        { text: "Delegates from Hungary headed to the Prague Process conference.", expect: ["ctry:hu", "forum:prague-process"] },
        // An infinitive before the name: the Division was set up to serve the Commission, not to lead it.
        { text: "The Population Division of UN DESA was established in 1946 to service the Commission on Population and Development.", expect: ["org:un-desa-population-division", "forum:cpd"] },
        // A body still to be set up has no one leading it yet.
        { text: "It was agreed that the JMDI, co-led by UNDP and IOM, would be set up.", expect: ["org:undp", "ini:jmdi"] },
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
        { text: "UNEP was created as a result of the UN Conference on the Human Environment.", expect: ["org:unep", "forum:un-conference-on-the-human-environment"] },
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
  {
    id: "leads-host",
    type: "LEADS",
    // Hosting a programme, portal or platform is running it; hosting a meeting is HOSTED (chairHostRules.ts), not
    // leading it, and a country that hosts a standing forum hosts its meetings or its secretariat, it does not lead it.
    trigger: "host",
    verbal: true,
    notFollowedBy: "^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b",
    // "launched the X project at a meeting hosted by Senegal": what was hosted is the meeting, not the project.
    notAfter: "meeting|workshop|event|conference|session|seminar|ceremony|summit|launch|consultation|dialogue",
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Since 2014 IOM hosts the Migration Data Portal.", expect: ["org:iom", "ini:migration-data-portal"] },
        { text: "KNOMAD is hosted by the World Bank.", expect: ["org:world-bank", "ini:knomad"] },
        { text: "The Migration Data Portal, hosted by IOM, went online in 2017.", expect: ["org:iom", "ini:migration-data-portal"] },
      ],
      negative: [
        { text: "Mauritius hosted the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "In 2010 Mexico hosted the fourth meeting of the GFMD in Puerto Vallarta.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "The GFMD 2010 was hosted by Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // A one-off meeting named without a year is still a meeting.
        { text: "Indonesia hosted the Regional Ministerial Conference on People Smuggling in Bali.", expect: ["ctry:id", "forum:regional-ministerial-conference-on-people-smuggling"] },
        { text: "The Abu Dhabi Dialogue first met in 2008. The United Arab Emirates hosted this first Ministerial Consultation of the Abu Dhabi Dialogue.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue-1-consultation"] },
        { text: "IOM hosts the secretariat of the Global Migration Group.", expect: ["org:iom", "forum:gmg"] },
        { text: "UNDP will host the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "Switzerland hosted the Global Forum on Migration and Development.", expect: ["ctry:ch", "forum:gfmd"] },
        { text: "UNODC launched the Coastal Safety Project at a meeting hosted by Senegal in 2018.", expect: ["ctry:sn", "ini:coastal-safety-project"] },
        // A participle after a comma tells of the phrase before it: the summit was hosted, not the programme.
        { text: "The JMDI grew out of the Valletta Summit on Migration of November 2015, hosted by Malta, where leaders adopted a plan.", expect: ["ctry:mt", "ini:jmdi"] },
      ],
    },
  },
  {
    // A body, not a state, that hosts or co-hosts a meeting runs it ("The summit was co-hosted by Peru and the OAS"):
    // HOSTED is a state's (chairHostRules.ts), so the body's share of the hosting is to lead the meeting.
    id: "leads-host-meeting",
    type: "LEADS",
    trigger: "host|co-host|co-hosted",
    verbal: true,
    notFollowedBy: "^\\s+(?:the\\s+|its\\s+|a\\s+)?(?:\\w+\\s+)?secretariats?\\b",
    shape: "subject-first",
    passive: true,
    // States are read as agents so that a list of hosts mixing states and bodies stays one list; only bodies lead.
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    // A state in the list is read and never linked: its pair is closed to every trigger word of the rule.
    pairs: [
      { subjects: ["ORGANIZATION"], objects: ["FORUM"] },
      { subjects: ["COUNTRY"], objects: ["FORUM"], notTriggeredBy: "host|hosts|hosted|hosting|co-host|co-hosts|co-hosted|co-hosting" },
    ],
    // The host is the verb's own subject: a body named inside an apposition before it ("Chile, as chair of the OAS,
    // hosted it") or in a relative clause ("which chaired ASEAN that year, hosted") is not.
    subjectGap: "^\\s*(?:\\([A-Z][A-Za-z]{1,11}\\)\\s*)?(?:(?:also|jointly|again|then|together|\\w+ly)\\s+)?$",
    objectWithin: 12,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The GFMD 2012 was co-hosted by Mauritius and the International Labour Organization.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "UNHCR co-hosted the GFMD 2012 with Mauritius.", expect: ["org:unhcr", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "UNHCR will co-host the GFMD 2012 with Mauritius.", expect: ["org:unhcr", "forum:gfmd-2012"] },
        { text: "IOM hosts the secretariat of the Global Migration Group.", expect: ["org:iom", "forum:gmg"] },
        { text: "Peru, as chair of the International Labour Organization that year, hosted the GFMD 2012.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was co-hosted by Mauritius and attended by the International Labour Organization.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was co-hosted by Mauritius and the International Labour Organization.", expect: ["ctry:mu", "forum:gfmd-2012"] },
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
        { text: "The GFMD 2010, organized by Mexico in Puerto Vallarta, discussed partnerships.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "In September 2008 ESCAP held the Asia-Pacific High-level Meeting on International Migration and Development in Bangkok.", expect: ["org:escap", "forum:asia-pacific-high-level-meeting-on-international-migration-and-development"] },
        // A subject relative clause after the forum's place, a month beside its year (not the modal), and the meeting of that year.
        { text: "The study was presented at the Global Forum on Migration and Development in Puerto Vallarta, Mexico, which met in November 2010 and was organized by the Government of Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // An aside naming the means one organizer acted through does not end the list of organizers.
        { text: "The GFMD 2010 was co-organised by Mexico, through its foreign ministry, the International Labour Organization and the World Bank.", expect: ["org:world-bank", "forum:gfmd-2010"] },
        // An event is a meeting (HEAD_NOUNS: Event), whatever programme its complement names: "together with" adds co-organisers.
        { text: "In June 2018 the Harbour Workers Alliance organised the Dockers' Parallel Event to the Coastal Labour Initiative together with the Seafarers Union of Ghana.", expect: ["org:seafarers-union-of-ghana", "forum:dockers-parallel-event-to-the-coastal-labour-initiative"] },
      ],
      negative: [
        { text: "Mauritius plans to organize the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 may be organized by Mauritius in May 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "UNICEF organized a side event at the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
        // A participle after a common noun modifies that noun: the round tables were held at the meeting, by nobody named.
        { text: "OHCHR gave technical assistance to round tables held at the GFMD 2012 in Mauritius.", expect: ["org:ohchr", "forum:gfmd-2012"] },
        // The organizer led a meeting of the group, not the group; the session was the venue of the event.
        { text: "A two-day GMG technical meeting on remittances organized by UNCTAD in May 2011 drew forty experts.", expect: ["org:unctad", "forum:gmg"] },
        { text: "The study was launched as a side event at the forty-sixth session of the Commission on Population and Development organized by ESCAP.", expect: ["org:escap", "forum:cpd"] },
        { text: "Mexico held the GFMD chairmanship in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Mexico held the chairmanship of the GFMD in 2010.", expect: ["ctry:mx", "forum:gfmd"] },
        { text: "Algeria and Libya hold observer status in the Rabat Process.", expect: ["ctry:dz", "forum:rabat-process"] },
        { text: "UNDP supported the President of the General Assembly in convening the 2013 High-level Dialogue.", expect: ["org:undp", "forum:hld-2013"] },
      ],
    },
  },
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
