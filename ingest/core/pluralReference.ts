import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";
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

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const headOf = new Map(PLURAL_HEADS.flatMap((h) => h.words.map((w) => [w, h] as const)));

/**
 * "both (of the) meetings", "the/these two agencies", "all three processes", "the six GCC states", "all four CA-4
 * States", "the five member states"; and, opening a sentence, "These countries", "Those organisations" with no number:
 * all of that kind the sentence right before named (n = 0 says "all"). One name-like word or "member" may stand
 * between the number and the noun, which may be capitalised ("the three States").
 */
export const PLURAL_REFERENCE = new RegExp(
  `(?:\\b(?:([Bb]oth)(?:\\s+(?:of\\s+)?(?:the|these|those))?|(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\\s+(${COUNTS}))|^\\s*(These|Those))\\s+(?:(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|member)\\s+)?(${[...headOf.keys()].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\\b`,
  "g",
);

/**
 * "All three are full members of SICA", "All five took part": "All" and a number opening a sentence with no noun of
 * its own, a verb right after (past tense, "are", "were", "have", or an adverb before one). It stands for the states, or
 * the bodies, the sentence right before named, when exactly that many of one of those kinds were named there.
 */
export const BARE_PLURAL = new RegExp(`^[\\s"“(]*All\\s+(${COUNTS})(?=\\s+(?:(?:also|then|later|now|still|together)\\s+)?(?:are|were|have|had|[a-z]+ed)\\b)`);

/** The number a bare "All three" says. */
export function bareCount(match: RegExpMatchArray): number {
  return NUMBERS[match[1]!.toLowerCase()] ?? 0;
}

/**
 * What a bare "All five" stands for, from the scope's entities that are no meetings (`history`, each with the number of
 * the sentence that last named it): the states, or the bodies, the sentence right before (number `current`) named,
 * when it named exactly n of one of those kinds and not of the other.
 */
export function barePluralReferents<T extends { kind: EntityKind; sentence?: number }>(history: readonly T[], n: number, current: number): T[] {
  const actors = history.filter((h) => h.kind === "COUNTRY" || h.kind === "ORGANIZATION");
  const last = Math.max(...actors.map((h) => h.sentence ?? 0));
  if (n < 3 || last !== current) return [];
  const named = actors.filter((h) => h.sentence === last);
  const kinds = (["COUNTRY", "ORGANIZATION"] as const).filter((k) => named.filter((h) => h.kind === k).length === n);
  return kinds.length === 1 ? named.filter((h) => h.kind === kinds[0]) : [];
}

export function pluralHead(match: RegExpMatchArray): { head: PluralHead; n: number } | null {
  const head = headOf.get(match[4]!.toLowerCase());
  if (match[3]) return head ? { head, n: 0 } : null;
  const n = NUMBERS[(match[1] ?? match[2] ?? "").toLowerCase()];
  return head && n ? { head, n } : null;
}

/**
 * What "both meetings", "the two agencies" stand for: the entities of the head's kind the last sentence that named any
 * of them named, when they are as many as the number says (an event head may stand for fewer). "These countries" with
 * no number stands for all the sentence right before named, and more than one.
 */
export function pluralReferents(match: RegExpMatchArray, history: readonly Salient[], nameOf: (id: string) => EntityReading | undefined, sentences: number): Salient[] {
  const read = pluralHead(match);
  if (!read) return [];
  const { head, n } = read;
  const fits = history.filter((h) => h.kind === head.kind && (nameOf(h.id)?.isEvent === true) === (head.event === true));
  const last = Math.max(...fits.map((h) => h.sentence ?? 0));
  const named = fits.filter((h) => h.sentence === last);
  if (n === 0) return last === sentences && named.length > 1 ? named : [];
  return named.length === n || (head.event && named.length > 0 && named.length < n) ? named : [];
}

/** Sentences the plural reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const PLURAL_EXAMPLES: TripleExamples = {
  positive: [
    { text: "IOM and UNHCR opened an office in Amman. The two agencies are members of the GMG.", expect: ["MEMBER_OF", "org:unhcr", "forum:gmg"] },
    { text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. Sri Lanka hosted both meetings.", expect: ["HOSTED", "ctry:lk", "forum:colombo-process-5-meeting"] },
    // "These countries" opening the next sentence: every state the sentence before named.
    { text: "Eritrea, Ethiopia and Sudan signed the declaration in 2014. These countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:et", "org:igad"] },
    // Counts past five, a capitalised noun, a name-like word before it.
    { text: "Gulf notes\n\nOman, Qatar, Kuwait, Bahrain, Saudi Arabia and Yemen met in Doha in May. The six States are members of IGAD.", expect: ["MEMBER_OF", "ctry:bh", "org:igad"] },
    { text: "Horn notes\n\nEritrea, Ethiopia, Djibouti and Sudan met in Nairobi in May. All four Horn States, on the other hand, are members of IGAD.", expect: ["MEMBER_OF", "ctry:dj", "org:igad"] },
    // "All" and a number with no noun, a verb after it: as many states as the sentence before named.
    { text: "Horn notes\n\nEritrea, Ethiopia and Sudan met in Nairobi in May. All three are full members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    { text: "Horn notes\n\nEritrea, Ethiopia and Sudan met IOM in Nairobi in May. All three are full members of IGAD.", expect: ["MEMBER_OF", "ctry:er", "org:igad"] },
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
    // A bare "All three" after four states, or after three states and three bodies, cannot be told which.
    { text: "Horn notes\n\nEritrea, Ethiopia, Djibouti and Sudan met in Nairobi in May. All three are full members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    { text: "Horn notes\n\nEritrea, Ethiopia and Sudan met IOM, UNHCR and UNICEF in Nairobi in May. All three are full members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    // A bare "All three" with a noun of its own speaks of those things; a modal leaves the membership unstated.
    { text: "Horn notes\n\nEritrea, Ethiopia and Sudan met in Nairobi in May. All three ministers are members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    { text: "Horn notes\n\nEritrea, Ethiopia and Sudan met in Nairobi in May. All three should become members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
    // Not opening the sentence: "these countries" inside a clause may be any states the writer has in mind.
    { text: "Eritrea and Sudan signed the declaration in 2014. IGAD said that these countries are also members of IGAD.", expect: ["MEMBER_OF", "ctry:sd", "org:igad"] },
  ],
};
