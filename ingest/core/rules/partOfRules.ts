import type { RelationRule } from "./RelationRule.js";

export const PART_OF_RULES: RelationRule[] = [
  {
    id: "part-of",
    type: "PART_OF",
    trigger: "part|component|pillar|element|division|unit|department|branch of / subsidiary body|organ of",
    shape: "subject-first",
    linkBefore: "be|become|remain|serve|now|^,|^as",
    subjects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Conference on Migrants and Cities (CMC), as part of IOM’s International Dialogue on Migration (IDM), met in Geneva.", expect: ["forum:cmc", "forum:idm"] },
        { text: "The Blue Heart Campaign is part of UN.GIFT.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] },
        { text: "UNIFEM, now part of UN Women, supported the study.", expect: ["org:unifem", "org:un-women"] },
        { text: "CELADE, which serves as the Population Division of ECLAC, hosted the seminar.", expect: ["org:celade", "org:eclac"] },
      ],
      negative: [
        { text: "UN.GIFT is part of a wider effort, and the Blue Heart Campaign followed.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] },
        // A co-mention list: the commissions are not a division of UN DESA.
        { text: "The study engaged all five regional commissions and the Population Division of UN DESA.", expect: ["org:un-regional-commissions", "org:un-desa"] },
        // The courses are part of the programme, not the agency that gave them.
        { text: "UNFPA gave talks at seminars, organized by UNITAR, and delivered courses as part of the Labour Migration Academy.", expect: ["org:unfpa", "org:labour-migration-academy"] },
        // A plain list of partners: the name after the commas is one more partner, not a part of the ones before it.
        { text: "Regional partners include the Population Division of the Economic Commission for Latin America and the Caribbean, IOM, the Ibero-American General Secretariat, the Central American Health Integration System, the National Institute of Public Health in Mexico and UNICEF.", expect: ["org:national-institute-of-public-health", "org:iom"] },
        // A name modifying another noun: the preparations are led by the World Bank, not part of it.
        { text: "IFAD has been a part of the World Bank-led preparations for the conference.", expect: ["org:ifad", "org:world-bank"] },
      ],
    },
  },
];
