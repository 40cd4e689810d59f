/**
 * The non-fact vocabulary: words that make a clause state no fact of its names: it denies, hedges, doubts, plans,
 * wishes, invites, reports hearsay or sets a body apart. One lexicon, in named classes; each reader takes the classes
 * its shape needs, because a word that cancels a whole sentence (a question section's answer) is not always one that
 * cancels the few words between a subject and its verb ("to" there is an infinitive; in a sentence it is everywhere).
 *
 * A class gives the surface forms a text pattern matches (`forms`: pattern sources, whole words) and the words a token
 * reader compares with a token's lemma or lower-case form (`lemmas`). A contraction (`n't`) sits inside its word, so
 * its form is matched without a boundary before it (`inWord`).
 */
interface WordClass {
  readonly forms?: readonly string[];
  readonly lemmas?: readonly string[];
  readonly inWord?: boolean;
}

export const NON_FACT_WORDS = {
  /** Adverbs that deny the verb before them outright: "are not", "has never". */
  denials: { forms: ["not", "never"], lemmas: ["not", "never"] },
  /** The paired negation "neither … nor". */
  pairedNegations: { forms: ["neither", "nor"], lemmas: ["neither", "nor"] },
  no: { forms: ["no"], lemmas: ["no"] },
  nobody: { forms: ["none", "nobody"] },
  without: { forms: ["without"], lemmas: ["without"] },
  noLonger: { forms: ["no longer"] },
  /** Not yet so: "is yet to join", "until it ratifies". */
  notYet: { forms: ["yet to", "until"] },
  contraction: { forms: ["n['’]t"], lemmas: ["n't"], inWord: true },
  /** Modals of a supposed case: a condition, as "should" in "should donors agree". */
  conditionalModals: { forms: ["should", "would", "could", "might"], lemmas: ["should", "would", "could", "might"] },
  /** Modals of a prospect: what may or will be. */
  prospectModals: { forms: ["will", "may"], lemmas: ["will", "'ll", "may"] },
  obligationModals: { forms: ["must", "shall"], lemmas: ["must", "shall"] },
  ability: { forms: ["can"], lemmas: ["can"] },
  inability: { forms: ["cannot"] },
  /** Words that open a condition: "if donors agree", "whether it joins". */
  conditions: { forms: ["if", "whether"], lemmas: ["if", "whether", "unless"] },
  plans: { forms: ["plans?", "planned", "intends?", "proposed?"], lemmas: ["plan", "intend", "propose"] },
  wishes: { forms: ["aims?", "hopes?", "seeks?", "wish(?:es)?", "expects?"], lemmas: ["aim", "seek", "hope", "expect", "wish"] },
  expected: { forms: ["expected"] },
  /** A plan bound to its infinitive, for readers of whole sentences where a bare "plan" may be a noun. */
  plansTo: { forms: ["plans? to", "expected to", "hopes? to", "intends? to"] },
  planned: { forms: ["planned"] },
  /** Calls on others to act: "calls on States to ratify", "urges members to join". */
  calls: { lemmas: ["call", "recommend", "urge", "encourage"] },
  /** Weighing a step not yet taken: "is considering joining", "explores a partnership". */
  deliberation: { forms: ["considering"], lemmas: ["consider", "explore", "envisage", "need", "request", "want"] },
  /** A readiness is a wish: "is keen to further support", "stands ready to assist". */
  readiness: { lemmas: ["keen", "eager", "willing", "ready"] },
  invited: { forms: ["invited"], lemmas: ["invite"] },
  asked: { forms: ["asked"], lemmas: ["ask"] },
  invitation: { forms: ["invitation"] },
  /** Between a subject and its verb, a "to" makes the verb an infinitive: a purpose or a plan, not a deed. */
  infinitive: { forms: ["to"] },
  /** A claim only reported or alleged is not stated: "X reportedly has offices in A". */
  reported: { forms: ["reportedly", "allegedly"], lemmas: ["reportedly", "allegedly"] },
  /**
   * A deed its doer is only said to have done: "its authorities say they deposited an instrument", "claims to have
   * ratified". Between a subject and its verb the saying is the fact stated; what was said is not.
   */
  claimed: { lemmas: ["say", "claim"] },
  supposed: { forms: ["supposedly"] },
  purported: { forms: ["purportedly"] },
  /** Hearsay after a claim: "according to …", "it was said", a denial or a rumour. */
  hearsay: { forms: ["according\\s+to", "it\\s+was\\s+(?:said|claimed|reported)", "denied", "rumou?red"] },
  likelihood: { forms: ["possibly", "perhaps", "probably"] },
  /** Setting a body apart from the others: "unlike A", "A, by contrast", "rather than B". */
  contrast: { forms: ["unlike", "contrast"] },
  exceptions: { forms: ["rather than", "instead of", "except", "other than", "apart from"] },
  /** Bodies named as observers or candidates are no members or participants. */
  notMembers: { forms: ["observers?", "candidates?"] },
  critics: { forms: ["critics"] },
  /** A pledge or an approach is a step towards a fact, not the fact. */
  approaches: { forms: ["pledged", "approached"] },
  /** A role still to come, or only in name: "as incoming chair", "the future host", "(chair-designate)". */
  roleToCome: { forms: ["incoming", "future", "prospective", "would-be", "next", "designate", "elect", "candidate", "proposed", "nominated"], lemmas: ["incoming", "future", "prospective", "would-be", "next"] },
} as const satisfies Record<string, WordClass>;

