import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import { type AToken } from "./analysis.js";
import { RELATION_RULES, type RelationRule } from "./relationTable.js";
import type { Slot } from "./ruleReadings.js";
import { nonFactLemmas } from "./rules/nonFactWords.js";

/**
 * The rule table (relationTable.ts) compiled once: trigger sequences as token slots, the
 * rules' regular expressions built, and the words each trigger can start with (for the gates
 * before analysis).
 */
export interface CompiledRule {
  rule: RelationRule;
  sequences: Slot[][];
  notFollowedBy: RegExp | null;
  clauseHas: Set<string> | null;
  linkBefore: Set<string> | null;
  subjectGap: RegExp | null;
  notAfter: ReadonlySet<string> | null;
  notAcross: ReadonlySet<string> | null;
  sentenceHas: ReadonlySet<string> | null;
  objectGap: RegExp | null;
  blockedBy: RegExp | null;
  qualifiers: Array<{ phrases: string[][]; objects: readonly string[]; type: RelationType }>;
  listCue: RegExp;
  verbAfter: RegExp | null;
  /** Words the first slot of some sequence accepts; null when a sequence may start with an optional slot. */
  firstWords: ReadonlySet<string> | null;
}

const LIST_CUE = /:|\b(?:are|include|includes|including|namely)\b/;

export const COMPILED_RULES: CompiledRule[] = RELATION_RULES.map((rule) => withFirstWords({
  rule,
  sequences: rule.trigger.split(" / ").map((seq) =>
    seq
      .trim()
      .split(/\s+/)
      .map((slot) => ({ alts: new Set(slot.replace(/^\?/, "").split("|")), optional: slot.startsWith("?") })),
  ),
  notFollowedBy: rule.notFollowedBy ? new RegExp(rule.notFollowedBy) : null,
  clauseHas: rule.clauseHas ? new Set(rule.clauseHas.split("|")) : null,
  linkBefore: rule.linkBefore ? new Set(rule.linkBefore.split("|")) : null,
  subjectGap: rule.subjectGap ? new RegExp(rule.subjectGap, "i") : null,
  notAfter: rule.notAfter ? new Set(rule.notAfter.split("|")) : null,
  notAcross: rule.notAcross ? new Set(rule.notAcross.split("|")) : null,
  sentenceHas: rule.sentenceHas ? new Set(rule.sentenceHas.split("|")) : null,
  objectGap: rule.objectGap ? new RegExp(rule.objectGap, "i") : null,
  blockedBy: rule.blockedBy ? new RegExp(`\\b(?:${rule.blockedBy})\\b`, "i") : null,
  qualifiers: (rule.qualified ?? []).map((q) => ({ phrases: q.words.split("|").map((w) => w.split(" ")), objects: q.objects, type: q.type })),
  listCue: rule.listCue ? new RegExp(rule.listCue, "i") : LIST_CUE,
  verbAfter: rule.verbAfter ? new RegExp(`^\\s*(?:,[^,;]{0,60},\\s*)?(?:also\\s+)?(?:${rule.verbAfter})\\b`, "i") : null,
}));

function withFirstWords(c: Omit<CompiledRule, "firstWords">): CompiledRule {
  const firstWords = c.sequences.some((seq) => seq[0]!.optional) ? null : new Set(c.sequences.flatMap((seq) => [...seq[0]!.alts]));
  return { ...c, firstWords };
}

/** Every word a trigger can start with: a cheap test of whether a token may open one. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set(COMPILED_RULES.flatMap((c) => c.sequences.flatMap((s) => [...s[0]!.alts])));
/** Rule lists by a token's lemma, then its lower-case text; bounded, so memory stays flat on any input. */
const STARTING = new Map<string, Map<string, readonly CompiledRule[]>>();
let startingLists = 0;
/** The rules (in table order) whose trigger may start at a token with this lemma or lower-case text. */
export function rulesStartingWith(lemma: string, lower: string): readonly CompiledRule[] {
  // Most trigger tokens start only a few of the rules: the lists are built once per word pair, not rule by rule per token.
  let byLower = STARTING.get(lemma);
  let rules = byLower?.get(lower);
  if (!rules) {
    rules = COMPILED_RULES.filter((c) => !c.firstWords || c.firstWords.has(lemma) || c.firstWords.has(lower));
    if (startingLists++ >= 10_000) {
      STARTING.clear();
      startingLists = 0;
      byLower = undefined;
    }
    if (!byLower) STARTING.set(lemma, (byLower = new Map()));
    byLower.set(lower, rules);
  }
  return rules;
}
/** Every trigger sequence of the table, for the gate before analysis (triggerGate.ts). */
export const TRIGGER_SEQUENCES: ReadonlyArray<readonly Slot[]> = COMPILED_RULES.flatMap((c) => c.sequences);
/** The rule each of TRIGGER_SEQUENCES belongs to, by position. */
export const SEQUENCE_RULES: readonly CompiledRule[] = COMPILED_RULES.flatMap((c) => c.sequences.map(() => c));

/**
 * Whether mentions of these kinds can be the rule's ends. Every reading of the rule engine takes its subjects
 * from the mentions of the rule's subject kinds, and its objects from those of its object kinds, unless the
 * object may go unwritten (`implicitObject`: the topic) or the subjects pair among themselves (`pairsOfSubjects`,
 * the `pairwise` shape). So a stretch whose mentions offer no subject, or no object where one must be written,
 * cannot fire the rule, whatever its words (test/unit/ruleEndsGate.test.ts checks this on every call over the corpus and the rule examples).
 */
