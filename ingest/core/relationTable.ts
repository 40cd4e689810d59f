import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";

/**
 * Relation decision rules, kept as data and read over wink-nlp's analysis of a sentence
 * (see ruleEngine.ts). A rule fires where its trigger occurs; the trigger is a sequence
 * of slots (" / " separates alternative sequences), each "a|b|c" matching a token whose lemma or lower-case form is one of the
 * alternatives ("?slot" is optional). Adverbs, determiners and commas between slots are
 * skipped ("is jointly financed by", "as the current chair of").
 *
 * shape:
 *  - subject-first: subjects are the chain of mentions right before the trigger ("IOM and UNDP
 *    launched"), objects the list right after it. With `passive`, "<object> … financed by A and B"
 *    is read the other way round: the agents after "by" are the subjects.
 *  - object-first: the object is the nearest mention before the trigger, the subjects the list
 *    after it ("The Rabat Process comprises A, B and C", "Its members are: A, B").
 *  - list-after: subjects are the list after a colon / "are" / "include" that follows the trigger;
 *    the object is the nearest one before the list ("The States that have ratified it are: A, B").
 *  - pairwise: every pair in the list after the trigger ("a partnership between A and B").
 *
 * A negation, a modal or a plan ("should", "will", "plans to", "calls for", "to ratify")
 * between the subject and the trigger cancels the rule: they state no fact.
 * Every rule carries positive and negative sentences; test/unit/relationTable.test.ts runs them
 * through the whole pipeline. `expect` is [sourceId, targetId] (and the role, if given).
 */
export interface RuleExample {
  text: string;
  expect: [string, string] | [string, string, string];
}

