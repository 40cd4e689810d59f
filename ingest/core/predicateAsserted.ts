import type { AToken } from "./analysis.js";
import type { Found } from "./predicatePhrases.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";

/*
 * Whether a lexicon phrase is asserted (predicateReader.ts): the words between its first group and the phrase say
 * nothing else and say it as a fact, and a nominal frame's doer is no object of a wish or a call.
 */

/** Verbs that only link the subject to a role noun or carry tense and voice. */
const LINKING = new Set(["be", "have", "become", "remain", "serve", "act", "elect", "appoint", "name", "continue", "keep", "also", "been", "being"]);
/** Words that qualify a role without changing it ("a founding member", "the current chair"). */
const ROLE_MODIFIERS = new Set(["founding", "full", "permanent", "current", "new", "active", "associate", "key", "main", "principal", "major", "official", "leading", "long-standing", "longstanding", "strong", "core", "sole", "largest", "first"]);
const RELATIVES = new Set(["which", "who", "that", "whose"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/**
 * "IOM, the UN migration agency, joined …": a comma-enclosed noun phrase right after the subject
 * describes it and is passed over; one holding a verb, a relative or a cue of modality is a clause, and is not.
 */
function afterApposition(tokens: AToken[], from: number, to: number): number {
  if (tokens[from]?.text !== ",") return from;
  // "UNICEF, which for many years has worked on …, joined": a relative clause closed by a comma is an aside.
  if (RELATIVES.has(tokens[from + 1]?.lower ?? "")) {
    for (let i = to - 1; i > from + 1; i--) if (tokens[i]!.text === ",") return i + 1;
    return from;
  }
  // "The conference of X, held in Dakar in May, was attended by": a participle of place or time describes the meeting.
  const p = tokens[from + 1];
  const placeOrTime = p?.pos === "VERB" && /^(?:held|convened|hosted|staged|organi[sz]ed)$/.test(p.lower) && /^(?:in|at|on|during)$/.test(tokens[from + 2]?.lower ?? "");
  for (let i = from + (placeOrTime ? 3 : 1); i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ",") return i > from + 1 ? i + 1 : from;
    // "Geneva-based", "UN-led": a hyphenated modifier, not a verb.
    if (t.text === "-" || tokens[i - 1]?.text === "-") continue;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.pos === "PUNCT" || RELATIVES.has(t.lower) || NON_FACT_LEMMAS.has(t.lower) || t.negated) return from;
  }
  return from;
}

/** The words between the first group and the predicate say nothing else, and say it as a fact. */
export function assertedBefore(tokens: AToken[], start: number, to: number, f: Found): boolean {
  const from = afterApposition(tokens, start, to);
  const frame = f.c.entry.frame;
  const lead = f.c.lead;
  let sawLead = lead === null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower) || t.negated) return false;
    if (t.pos === "PUNCT" && (t.text === "," || t.text === ")")) continue;
    if (POSSESSIVE.has(t.lower) || RELATIVES.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || LINKING.has(t.lemma)) continue;
    if (t.pos === "ADV" || t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ") continue;
    if ((t.pos === "NOUN" && tokens[i + 1]?.lower === "to" && firstTo(tokens, i + 1)) || (t.lower === "to" && firstTo(tokens, i))) continue;
    // "is among the founding members of", "is one of the participants in".
    if (frame === "active" && (t.lower === "among" || (t.lower === "of" && tokens[i - 1]?.lower === "one"))) continue;
    if (t.pos === "ADP" && t.lower === "as" && frame === "active") continue;
    if (t.pos === "ADP" && (t.lower === "in" || t.lower === "since") && tokens[i + 1]?.pos === "NUM") continue;
    // "met in Dakar with representatives of A": a place before an adjunct qualifies the clause too.
    if (frame === "adjunct" && (t.lower === "in" || t.lower === "at") && tokens[i + 1]?.pos === "PROPN") continue;
    if (frame === "adjunct" && t.pos === "PROPN" && (tokens[i - 1]?.lower === "in" || tokens[i - 1]?.lower === "at" || tokens[i - 1]?.pos === "PROPN")) continue;
    if (lead?.has(t.lower)) {
      sawLead = true;
      continue;
    }
    // An adjunct qualifies the whole clause: "was developed in collaboration with", "launched in 2010 with support from".
    if (frame === "adjunct" && (t.pos === "VERB" || t.lower === "up" || t.lower === "out")) continue;
    return false;
  }
  if (!sawLead) return false;
  for (let i = f.from; i < f.to; i++) if (tokens[i]!.negated || NON_FACT_LEMMAS.has(tokens[i]!.lower)) return false;
  const p = tokens[f.from]!;
  // "to join", "is keen to participate": an infinitive states an intention, not a fact; "the first country to ratify" states one.
  if (tokens[f.from - 1]?.lower === "to" && tokens[f.from - 1]?.pos === "PART" && !firstTo(tokens, f.from - 1)) return false;
  // wink tags some present-tense verbs as plural nouns ("IOM cooperates closely with"): right after the subject, with
  // nothing between, such a word is the clause's verb; a passive participle must be tagged a verb.
  const rightAfterSubject = from === f.from && p.pos === "NOUN" && f.c.entry.frame === "active" && /s$/.test(p.lower);
  if (f.c.entry.verbal && p.pos !== "VERB" && p.pos !== "AUX" && !rightAfterSubject) return false;
  if (f.c.entry.activeVoice && passiveBefore(tokens, f.from)) return false;
  if (f.c.entry.possessive && !(f.from > from && POSSESSIVE.has(tokens[f.from - 1]!.lower))) return false;
  return true;
}

/** A form of "be" before the verb at `at`, an adverb maybe between ("was also given"): the verb is passive. */
function passiveBefore(tokens: AToken[], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.pos === "ADV") i--;
  return /^(?:is|are|was|were|be|been|being)$/.test(tokens[i]?.lower ?? "");
}

/** A nominal frame's doer is not the object of a wish or call: "urged Niger's ratification of X" states nothing. */
export function assertedClause(tokens: AToken[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";") break;
    if (NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower) || t.negated) return false;
  }
  return true;
}

/** "the first country to ratify", "the only state to join": an ordinal or "only" before the noun makes the infinitive a fact. */
function firstTo(tokens: AToken[], to: number): boolean {
  const noun = tokens[to - 1];
  const rank = tokens[to - 2];
  return noun?.pos === "NOUN" && rank !== undefined && /^(?:first|second|third|fourth|fifth|only|latest|last)$/.test(rank.lower);
}
