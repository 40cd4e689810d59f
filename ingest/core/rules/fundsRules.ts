import type { RelationRule } from "./RelationRule.js";

export const FUNDS_RULES: RelationRule[] = [
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
];