export type NonFactClass = keyof typeof NON_FACT_WORDS;

const classOf = (name: NonFactClass): WordClass => NON_FACT_WORDS[name];

/** A case-insensitive pattern for any form of the named classes, as a whole word (a contraction inside its word). */
export function nonFactPattern(...names: NonFactClass[]): RegExp {
  const words = names.filter((n) => !classOf(n).inWord).flatMap((n) => classOf(n).forms ?? []);
  const inWord = names.filter((n) => classOf(n).inWord).flatMap((n) => classOf(n).forms ?? []);
  return new RegExp([`\\b(?:${words.join("|")})\\b`, ...inWord.map((f) => `${f}\\b`)].join("|"), "i");
}

/** The lemmas of the named classes, for token readers. */
export const nonFactLemmas = (...names: NonFactClass[]): ReadonlySet<string> => new Set(names.flatMap((n) => classOf(n).lemmas ?? []));

/** Adverbs that deny the verb before them outright: "are not", "has never" (ruleShapes.ts, a list's own negated verb). */
export const DENYING_ADVERBS: readonly string[] = NON_FACT_WORDS.denials.forms;
/** The negation words text patterns read as well as the token readers (rowQualifier.ts, a row's denying lead): "neither … nor". */
export const NEGATION_WORDS: readonly string[] = [...DENYING_ADVERBS, ...NON_FACT_WORDS.pairedNegations.forms];

/**
 * Cues that make a clause state no fact, for the token readers: negation, modals, plans, calls, wishes,
 * recommendations, readiness, hearsay. A cue between the subject and the trigger (or an infinitive "to" right before
 * the trigger) cancels the rule, unless the cue belongs to the trigger itself ("calls for ratification").
 */
export const NON_FACT_LEMMAS = nonFactLemmas(
  "denials", "pairedNegations", "no", "contraction", "without",
  "conditionalModals", "prospectModals", "obligationModals", "ability",
  "plans", "wishes", "calls", "invited", "asked", "deliberation", "conditions", "readiness", "reported", "claimed",
);

/**
 * Words that put a clause in doubt. A condition ("if", "unless", "should") doubts whatever follows it in its clause,
 * so a subject after one states nothing (subjectOpensClause.ts); a prospect modal ("may", "will") doubts only a clause
 * fronted before the subject ("If donors agree,", "As the Board may decide,": frontedDoubt.ts), since after a subject
 * it is the fact's own verb.
 */
export const DOUBT_WORDS = {
  conditions: ["if", "unless", "whether", ...NON_FACT_WORDS.conditionalModals.forms],
  prospects: ["may", "will", "can", "shall"],
} as const;

/** A condition word anywhere in a stretch of text. */
export const CONDITION_WORD = new RegExp(`\\b(?:${DOUBT_WORDS.conditions.join("|")})\\b`, "i");

/** Every doubt word, lower-case: a condition or a prospect. */
export const DOUBT_WORD_SET: ReadonlySet<string> = new Set<string>([...DOUBT_WORDS.conditions, ...DOUBT_WORDS.prospects]);

/** "in May 2016", "12 May": the month beside a number, not the modal. */
export function isMonthMay(word: string, before: string | undefined, after: string | undefined): boolean {
  return word === "May" && (/^\d/.test(before ?? "") || /^\d/.test(after ?? ""));
}
