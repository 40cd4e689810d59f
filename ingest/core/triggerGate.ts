import { createRequire } from "node:module";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { SEQUENCE_RULES, TRIGGER_SEQUENCES, endsOffered } from "./compiledRules.js";

/**
 * A second cheap gate before the linguistic analysis: a rule can fire only where every required slot of one of
 * its trigger sequences is met by some token, through the token's lower-case text or its lemma. This reads the
 * words of the stretch and every lemma wink's English model could give each of them, so it admits every stretch
 * the rule engine could fire on and skips the many where only a common trigger word ("is", "with", "have") is
 * present without the rest of any sequence.
 *
 * The lemmas come from wink's own lemmatizer (the model's lemmatize.js, with its exception tables), run for
 * each part of speech it lemmatises, with a recording stand-in for wink's lexicon test: every candidate it would
 * try is kept, whichever the lexicon accepts. So a change to wink's suffix rules or tables is followed without
 * a change here. What wink does outside that function is still modelled here, and is the part to re-check when
 * wink is updated: its British-to-American spelling map (applied before lexicon lemmas) and the lemmas of
 * contractions. test/unit/triggerGate.test.ts checks on every corpus sentence, as wink analyses it, that each
 * token meeting a slot is seen by the gate.
 */
const require = createRequire(import.meta.url);
type Lemmatize = (value: string, pos: string, lexicon: { hasSamePOS: (lemma: string, pos: string) => boolean }) => string;
const winkLemmatize: Lemmatize = require("wink-eng-lite-web-model/dist/lemmatize.js");
/** The parts of speech wink's lemmatizer changes a word for; any other gives the word itself. */
const LEMMATISED_POS = ["VERB", "NOUN", "ADJ"];

/** Every lemma wink's lemmatizer could return for `word`, whatever its part of speech and wink's lexicon. */
function winkLemmas(word: string): Set<string> {
  const out = new Set<string>();
  const lexicon = { hasSamePOS: (lemma: string) => (out.add(lemma), false) };
  for (const pos of LEMMATISED_POS) out.add(winkLemmatize(word, pos, lexicon));
  return out;
}
/** wink reads British spellings as American ones before it lemmatises ("Organise" → "organize"). */
const SPELLINGS: Array<[RegExp, string]> = [[/is(e|es|ed|ing|ation|ations)$/, "iz$1"], [/our/, "or"], [/tre$/, "ter"], [/ll(ed|ing)$/, "l$1"]];
/** Lemmas wink gives the parts of contractions ("it's", "isn't", "they've"). */
const CONTRACTION_LEMMAS = ["be", "have", "not", "will", "would", "do", "can", "shall"];

/** Every word a required slot of some sequence accepts. */
export const SLOT_WORDS: ReadonlySet<string> = new Set(TRIGGER_SEQUENCES.flatMap((seq) => seq.flatMap((slot) => [...slot.alts])));
/** Each sequence as the numbers of its required slots, and the required slots each word meets. */
const REQUIRED: number[][] = [];
const SLOTS_OF = new Map<string, number[]>();
let slotCount = 0;
for (const seq of TRIGGER_SEQUENCES) {
  const slots: number[] = [];
  for (const slot of seq) {
    if (slot.optional) continue;
    const n = slotCount++;
    slots.push(n);
    for (const w of slot.alts) (SLOTS_OF.get(w) ?? SLOTS_OF.set(w, []).get(w)!).push(n);
  }
  REQUIRED.push(slots);
}

/** The slot words the stretch could present as a token's text or lemma. */
export function slotWordsIn(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  if (lower.includes(":")) out.add(":");
  for (const word of lower.split(/[^a-z'’-]+/)) if (word) for (const w of presentedBy(word)) out.add(w);
  return out;
}

/** Per word, as its answer depends on the word alone: stretches share most of their words. Bounded, so memory stays flat on any input. */
const presented = new Map<string, readonly string[]>();

/** The slot words one word (with its pieces split at hyphens and apostrophes, as tokenizers may) could present. */
function presentedBy(word: string): readonly string[] {
  const known = presented.get(word);
  if (known) return known;
  const out = new Set<string>();
  const note = (w: string) => {
    if (SLOT_WORDS.has(w)) out.add(w);
  };
  if (/['’]/.test(word)) for (const l of CONTRACTION_LEMMAS) note(l);
  for (const piece of new Set([word, ...word.split(/['’]+/), ...word.split(/[-'’]+/)])) {
    if (!piece) continue;
    for (const w of new Set([piece, ...SPELLINGS.map(([from, to]) => piece.replace(from, to))])) {
      note(w);
      for (const l of winkLemmas(w)) note(l);
    }
  }
  if (presented.size >= 100_000) presented.clear();
  const answer = [...out];
  presented.set(word, answer);
  return answer;
}

/** The required slots one word meets through any slot word it presents; kept beside `presented`, for the same reason. */
const slotsMet = new Map<string, readonly number[]>();
function slotsMetBy(word: string): readonly number[] {
  let slots = slotsMet.get(word);
  if (!slots) {
    slots = presentedBy(word).flatMap((w) => SLOTS_OF.get(w) ?? []);
    if (slotsMet.size >= 100_000) slotsMet.clear();
    slotsMet.set(word, slots);
  }
  return slots;
}

/**
 * False when no trigger sequence can be completed from the words of `text`: analysing it would find nothing.
 * With the kinds of the stretch's mentions, only the sequences of rules those mentions can be the ends of count
 * (endsOffered): a sentence naming only countries and a treaty is not analysed for a trigger of a rule between bodies.
 */
export function sequenceCanMatch(text: string, kinds?: ReadonlySet<EntityKind>): boolean {
  // The same words as slotWordsIn reads, taken straight to the slots they meet: a slot is met in this call when
  // it holds this call's stamp, so the table is never cleared nor allocated per call.
  const stamp = nextStamp();
  const lower = text.toLowerCase();
  if (lower.includes(":")) for (const n of SLOTS_OF.get(":") ?? []) met[n] = stamp;
  // The words of `lower.split(/[^a-z'’-]+/)`, without building the array.
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordChar(lower.charCodeAt(i))) {
      if (from === -1) from = i;
    } else if (from !== -1) {
      for (const n of slotsMetBy(lower.slice(from, i))) met[n] = stamp;
      from = -1;
    }
  }
  return REQUIRED.some((slots, k) => slots.every((n) => met[n] === stamp) && (!kinds || endsOffered(SEQUENCE_RULES[k]!, kinds)));
}

/** a-z, the apostrophes and the hyphen: the letters of a word as the gate splits the text. */
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019 || c === 0x2d;
const met = new Uint32Array(slotCount);
let stamps = 0;
function nextStamp(): number {
  if (stamps === 0xffffffff) {
    met.fill(0);
    stamps = 0;
  }
  return ++stamps;
}
