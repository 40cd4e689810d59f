import type { RelationRule } from "./RelationRule.js";

export const PLACE_RULES: RelationRule[] = [
  {
    id: "operates-in",
    type: "OPERATES_IN",
    // Not "present in": lemmas make it "was presented in", a venue.
    trigger: "operate|implement|active|run|work|pilot|carry|roll ?out in / presence in / cover|target / project|projects|activity|activities|operation|operations|office|offices|branch|branches in",
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
        { text: "MIDA has field offices in Ghana and Ethiopia.", expect: ["ini:mida", "ctry:et"] },
      ],
      negative: [
        { text: "A KNOMAD workshop was held in Mauritius.", expect: ["ini:knomad", "ctry:mu"] },
        { text: "MIDA plans to operate in Kenya.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA plans to open offices in Kenya.", expect: ["ini:mida", "ctry:ke"] },
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
    // "Three countries have signed up to X: A, B": the countries are the subject of another predicate (classSubjectList.ts).
    notFollowedBy: "^\\s+(?:(?:have|has|had|are|were|also)\\s+)*(?:took|take|takes|taken|joined|join|joins|signed|sign|signs|participated|participate|participates|attended|attend|attends|sent|send|sends|ratified|ratify|acceded|became|become|belong|belongs|belonged)\\b",
    shape: "list-after",
    swap: true,
    subjects: ["COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "The JMDI works in eight countries: Ecuador, Morocco and the Philippines.", expect: ["ini:jmdi", "ctry:ec"] }],
      negative: [
        { text: "The JMDI will expand to new countries, namely Ecuador and Morocco.", expect: ["ini:jmdi", "ctry:ec"] },
        { text: "Three countries have signed up to the JMDI: Ecuador, Morocco and the Philippines.", expect: ["ini:jmdi", "ctry:ec"] },
      ],
    },
  },
  {
    // Spreading to a country is working there: "MIDA was later extended to Kenya and Uganda".
    id: "operates-extended-to",
    type: "OPERATES_IN",
    trigger: "extend|expand to",
    verbal: true,
    shape: "subject-first",
    subjects: ["INITIATIVE"],
    objects: ["COUNTRY"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [{ text: "The JMDI was rolled out in Morocco and later extended to Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:ph"] }],
      negative: [
        { text: "The JMDI will expand to Senegal next year.", expect: ["ini:jmdi", "ctry:sn"] },
        { text: "The JMDI extended its invitation to Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
      ],
    },
  },
  {
    // Whom a programme serves, and where: "The JMDI supports local authorities in Morocco and Senegal". The words
    // between the verb and "in" are one short noun phrase, so "helps migrants from Ghana settle in Italy" is no place.
    id: "operates-serves-in",
    type: "OPERATES_IN",
    trigger: "support|help|assist|serve|reach|benefit|train|advise",
    verbal: true,
    shape: "subject-first",
    objectGap: "^\\s+(?:(?:the|its|their|local|national|public|returning|young|[a-z]+(?:s|ies))\\s+){1,4}in\\s+(?:the\\s+)?$",
    subjects: ["INITIATIVE"],
    objects: ["COUNTRY"],
    objectWithin: 50,
    confidence: 0.65,
    examples: {
      positive: [{ text: "The JMDI supports local authorities in Morocco, Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:sn"] }],
      negative: [
        { text: "The JMDI helps migrants from Senegal settle in Morocco.", expect: ["ini:jmdi", "ctry:ma"] },
        { text: "The JMDI supported a conference on remittances held in Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
        { text: "The JMDI may soon assist local authorities in Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
      ],
    },
  },
];