export interface RelationRule {
  id: string;
  type: RelationType;
  trigger: string;
  shape: "subject-first" | "object-first" | "list-after" | "pairwise";
  passive?: boolean;
  /** list-after: the listed entities are the relation's targets, not its sources ("works in eight countries: A, B"). */
  swap?: boolean;
  subjects: EntityKind[];
  objects: EntityKind[];
  /** subject-first: the object must start within this many characters after the trigger. */
  objectWithin?: number;
  /** The first trigger word must be used as a verb: "its support to" is not "supports". */
  verbal?: boolean;
  /** subject-first: an object may also end this close before the trigger ("Mexico, as GFMD Chair"). */
  objectBefore?: number;
  confidence: number;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

export const RELATION_RULES: RelationRule[] = [
  {
    id: "leads-verb",
    type: "LEADS",
    trigger: "launch|lead|manage|implement|establish|coordinate|initiate|spearhead|run|develop|create|administer|host|co-lead|co-led|co-manage|co-chair|co-chairs|co-chaired / set up",
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
      ],
      negative: [
        { text: "UNDP should launch the JMDI next year.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UNDP did not launch the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008 with support from IOM.", expect: ["org:iom", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "leads-organize-meeting",
    type: "LEADS",
    trigger: "organize|organise|co-organize|co-organise|co-organized|co-organised|convene",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 20,
    confidence: 0.75,
    examples: {
      positive: [{ text: "Switzerland organized the GFMD 2011 in Geneva.", expect: ["ctry:ch", "forum:gfmd-2011"] }],
      negative: [
        { text: "Mauritius plans to organize the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "UNICEF organized a side event at the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "funds-verb",
    type: "FUNDS",
    trigger: "fund|finance|co-finance|co-fund|co-financed|co-funded|sponsor|bankroll",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The JMDI is jointly financed by the European Commission and Switzerland.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The JMDI is jointly financed by the European Commission and Switzerland.", expect: ["org:european-commission", "ini:jmdi"] },
        { text: "Italy funds MIDA in the Great Lakes region.", expect: ["ctry:it", "ini:mida"] },
      ],
      negative: [
        { text: "The European Commission will fund the JMDI.", expect: ["org:european-commission", "ini:jmdi"] },
        { text: "Donors such as Italy were asked to fund MIDA.", expect: ["ctry:it", "ini:mida"] },
      ],
    },
  },
  {
    id: "funds-with-funding",
    type: "FUNDS",
    trigger: "with ?financial funding|financing|grant|grants from",
    objectWithin: 60,
    shape: "object-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.75,
    examples: {
      positive: [{ text: "MIDA was expanded with funding from Italy and Belgium.", expect: ["ctry:be", "ini:mida"] }],
      negative: [{ text: "MIDA was expanded with advice from Italy.", expect: ["ctry:it", "ini:mida"] }],
    },
  },
  {
    id: "participates-verb",
    type: "PARTICIPATES_IN",
    trigger: "participate in / take part in / attend",
    verbal: true,
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 30,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UN Women participated in the GFMD 2012 in Mauritius.", expect: ["org:un-women", "forum:gfmd-2012"] },
        { text: "Ghana takes part in MIDA.", expect: ["ctry:gh", "ini:mida"] },
      ],
      negative: [
        { text: "UN Women was not able to participate in the GFMD 2012.", expect: ["org:un-women", "forum:gfmd-2012"] },
        { text: "UN Women hopes to take part in the GFMD 2013.", expect: ["org:un-women", "forum:gfmd-2013"] },
      ],
    },
  },
  {
    id: "participates-join-initiative",
    type: "PARTICIPATES_IN",
    trigger: "join / partner in|of / be involve in / involve in / member of / contribute to",
    passive: true,
    verbal: true,
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 30,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "In 2012 UNHCR joined the JMDI as a partner.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "In 2013 the KNOMAD was joined by UNICEF.", expect: ["org:unicef", "ini:knomad"] },
        { text: "UNFPA has joined the new initiative, the KNOMAD, in 2013.", expect: ["org:unfpa", "ini:knomad"] },
        { text: "UN Women contributed to the JMDI in its second phase.", expect: ["org:un-women", "ini:jmdi"] },
      ],
      negative: [{ text: "UNHCR was invited to join the JMDI.", expect: ["org:unhcr", "ini:jmdi"] }],
    },
  },
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
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UNICEF supported the GFMD 2012 with a background paper.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "KNOMAD is supported by Germany.", expect: ["ctry:de", "ini:knomad"] },
        { text: "WHO provided technical support to the GFMD.", expect: ["org:who", "forum:gfmd"] },
        { text: "The Rabat Process meets yearly. ICMPD provides support and secretariat services to the dialogue.", expect: ["org:icmpd", "forum:rabat-process"] },
      ],
      negative: [
        { text: "UNICEF should support the GFMD.", expect: ["org:unicef", "forum:gfmd"] },
        { text: "UNICEF calls for support to the GFMD.", expect: ["org:unicef", "forum:gfmd"] },
        { text: "Since the 2006 HLD, UNICEF has supported children who migrate.", expect: ["org:unicef", "forum:hld-2006"] },
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
    id: "member-of",
    type: "MEMBER_OF",
    trigger: "member of / join / belong to",
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.85,
    examples: {
      positive: [
        { text: "IOM is a founding member of the GMG.", expect: ["org:iom", "forum:gmg"] },
        { text: "Morocco joined the Rabat Process in 2006.", expect: ["ctry:ma", "forum:rabat-process"] },
      ],
      negative: [
        { text: "IOM sent a letter to all members of the GMG.", expect: ["org:iom", "forum:gmg"] },
        { text: "UNHCR is not a member of the Colombo Process.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
    },
  },
  {
    id: "membership-list",
    type: "MEMBER_OF",
    trigger: "comprise / consist of / compose of / include / bring together / member|membership|participant be|include|comprise|:|namely",
    objectWithin: 30,
    shape: "object-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The Budapest Process comprises Turkey, Hungary and Bulgaria.", expect: ["ctry:bg", "forum:budapest-process"] },
        { text: "The Colombo Process is a group consisting of Sri Lanka, Nepal and India.", expect: ["ctry:np", "forum:colombo-process"] },
        { text: "The GMG brings together UNFPA, UNICEF and UNHCR.", expect: ["org:unicef", "forum:gmg"] },
        { text: "The report lists the 16 GMG members, namely, ILO, IOM and UNDP.", expect: ["org:iom", "forum:gmg"] },
        { text: "The Rabat Process was launched in 2006. Its members are: Morocco, Senegal and Spain.", expect: ["ctry:sn", "forum:rabat-process"] },
      ],
      negative: [
        { text: "The GMG should include UNHCR.", expect: ["org:unhcr", "forum:gmg"] },
        { text: "The GFMD 2011 agenda included a session on remittances with IOM.", expect: ["org:iom", "forum:gfmd-2011"] },
      ],
    },
  },
  {
    id: "chaired",
    type: "CHAIRED",
    trigger: "chair|co-chair|co-chaired|co-chairs|chairmanship|co-chairmanship|chairperson|presidency|president|chair-in-office / preside over / pro tempore president|presidency",
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    objectBefore: 6,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "UNDP chaired the GMG in the first half of 2010.", expect: ["org:undp", "forum:gmg", "first half of 2010"] },
        { text: "The GMG was chaired by UNHCR from July–December 2008.", expect: ["org:unhcr", "forum:gmg", "July–December 2008"] },
        { text: "IOM, in its capacity as co-chair of the GMG, drafted the report.", expect: ["org:iom", "forum:gmg"] },
        { text: "UNHCR, the current chair of the GMG, opened the meeting.", expect: ["org:unhcr", "forum:gmg"] },
        { text: "UNESCO assumed the chairmanship of the GMG in 2011.", expect: ["org:unesco", "forum:gmg", "2011"] },
        { text: "Mexico was chosen as the next pro tempore president of the Puebla Process.", expect: ["ctry:mx", "forum:puebla-process"] },
        { text: "The Rabat Process met in Dakar. It is co-chaired by Morocco and France.", expect: ["ctry:fr", "forum:rabat-process"] },
      ],
      negative: [
        { text: "IOM briefed the GFMD Chair on migration data.", expect: ["org:iom", "forum:gfmd"] },
        { text: "UNICEF will chair the GMG in 2014.", expect: ["org:unicef", "forum:gmg"] },
      ],
    },
  },
  {
    id: "ratified-verb",
    type: "RATIFIED",
    trigger: "ratify / accede to / become party to",
    verbal: true,
    shape: "subject-first",
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [{ text: "Mexico ratified the ICRMW in 1999.", expect: ["ctry:mx", "conv:cmw"] }],
      negative: [
        { text: "Mexico has not ratified the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "IOM called on Mexico to ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "Mexico should ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
      ],
    },
  },
  {
    id: "ratification-list",
    type: "RATIFIED",
    trigger: "ratify|accede|party|parties",
    shape: "list-after",
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The ICRMW entered into force in 2003. The States that have ratified or acceded to it are: Mali, Egypt and Mexico.", expect: ["ctry:eg", "conv:cmw"] },
        { text: "Countries that have ratified the C189 include Uruguay and the Philippines.", expect: ["ctry:ph", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The ICRMW entered into force in 2003. The States that have not ratified it are: Canada and Japan.", expect: ["ctry:ca", "conv:cmw"] },
      ],
    },
  },
  {
    id: "hosted-verb",
    type: "HOSTED",
    trigger: "host|co-host|co-hosted",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Mauritius hosted the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2010 was hosted by Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
      ],
      negative: [{ text: "Mauritius will host the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] }],
    },
  },
  {
    id: "operates-in",
    type: "OPERATES_IN",
    trigger: "operate|implement|active|run|work|pilot|present|carry|roll ?out in / cover|target / project|projects|activity|activities|operation|operations in",
    shape: "subject-first",
    subjects: ["INITIATIVE"],
    objects: ["COUNTRY"],
    objectWithin: 40,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI is implemented in Morocco, Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:ph"] },
        { text: "MIDA operates in Ghana and Somalia.", expect: ["ini:mida", "ctry:gh"] },
        { text: "The report shows FFR projects in the Philippines and Nepal.", expect: ["ini:ffr", "ctry:np"] },
      ],
      negative: [
        { text: "A KNOMAD workshop was held in Mauritius.", expect: ["ini:knomad", "ctry:mu"] },
        { text: "MIDA plans to operate in Kenya.", expect: ["ini:mida", "ctry:ke"] },
      ],
    },
  },
  {
    id: "partnership",
    type: "PARTNERS_WITH",
    trigger: "partner|collaborate|cooperate|work with / in partnership|collaboration|cooperation with / together|jointly with / sign agreement|memorandum ?of ?understanding with",
    shape: "subject-first",
    subjects: ["ORGANIZATION"],
    objects: ["ORGANIZATION"],
    objectWithin: 16,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "IOM UK works in partnership with the British Red Cross.", expect: ["org:british-red-cross", "org:iom"] },
        { text: "UNHCR signed a memorandum of understanding with UNICEF in 2012.", expect: ["org:unhcr", "org:unicef"] },
        { text: "In partnership with IOM, Freedom from Torture runs a clinic in London.", expect: ["org:freedom-from-torture", "org:iom"] },
      ],
      negative: [{ text: "UNHCR intends to work with UNICEF.", expect: ["org:unhcr", "org:unicef"] }],
    },
  },
  {
    id: "partnership-between",
    type: "PARTNERS_WITH",
    trigger: "partnership|agreement|collaboration|cooperation between",
    shape: "pairwise",
    subjects: ["ORGANIZATION"],
    objects: ["ORGANIZATION"],
    confidence: 0.75,
    examples: {
      positive: [{ text: "The project is a partnership between ILO and UNDP.", expect: ["org:ilo", "org:undp"] }],
      negative: [{ text: "A partnership between ILO and UNDP was proposed, but it should be weighed first.", expect: ["org:ilo", "org:undp"] }],
    },
  },
  {
    id: "supports-contribute-forum",
    type: "SUPPORTS",
    trigger: "contribute to",
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 30,
    verbal: true,
    confidence: 0.75,
    examples: {
      positive: [{ text: "UNFPA contributed to the GFMD 2010 with a paper on data.", expect: ["org:unfpa", "forum:gfmd-2010"] }],
      negative: [{ text: "UNFPA intends to contribute to the GFMD 2014.", expect: ["org:unfpa", "forum:gfmd-2014"] }],
    },
  },
  {
    id: "joint-agents",
    type: "PARTNERS_WITH",
    trigger: "co-organize|co-organise|co-organized|co-organised|co-host|co-hosted|co-sponsor|co-sponsored|organize|organise|host|prepare|convene by",
    shape: "pairwise",
    subjects: ["ORGANIZATION"],
    objects: ["ORGANIZATION"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "The seminar on remittances was co-organized by IFAD and the AfDB in Tunis.", expect: ["org:afdb", "org:ifad"] }],
      negative: [{ text: "The next seminar will be hosted by IOM and UNHCR.", expect: ["org:iom", "org:unhcr"] }],
    },
  },
  {
    id: "operates-country-list",
    type: "OPERATES_IN",
    trigger: "country|countries|pilot|pilots|location|locations",
    shape: "list-after",
    swap: true,
    subjects: ["COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "The JMDI works in eight countries: Ecuador, Morocco and the Philippines.", expect: ["ini:jmdi", "ctry:ec"] }],
      negative: [{ text: "The JMDI will expand to new countries, namely Ecuador and Morocco.", expect: ["ini:jmdi", "ctry:ec"] }],
    },
  },
  {
    id: "part-of",
    type: "PART_OF",
    trigger: "part|component|pillar|element|division|unit|department|branch of / subsidiary body|organ of",
    shape: "subject-first",
    subjects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Conference on Migrants and Cities (CMC), as part of IOM’s International Dialogue on Migration (IDM), met in Geneva.", expect: ["forum:cmc", "forum:idm"] },
        { text: "The Blue Heart Campaign is part of UN.GIFT.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] },
      ],
      negative: [{ text: "UN.GIFT is part of a wider effort, and the Blue Heart Campaign followed.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] }],
    },
  },
];

/**
 * Cues that make a clause state no fact: negation, modals, plans, calls, wishes, recommendations.
 * A cue between the subject and the trigger (or an infinitive "to" right before the trigger) cancels the rule,
 * unless the cue belongs to the trigger itself ("calls for ratification").
 */
export const NON_FACT_LEMMAS = new Set([
  "not", "never", "no", "n't", "neither", "nor", "without",
  "should", "would", "could", "might", "may", "must", "shall", "will", "'ll", "can",
  "plan", "intend", "aim", "seek", "propose", "hope", "expect", "wish", "call", "recommend", "urge", "encourage",
  "invite", "ask", "consider", "explore", "envisage", "need", "request", "want", "if", "whether", "unless",
]);
