import type { RelationRule } from "./RelationRule.js";

export const PLACE_RULES: RelationRule[] = [
  {
    id: "operates-in",
    type: "OPERATES_IN",
    // Not "present in": lemmas make it "was presented in", a venue.
    trigger: "operate|implement|active|run|work|pilot|carry|roll ?out in / presence in / cover|target / project|projects|activity|activities|operation|operations in",
    // "implemented in partnership with the governments of A and B": a manner, not a place; the partners are
    // not where the programme works.
    notFollowedBy: "^\\s+(?:(?:close|full|strong|direct)\\s+)?(?:partnership|cooperation|co-operation|collaboration|coordination|consultation|conjunction|association|line|accordance|support|response|tandem|the (?:framework|context|name))\\b",
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
        { text: "The MIDA results were presented in Kenya last year.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA is implemented in partnership with the governments of Italy and Ghana.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA works in close cooperation with the Government of Kenya.", expect: ["ini:mida", "ctry:ke"] },
      ],
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
];
