import type { AToken } from "./analysis.js";
import type { PredicateEntry } from "./rules/PredicateEntry.js";
import { PREDICATE_LIST_VERBS } from "./rules/predicateListVerbs.js";
import { PREDICATE_NOUNS } from "./rules/predicateNouns.js";
import { PREDICATE_ROLES } from "./rules/predicateRoles.js";
import { PREDICATE_ROLE_LISTS } from "./rules/predicateRoleLists.js";
import { PREDICATE_VERBS } from "./rules/predicateVerbs.js";
import { PREDICATE_BELONGING_VERBS } from "./rules/predicateBelongingVerbs.js";
import { PREDICATE_ADJUNCTS } from "./rules/predicateAdjuncts.js";
import { PREDICATE_CHAIR_VERBS } from "./rules/predicateChairVerbs.js";

/**
 * The predicate lexicon compiled to token sequences, and where its phrases match in wink's tokens
 * (read by predicateReader.ts).
 */
export const PREDICATE_LEXICON: PredicateEntry[] = [...PREDICATE_VERBS, ...PREDICATE_BELONGING_VERBS, ...PREDICATE_CHAIR_VERBS, ...PREDICATE_LIST_VERBS, ...PREDICATE_ROLES, ...PREDICATE_ROLE_LISTS, ...PREDICATE_ADJUNCTS, ...PREDICATE_NOUNS];

type Slot = ReadonlySet<string>;
export interface Compiled {
  entry: PredicateEntry;
  sequences: Slot[][];
  after: RegExp | null;
  lead: ReadonlySet<string> | null;
}

const compile = (entry: PredicateEntry): Compiled => ({
  entry,
  sequences: entry.phrase.split(" / ").map((seq) => seq.trim().split(/\s+/).map((slot) => new Set(slot.split("|")))),
  after: entry.after ? new RegExp(entry.after, "i") : null,
  lead: entry.lead ? new Set(entry.lead.split("|")) : null,
});

/**
 * Voice: a verb that states "A ratified X" states "X was ratified by A" with the ends swapped. Every
 * active verb of one word gets its passive ("<participle> by"), so the lexicon lists each verb once.
 */
function passiveOf(entry: PredicateEntry): PredicateEntry | null {
  if (entry.frame !== "active" || !entry.verbal) return null;
  const verbs = entry.phrase.split(" / ").map((seq) => seq.trim().split(/\s+/)).filter((seq) => seq.length === 1);
  if (verbs.length === 0) return null;
  return { ...entry, id: `${entry.id}:passive`, phrase: verbs.map((seq) => `${seq[0]} by`).join(" / "), frame: "passive", after: undefined };
}

export const COMPILED: Compiled[] = [...PREDICATE_LEXICON, ...PREDICATE_LEXICON.flatMap((e) => passiveOf(e) ?? [])].map(compile);

/** Words that may stand between a phrase's words: "took an active part in", "sent a delegation to". */
const SKIPPABLE = new Set(["ADV", "DET", "ADJ"]);

/** Where a phrase matches from token i: the index after it, else -1. */
export function matchAt(tokens: AToken[], i: number, limit: number, seq: Slot[]): number {
  let j = i;
  for (let k = 0; k < seq.length; k++) {
    while (k > 0 && j < limit && SKIPPABLE.has(tokens[j]!.pos) && !seq[k]!.has(tokens[j]!.lower) && !seq[k]!.has(tokens[j]!.lemma)) j++;
    if (k > 0 && seq[k]!.has("by")) j = pastDate(tokens, j, limit);
    const t = tokens[j];
    if (!t || j >= limit || !(seq[k]!.has(t.lower) || seq[k]!.has(t.lemma))) return -1;
    j++;
  }
  return j;
}

/** "Launched in 2015 by", "set up in March 2010 by": a date between a participle and its "by" dates the act. */
function pastDate(tokens: AToken[], j: number, limit: number): number {
  if (!/^(?:in|on|since)$/.test(tokens[j]?.lower ?? "")) return j;
  let k = j + 1;
  while (k < limit && k - j <= 3 && (tokens[k]!.pos === "PROPN" || tokens[k]!.pos === "NUM") && !/^(?:19|20)\d{2}$/.test(tokens[k]!.text)) k++;
  return k < limit && /^(?:19|20)\d{2}$/.test(tokens[k]!.text) ? k + 1 : j;
}

export interface Found {
  c: Compiled;
  from: number;
  to: number;
}

/** The predicate nearest the second group: the phrase ending last in the stretch between the groups, the longest if several do. */
export function governing(tokens: AToken[], from: number, to: number): Found | null {
  let best: Found | null = null;
  for (let i = to - 1; i >= from; i--) {
    for (const { c, seq } of phrasesStartingWith(tokens[i]!.lower, tokens[i]!.lemma)) {
      const end = matchAt(tokens, i, to, seq);
      if (end > 0 && (!best || end >= best.to)) best = { c, from: i, to: end };
    }
  }
  return best;
}

/** The entries whose phrase spans exactly the words of `f` ("counts … among its members" / "… among its observers"). */
export function sameSpan(tokens: AToken[], f: Found): Found[] {
  return phrasesStartingWith(tokens[f.from]!.lower, tokens[f.from]!.lemma).filter(({ seq }) => matchAt(tokens, f.from, f.to, seq) === f.to).map(({ c }) => ({ c, from: f.from, to: f.to }));
}

/** Every phrase of the lexicon in lexicon order, with its entry. */
const PHRASES = COMPILED.flatMap((c) => c.sequences.map((seq) => ({ c, seq })));
/** Phrase lists by a token's lower-case text, then its lemma; bounded, so memory stays flat on any input. */
const STARTING = new Map<string, Map<string, ReadonlyArray<{ c: Compiled; seq: Slot[] }>>>();
let startingLists = 0;
/**
 * The phrases (in lexicon order, which decides between phrases that end alike) whose first word a token with this
 * text or lemma meets: a phrase matches only from such a token, and most tokens start none.
 */
function phrasesStartingWith(lower: string, lemma: string): ReadonlyArray<{ c: Compiled; seq: Slot[] }> {
  let byLemma = STARTING.get(lower);
  let phrases = byLemma?.get(lemma);
  if (!phrases) {
    phrases = PHRASES.filter(({ seq }) => seq[0]!.has(lower) || seq[0]!.has(lemma));
    if (startingLists++ >= 10_000) {
      STARTING.clear();
      startingLists = 0;
      byLemma = undefined;
    }
    if (!byLemma) STARTING.set(lower, (byLemma = new Map()));
    byLemma.set(lemma, phrases);
  }
  return phrases;
}

/** Role nouns (active, non-verbal entries) that may stand before their owner: "members of", "donors to", "chair of". */
const ROLES_BEFORE = COMPILED.filter((c) => c.entry.frame === "active" && !c.entry.verbal && !c.entry.possessive && c.entry.id.startsWith("role-"));

/** The role phrase that ends right before the name at token `at` (an article may stand between). */
export function roleEnding(tokens: AToken[], at: number): Found | null {
  const end = tokens[at - 1]?.pos === "DET" ? at - 1 : at;
  for (let i = end - 1; i >= Math.max(0, end - 5); i--) {
    for (const c of ROLES_BEFORE) for (const seq of c.sequences) if (matchAt(tokens, i, end, seq) === end) return { c, from: i, to: end };
  }
  return null;
}