export function endsOffered(c: CompiledRule, kinds: ReadonlySet<EntityKind>): boolean {
  const { subjects, objects, implicitObject, pairsOfSubjects, shape } = c.rule;
  if (!subjects.some((k) => kinds.has(k))) return false;
  return implicitObject === true || pairsOfSubjects === true || shape === "pairwise" || objects.some((k) => kinds.has(k));
}

const SKIPPABLE = new Set(["ADV", "DET", "ADJ"]);
/** A word of a role still to come ("as incoming chair", "the future host"): a trigger read across it states none yet. */
const TO_COME = nonFactLemmas("roleToCome");
const PREPOSITIONS = new Set(["to", "in", "of", "with", "for", "by", "between"]);
const matches = (t: AToken, slot: Slot) => slot.alts.has(t.lemma) || slot.alts.has(t.lower);

/**
 * A modifier written as lower-case words joined by hyphens, with no space around them ("five-year", "long-term",
 * "multi-stakeholder"): the number of its tokens, else 0. It qualifies the noun after it as an adjective would.
 */
function hyphenCompound(tokens: AToken[], j: number): number {
  let n = 1;
  while (tokens[j + n]?.text === "-" && tokens[j + n + 1] && tokens[j + n - 1]!.end === tokens[j + n]!.start && tokens[j + n]!.end === tokens[j + n + 1]!.start) n += 2;
  if (n === 1) return 0;
  for (let x = j; x < j + n; x += 2) if (!/^[a-z0-9]+$/.test(tokens[x]!.text) || TO_COME.has(tokens[x]!.lower)) return 0;
  return n;
}

/** Token index just past the trigger, or -1. */
export function matchAt(tokens: AToken[], i: number, seq: Slot[]): number {
  let k = i;
  for (let s = 0; s < seq.length; s++) {
    const slot = seq[s]!;
    if (k < tokens.length && matches(tokens[k]!, slot)) {
      k++;
      continue;
    }
    if (slot.optional) {
      // "under the pro tempore presidency": an optional word may follow articles and adjectives the next slot would skip.
      let j = k;
      while (j < tokens.length && j - k < 2 && SKIPPABLE.has(tokens[j]!.pos) && !matches(tokens[j]!, slot)) j++;
      if (j > k && j < tokens.length && matches(tokens[j]!, slot)) k = j + 1;
      continue;
    }
    if (s === 0) return -1;
    // "provided substantive technical support to", "is jointly financed by", "members, namely,".
    // Before a preposition slot a short coordinated phrase may intervene too: "support and secretariat services to".
    const prepositional = [...slot.alts].every((a) => PREPOSITIONS.has(a));
    let j = k;
    // Words skipped, a hyphenated modifier ("a new five-year strategic partnership agreement") counting as one.
    let words = 0;
    while (j < tokens.length && words < 3 && !matches(tokens[j]!, slot)) {
      const compound = hyphenCompound(tokens, j);
      if (compound > 0) j += compound;
      else if (!TO_COME.has(tokens[j]!.lower) && (SKIPPABLE.has(tokens[j]!.pos) || tokens[j]!.text === "," || (prepositional && (tokens[j]!.pos === "CCONJ" || tokens[j]!.pos === "NOUN")))) j++;
      else break;
      words++;
    }
    if (j < tokens.length && matches(tokens[j]!, slot)) k = j + 1;
    else return -1;
  }
  return k;
}

/** The rule's demands on the words before its trigger: a word the sentence must have said (`sentenceHas`), no place it names (`noPlaceBefore`), one that must not stand right before it (`notAfter`). */
export function wordsBeforeAllow(c: CompiledRule, tokens: AToken[], i: number): boolean {
  if (c.sentenceHas && !tokens.slice(0, i).some((t) => c.sentenceHas!.has(t.lemma) || c.sentenceHas!.has(t.lower))) return false;
  if (c.rule.noPlaceBefore && tokens.slice(0, i).some((t, k) => (t.lower === "in" || t.lower === "at") && /^[A-Z]/.test(tokens[k + 1]?.text ?? ""))) return false;
  if (!c.notAfter) return true;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k--;
  if (k >= 0 && c.notAfter.has(tokens[k]!.lower)) return false;
  // "the Valletta Summit on Migration of November 2015, hosted by Malta": a participle after a comma tells of the
  // phrase just before it, so a word of that phrase counts as standing before the trigger.
  if (k < 0 || tokens[k]!.text !== ",") return true;
  for (let j = k - 1; j >= 0 && k - j <= 10 && NOUN_PHRASE_POS.has(tokens[j]!.pos); j--) if (c.notAfter.has(tokens[j]!.lower)) return false;
  return true;
}

/** Parts of speech a noun phrase with its complements is made of ("the Summit on Migration of November 2015"). */
const NOUN_PHRASE_POS = new Set(["NOUN", "PROPN", "NUM", "ADP", "DET", "ADJ"]);

/**
 * The type a qualifier of the rule (`qualified`) gives an object of `kind` when it stands inside the trigger at
 * tokens i…endTok or right beside it; null when none does.
 */
export function qualifiedType(c: CompiledRule, tokens: AToken[], i: number, endTok: number, kind: string): RelationType | null {
  for (const q of c.qualifiers) {
    if (!q.objects.includes(kind)) continue;
    for (let k = Math.max(0, i - 1); k <= Math.min(tokens.length - 1, endTok); k++) {
      // A qualifier is a common word: "The Conference brings together" names the forum, not a meeting.
      if (q.phrases.some((p) => p.every((w, n) => tokens[k + n]?.text === w))) return q.type;
    }
  }
  return null;
}
