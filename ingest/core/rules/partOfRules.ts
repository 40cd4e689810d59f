import type { RelationRule } from "./RelationRule.js";

export const PART_OF_RULES: RelationRule[] = [
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
