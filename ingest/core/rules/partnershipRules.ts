import type { RelationRule } from "./RelationRule.js";

/** A partnership is between organizations. */
const BETWEEN_BODIES = {
  type: "PARTNERS_WITH",
  subjects: ["ORGANIZATION"],
  objects: ["ORGANIZATION"],
} satisfies Partial<RelationRule>;

export const PARTNERSHIP_RULES: RelationRule[] = [
  {
    id: "partnership",
    ...BETWEEN_BODIES,
    trigger:
      "partner|collaborate|cooperate|work|liaise with / join forces with / work hand in hand with / in partnership|collaboration|cooperation|coordination with / partnership|partnerships|collaboration|cooperation with / sign agreement|memorandum ?of ?understanding with",
    shape: "subject-first",
    objectWithin: 16,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "IOM UK works in partnership with the British Red Cross.", expect: ["org:british-red-cross", "org:iom-uk"] },
        { text: "UNHCR signed a memorandum of understanding with UNICEF in 2012.", expect: ["org:unhcr", "org:unicef"] },
        { text: "In partnership with IOM, Freedom from Torture runs a clinic in London.", expect: ["org:freedom-from-torture", "org:iom"] },
        // A country office's places stand between the subject and its verb.
        { text: "In partnership with ILO, UNICEF Philippines and Ecuador prepared two country reports.", expect: ["org:ilo", "org:unicef"] },
        { text: "WMO works with partners such as UNEP, UNDP and UNISDR.", expect: ["org:undp", "org:wmo"] },
        { text: "FAO has long experience in collaborating with development partners, including other UN agencies (for example, IFAD and ILO).", expect: ["org:fao", "org:ilo"] },
        { text: "Under a framework of cooperation with UNDP and IOM, ECLAC organised two workshops.", expect: ["org:eclac", "org:iom"] },
        { text: "UNHCR worked with its partner, the ILO, on a guide for employers.", expect: ["org:ilo", "org:unhcr"] },
        { text: "The World Bank has liaised closely with UNICEF since 2004.", expect: ["org:unicef", "org:world-bank"] },
        { text: "IOM delivered training to teachers in coordination with UNESCO.", expect: ["org:iom", "org:unesco"] },
        { text: "IOM has joined forces with the United Kingdom’s Joint Council for the Welfare of Immigrants (JCWI).", expect: ["org:iom", "org:jcwi"] },
        { text: "Since 1998 ICMC has worked hand in hand with UNHCR on resettlement.", expect: ["org:icmc", "org:unhcr"] },
        { text: "In collaboration with the UN International Research and Training Institute for the Advancement of Women (UN-INSTRAW), IFAD financed a study.", expect: ["org:ifad", "org:un-instraw"] },
      ],
      negative: [
        { text: "UNHCR intends to work with UNICEF.", expect: ["org:unhcr", "org:unicef"] },
        { text: "WMO works on hazards such as floods, as reported by UNEP.", expect: ["org:unep", "org:wmo"] },
        { text: "UNHCR hopes for closer cooperation with UNICEF.", expect: ["org:unhcr", "org:unicef"] },
        { text: "UNDP works with governments in regions such as Africa, where UNICEF is also present.", expect: ["org:undp", "org:unicef"] },
        { text: "The report by ILO, written with data from several countries, was cited by UNICEF.", expect: ["org:ilo", "org:unicef"] },
        { text: "The side event was organized by the Latin American and Caribbean Demographic Centre (CELADE), which serves as the Population Division of ECLAC, in coordination with UNFPA.", expect: ["org:un-desa-population-division", "org:unfpa"] },
        // The co-sponsors of a programme are the other agencies, not the programme's own body.
        { text: "UNFPA worked with UNAIDS Co-sponsors and other partners on the seminar.", expect: ["org:unaids", "org:unfpa"] },
      ],
    },
  },
  {
    // "UNHCR and its partner the International Rescue Committee visit detention centres": the body right before
    // "and its partner" is the one whose partner is named after it.
    id: "partnership-and-its-partner",
    ...BETWEEN_BODIES,
    trigger: "and its|their partner|partners|co-implementer|co-implementers",
    shape: "subject-first",
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [{ text: "Inside Libya, UNHCR and its partner the International Rescue Committee visit detention centres.", expect: ["org:international-rescue-committee", "org:unhcr"] }],
      negative: [
        { text: "Inside Libya, UNHCR and its partner agencies visit detention centres run by the International Rescue Committee.", expect: ["org:international-rescue-committee", "org:unhcr"] },
        { text: "UNHCR and its partners met the International Rescue Committee in Tripoli.", expect: ["org:international-rescue-committee", "org:unhcr"] },
      ],
    },
  },
  {
    id: "partnership-together",
    ...BETWEEN_BODIES,
    // Acting together is a partnership only where the clause speaks of joint work; co-chairing or
    // co-participating is the shared relation for each (see the co-agent reading in RelationRule.ts).
    trigger: "together|jointly with",
    clauseHas: "joint|jointly|partnership|collaboration|cooperation|collaborate|cooperate|partner",
    shape: "subject-first",
    objectWithin: 16,
    confidence: 0.7,
    examples: {
      positive: [{ text: "Since 2012 UNICEF, together with ILO, has run joint programmes on child labour.", expect: ["org:ilo", "org:unicef"] }],
      negative: [
        { text: "WHO, together with UNFPA and IOM, took part in the regional seminar.", expect: ["org:unfpa", "org:who"] },
        { text: "UNDP held the GMG chairmanship together with UNFPA in 2012.", expect: ["org:undp", "org:unfpa"] },
        { text: "In Ghana the UNDP country team has taken a leading role, together with UNHCR and UNICEF, to revise the law.", expect: ["org:undp", "org:unhcr"] },
      ],
    },
  },
  {
    id: "partnership-between",
    ...BETWEEN_BODIES,
    trigger: "partnership|agreement|collaboration|cooperation between",
    shape: "pairwise",
    confidence: 0.75,
    examples: {
      positive: [{ text: "The project is a partnership between ILO and UNDP.", expect: ["org:ilo", "org:undp"] }],
      negative: [{ text: "A partnership between ILO and UNDP was proposed, but it should be weighed first.", expect: ["org:ilo", "org:undp"] }],
    },
  },
  {
    id: "joint-agents",
    ...BETWEEN_BODIES,
    trigger: "co-organize|co-organise|co-organized|co-organised|co-host|co-hosted|co-sponsor|co-sponsored|organize|organise|host|prepare|convene by",
    shape: "pairwise",
    maxAgents: 2,
    confidence: 0.7,
    examples: {
      positive: [{ text: "The seminar on remittances was co-organized by IFAD and the AfDB in Tunis.", expect: ["org:afdb", "org:ifad"] }],
      negative: [
        { text: "The next seminar will be hosted by IOM and UNHCR.", expect: ["org:iom", "org:unhcr"] },
        // Four conveners of one caucus meeting: no pair of them is said to be partners.
        { text: "The caucus meeting was convened by IOM, UN Women, ILO and UNHCR in Manila.", expect: ["org:iom", "org:unhcr"] },
        { text: "The 2023 summit was co-organised by IFAD, the World Bank and UNDP.", expect: ["org:ifad", "org:world-bank"] },
      ],
    },
  },
  {
    // Two or more bodies said to work with each other, no partner named after the verb: "UNICEF and UNHCR have worked in
    // partnership since 2019", "FAO and IFAD cooperate closely on rural migration". Each is the others' partner.
    id: "partnership-mutual",
    ...BETWEEN_BODIES,
    trigger: "work|collaborate|cooperate|partner in partnership|collaboration|cooperation|tandem / work|collaborate|cooperate|partner together|jointly|closely / collaborate|cooperate|partner",
    verbal: true,
    // "worked in partnership with X" names the partner: the partnership rule reads it.
    notFollowedBy: "^[^.;:]{0,30}?\\b(?:with|alongside)\\b",
    shape: "subject-first",
    pairsOfSubjects: true,
    // The subjects are the verb's own: only auxiliaries and adverbs between them and it.
    subjectGap: "^\\s*(?:(?:have|has|had|been|also|now|long|already|often|always|still|closely|jointly)\\s+)*$",
    objectWithin: 1,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "UNICEF and UNHCR have worked in partnership since 2019 on a blueprint for refugee children.", expect: ["org:unhcr", "org:unicef"] },
        { text: "Since 2017 FAO and IFAD cooperate closely on rural migration.", expect: ["org:fao", "org:ifad"] },
      ],
      negative: [
        { text: "UNICEF and UNHCR plan to work in partnership on a blueprint for refugee children.", expect: ["org:unhcr", "org:unicef"] },
        // Each works with a third body, not with the other.
        { text: "UNICEF and UNHCR work in partnership with national governments.", expect: ["org:unhcr", "org:unicef"] },
        // The subjects of another verb: they met, and someone else cooperates.
        { text: "UNICEF and UNHCR met officials who cooperate closely.", expect: ["org:unhcr", "org:unicef"] },
      ],
    },
  },
  {
    // A text two or more bodies put out together: "In 2016 the IOE and the ITUC issued a joint statement", "UNHCR and
    // IOM published a joint report". Their authors act as partners.
    id: "partnership-joint-text",
    ...BETWEEN_BODIES,
    trigger: "issue|publish|release|sign|adopt|launch|present|write|produce|submit joint|common statement|statement|declaration|declarations|report|reports|appeal|letter|paper|guidance|guidelines|principles|position",
    verbal: true,
    shape: "subject-first",
    pairsOfSubjects: true,
    // The subjects are the verb's own: only auxiliaries and adverbs between them and it.
    subjectGap: "^\\s*(?:(?:have|has|had|also|then|later|jointly|together|recently)\\s+)*$",
    objectWithin: 1,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "In 2016 the IOE and the ITUC issued a joint statement on human rights in mega-sporting events.", expect: ["org:ioe", "org:ituc"] },
        { text: "UNHCR and IOM have published a joint report on mixed movements.", expect: ["org:iom", "org:unhcr"] },
      ],
      negative: [
        { text: "The IOE and the ITUC plan to issue a joint statement on mega-sporting events.", expect: ["org:ioe", "org:ituc"] },
        // Each body's own text: nothing joins them.
        { text: "The IOE and the ITUC issued statements on mega-sporting events.", expect: ["org:ioe", "org:ituc"] },
        { text: "The IOE welcomed the ITUC, which issued a joint statement with trade unions.", expect: ["org:ioe", "org:ituc"] },
      ],
    },
  },
  {
    // A signed agreement binds the two signatories: "IOM and IGAD signed a cooperation agreement in 2006",
    // "UNHCR signed a memorandum of understanding with the ILO". An agreement still being drafted binds no one.
    id: "partnership-agreement",
    ...BETWEEN_BODIES,
    trigger: "sign|conclude ?a|an cooperation|partnership|framework|collaboration agreement|memorandum|mou / sign|conclude agreement|memorandum|mou",
    verbal: true,
    shape: "subject-first",
    pairsOfSubjects: true,
    objectGap: "^\\s*(?:of understanding\\s+)?(?:\\(\\w+\\)\\s+)?(?:in \\d{4}\\s+)?with\\s+(?:the\\s+)?$",
    objectWithin: 60,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "IOM and IGAD signed a cooperation agreement in 2006.", expect: ["org:igad", "org:iom"] },
        { text: "In 2012 UNHCR signed a memorandum of understanding with the ILO.", expect: ["org:ilo", "org:unhcr"] },
        // A hyphenated modifier is one word before the noun (compiledRules.matchAt).
        { text: "IOM and IGAD have signed a new five-year strategic partnership agreement to train border staff.", expect: ["org:igad", "org:iom"] },
        { text: "In 2019 UNHCR signed a long-term cooperation agreement with the ILO.", expect: ["org:ilo", "org:unhcr"] },
      ],
      negative: [
        { text: "IOM and IGAD plan to sign a cooperation agreement next year.", expect: ["org:igad", "org:iom"] },
        { text: "IOM and IGAD plan to sign a five-year cooperation agreement next year.", expect: ["org:igad", "org:iom"] },
        // The compound is skipped as a modifier, never the noun after it: they signed a letter, not the agreement.
        { text: "IOM and IGAD signed a two-page letter, and a five-year cooperation agreement is still being drafted.", expect: ["org:igad", "org:iom"] },
        { text: "IOM signed a cooperation agreement on data that UNHCR later praised.", expect: ["org:iom", "org:unhcr"] },
      ],
    },
  },
];
