import type { EntityKind } from "../../src/ontology/ontology.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * Plural references as data: "both meetings", "the two organizations", "all three processes".
 * They stand for the entities of their kind that the nearest earlier sentence naming any of that
 * kind names: as many as the number says ("the two agencies" after a sentence naming exactly two),
 * or, for meetings, up to that many (a news item may name one of the two meetings it then says
 * were "both" hosted). Resolved in coreference.ts; examples in test/unit/coreference.test.ts.
 */
export interface PluralHead {
  words: string[];
  kind: EntityKind;
  event?: boolean;
}

export const PLURAL_HEADS: PluralHead[] = [
  { words: ["organizations", "organisations", "agencies", "bodies", "institutions"], kind: "ORGANIZATION" },
  { words: ["processes", "forums", "fora", "dialogues", "groups"], kind: "FORUM" },
  { words: ["meetings", "events", "conferences", "summits", "sessions"], kind: "FORUM", event: true },
  { words: ["programmes", "programs", "projects", "initiatives"], kind: "INITIATIVE" },
  { words: ["countries", "states", "governments"], kind: "COUNTRY" },
  { words: ["conventions", "treaties", "instruments", "protocols"], kind: "CONVENTION" },
];

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };
const headOf = new Map(PLURAL_HEADS.flatMap((h) => h.words.map((w) => [w, h] as const)));

/**
 * "both (of the) meetings", "the/these two agencies", "all three processes"; and, opening a sentence, "These countries",
 * "Those organisations" with no number: all of that kind the sentence right before named (n = 0 says "all").
 */
export const PLURAL_REFERENCE = new RegExp(
  `(?:\\b(?:([Bb]oth)(?:\\s+(?:of\\s+)?(?:the|these|those))?|(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\\s+(two|three|four|five))|^\\s*(These|Those))\\s+(${[...headOf.keys()].join("|")})\\b`,
  "g",
);

export function pluralHead(match: RegExpMatchArray): { head: PluralHead; n: number } | null {
  const head = headOf.get(match[4]!);
  if (match[3]) return head ? { head, n: 0 } : null;
  const n = NUMBERS[(match[1] ?? match[2] ?? "").toLowerCase()];
  return head && n ? { head, n } : null;
}

/** Sentences the plural reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const PLURAL_EXAMPLES: TripleExamples = {
  positive: [
    { text: "IOM and UNHCR opened an office in Amman. The two agencies are members of the GMG.", expect: ["MEMBER_OF", "org:unhcr", "forum:gmg"] },
    { text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. Sri Lanka hosted both meetings.", expect: ["HOSTED", "ctry:lk", "forum:colombo-process-5-meeting"] },
    // "These countries" opening the next sentence: every state the sentence before named.
    { text: "Eritrea, Ethiopia and Sudan signed the declaration in 2014. These countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:et", "org:igad"] },
  ],
  negative: [
    // Three organizations named: "the two agencies" cannot be told apart from them.
    { text: "IOM and UNHCR opened an office in Amman with funds from the European Union. The two agencies are members of the GMG.", expect: ["MEMBER_OF", "org:unhcr", "forum:gmg"] },
    // No meeting named before: "both meetings" stands for nothing known.
    { text: "The Colombo Process met twice in 2016. Sri Lanka hosted both meetings.", expect: ["HOSTED", "ctry:lk", "forum:colombo-process"] },
    // A choice among them ("one or both of", "either of") says of neither which one is meant.
    { text: "The 1954 Convention and the 1961 Convention deal with statelessness. Chad has ratified one or both of the conventions.", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1961"] },
    { text: "The 1954 Convention and the 1961 Convention deal with statelessness. Chad has ratified either of the two conventions.", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1954"] },
    // One state named before: "these countries" are not it alone.
    { text: "Sudan signed the declaration in 2014. These countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    // The states were named two sentences back; the sentence right before named none.
    { text: "Eritrea and Sudan signed the declaration in 2014. The text was short. These countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    // Not opening the sentence: "these countries" inside a clause may be any states the writer has in mind.
    { text: "Eritrea and Sudan signed the declaration in 2014. IGAD said that these countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
  ],
};
