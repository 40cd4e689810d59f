import { RELATION_TYPES, allowsEndpoints, type RelationSpec, type RelationType } from "../../src/ontology/ontology.js";
import { tokenAt, type AToken, type Analysis } from "./analysis.js";
import type { M } from "./mentionLists.js";
import { NON_FACT_LEMMAS, SAME_THING_NOUNS } from "./relationTable.js";
import { asideEnd } from "./asideEnd.js";
import { COMPILED, governing, roleEnding, type Found } from "./predicatePhrases.js";
import type { PredicateEntry, TargetKey } from "./rules/PredicateEntry.js";

export { PREDICATE_LEXICON } from "./predicatePhrases.js";

/**
 * The lexical-semantic reader: relations from the word that governs two neighbouring groups
 * of mentions, decided by the predicate lexicon (rules/predicateVerbs.ts, rules/predicateRoles.ts)
 * over wink-nlp's tokens, parts of speech and lemmas. It generalises over wordings because it
 * asks what the predicate means, not how a known page phrased it; it stays precise because the
 * predicate must stand between the two groups, govern the second one directly, and be asserted
 * (no modal, plan, wish, negation or bare infinitive before it).
 */

export interface Proposal {
  type: RelationType;
  sourceId: string;
  targetId: string;
  entry: string;
  year: number | null;
}

/** Content words of every phrase, as stems: a sentence holding none of them is not analysed at all. */
const FUNCTION_WORDS = new Set(["be", "is", "was", "were", "are", "of", "in", "to", "by", "at", "for", "with", "from", "on", "the", "as", "over", "together", "up"]);
const GATE = new RegExp(
  `(?:^|[^a-z])(?:${[...new Set(COMPILED.flatMap((c) => c.sequences.flatMap((s) => s.flatMap((slot) => [...slot]))).filter((w) => !FUNCTION_WORDS.has(w) && w !== ":").map((w) => w.replace(/(?:e|es|s|ed|ing)$/, "")))].filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map((w) => w.replace(/[-.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  "i",
);

export function mayState(text: string): boolean {
  return GATE.test(text);
}

/** Between two members of one list: commas, "and", "as well as", "the Government(s) of". */
const LIST_GAP = /^\s*\)?\s*(?:,|,?\s*(?:and|&|as well as))?\s*(?:the\s+)?(?:Governments?\s+of\s+(?:the\s+)?)?$/i;
/** A name right after a preposition is that phrase's object, not the clause's subject ("in cooperation with UNHCR, …"). */
const PREPOSITION_BEFORE = /\b(?:with|of|for|in|by|from|to|at|on|between|among|amongst|including|includes?|such as|like|than|via|through|under|within|across|about|into|towards?|alongside|besides|except|during|over|behind|against|whether|if)\s+(?:the\s+)?$/i;
/** "the Government of Mexico": the "of" belongs to the state's own title. */
const STATE_TITLE_BEFORE = /\b(?:Governments?|Republic|Kingdom|Federation|State|Commonwealth|Sultanate|Principality)\s+of\s+(?:the\s+)?$/;
/** Verbs that only link the subject to a role noun or carry tense and voice. */
const LINKING = new Set(["be", "have", "become", "remain", "serve", "act", "elect", "appoint", "name", "continue", "keep", "also", "been", "being"]);
/** Words that qualify a role without changing it ("a founding member", "the current chair"). */
const ROLE_MODIFIERS = new Set(["founding", "full", "permanent", "current", "new", "active", "associate", "key", "main", "principal", "major", "official", "leading", "long-standing", "longstanding", "strong", "core", "sole", "largest", "first"]);
const RELATIVES = new Set(["which", "who", "that", "whose"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

const ACTORS = new Set(["ORGANIZATION", "COUNTRY"]);

interface Group {
  ms: M[];
  start: number;
  end: number;
}

/** Neighbouring mentions joined only by list separators form one group ("Botswana, Namibia and Zambia"). */
function groupsOf(text: string, ms: M[]): Group[] {
  const out: Group[] = [];
  for (const m of [...ms].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    const gap = last ? text.slice(last.end, m.start) : "";
    const sameName = last && last.ms[last.ms.length - 1]!.id === m.id && /^\s*\(\s*$/.test(gap);
    // A list names actors or things, not both: "the scheme (VPR), IOM, …" closes the scheme's phrase.
    const sameClass = last && ACTORS.has(last.ms[0]!.kind) === ACTORS.has(m.kind);
    if (last && (sameName || (sameClass && LIST_GAP.test(gap)))) {
      if (!sameName) last.ms.push(m);
      last.end = m.end;
    } else out.push({ ms: [m], start: m.start, end: m.end });
  }
  return out;
}


/** "brought together representatives of A", "delegations from A took part": the delegates stand for their state or body. */
const DELEGATES_CORE = "(?:(?:the|a|an|its|their|senior|high-level)\\s+)*(?:representatives?|delegations?|delegates?|officials?|ministers?|experts?|envoys?)\\s+(?:of|from)\\s+(?:the\\s+)?(?:Governments?\\s+of\\s+(?:the\\s+)?)?$";
const DELEGATES_ONLY = new RegExp(`^\\s*${DELEGATES_CORE}`, "i");
const DELEGATES = new RegExp(`(?:^|\\s)${DELEGATES_CORE}`, "i");

/** Only articles, adjectives, numbers (and a list colon) may stand between the predicate and the name it governs. */
function governsDirectly(tokens: AToken[], from: number, to: number, text: string, rStart: number): boolean {
  if (from < to && DELEGATES_ONLY.test(text.slice(tokens[from]!.start, rStart))) return true;
  for (let i = from; i < to; i++) if (!["DET", "ADJ", "NUM"].includes(tokens[i]!.pos) && tokens[i]!.text !== ":") return false;
  return true;
}

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
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ",") return i > from + 1 ? i + 1 : from;
    // "Geneva-based", "UN-led": a hyphenated modifier, not a verb.
    if (t.text === "-" || tokens[i - 1]?.text === "-") continue;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.pos === "PUNCT" || RELATIVES.has(t.lower) || NON_FACT_LEMMAS.has(t.lower) || t.negated) return from;
  }
  return from;
}

/** The words between the first group and the predicate say nothing else, and say it as a fact. */
function assertedBefore(tokens: AToken[], start: number, to: number, f: Found): boolean {
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
  if (f.c.entry.possessive && !(f.from > from && POSSESSIVE.has(tokens[f.from - 1]!.lower))) return false;
  return true;
}

/** A nominal frame's doer is not the object of a wish or call: "urged Niger's ratification of X" states nothing. */
function assertedClause(tokens: AToken[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const t = tokens[i]!;
    if (t.text === "." || t.text === ";") break;
    if (NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower) || t.negated) return false;
  }
  return true;
}

/**
 * Between the role's owner and its holders: a copula, "include", a colon, "held by" ("The chair of X is currently held by
 * A") or, for a role a body serves in, "provided/run/shared by" ("The secretariat of X is provided by A").
 */
const ROLE_COPULA = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:currently|now|presently|also|still)\s+)?(?:are|is|were|was|include|includes|included|comprise|comprises|:|(?:is|are|was|were|has been|have been)\s+(?:currently\s+|now\s+|jointly\s+)?(?:held|taken|occupied|provided|run|shared|managed|assured)\s+by)\s*:?\s*(?:the\s+)?$/i;
/** A role not yet held: "Prospective members of X are A and B". */
const NOT_YET_HOLDERS = new Set(["prospective", "potential", "candidate", "future", "possible", "aspiring", "would-be", "incoming"]);
/** "the first country to ratify", "the only state to join": an ordinal or "only" before the noun makes the infinitive a fact. */
function firstTo(tokens: AToken[], to: number): boolean {
  const noun = tokens[to - 1];
  const rank = tokens[to - 2];
  return noun?.pos === "NOUN" && rank !== undefined && /^(?:first|second|third|fourth|fifth|only|latest|last)$/.test(rank.lower);
}

/** The name heads its phrase: "the Nansen Initiative’s consultation" or "a GMG publication" is about something else. */
function headsItsPhrase(tokens: AToken[], end: number): boolean {
  const t = tokens[tokenAt(tokens, end)];
  if (!t) return true;
  if (POSSESSIVE.has(t.lower)) return false;
  // "World Bank-led", "European Commission-financed": the name qualifies what follows.
  if (t.start === end && t.text.startsWith("-")) return false;
  return !((t.pos === "NOUN" || t.pos === "PROPN") && !SAME_THING_NOUNS.has(t.lower) && t.start === end + 1);
}

const YEARS = /\b(?:19|20)\d{2}\b/g;

/** Relations the lexicon reads in one sentence; `ms` are its relation ends (own mentions and resolved references). */
export function readPredicates(text: string, ms: M[], analysis: Analysis | (() => Analysis), topic: M | null = null): Proposal[] {
  const out: Proposal[] = [];
  const groups = groupsOf(text, ms);
  // The analysis is the costly part: only a sentence where some stretch between two groups holds a lexicon word needs it.
  const opens = topic !== null && groups.length > 0 && GATE.test(text.slice(0, groups[0]!.start));
  // A role noun may also stand before the first name ("The members of X are A and B").
  if (!opens && !groups.some((g, i) => GATE.test(text.slice(i > 0 ? groups[i - 1]!.end : 0, g.start)))) return out;
  const tokens = (typeof analysis === "function" ? analysis() : analysis).tokens;
  // "Members include A and B.", "Participating States are: A, B": a role list that opens the sentence
  // lists the holders for the forum or initiative the section or page is about.
  const opening = topic && groups[0] && !ms.some((m) => m.id === topic.id) ? governing(tokens, 0, tokenAt(tokens, groups[0].start)) : null;
  if (topic && opening?.c.entry.frame === "inverted" && opening.c.entry.id.startsWith("role-list")) groups.unshift({ ms: [{ ...topic, start: 0, end: 0 }], start: 0, end: 0 });
  const years = new Set(text.match(YEARS) ?? []);
  const year = years.size === 1 ? Number([...years][0]) : null;
  // "Ghana, a member of ECOWAS, attended the GFMD": the clause's subject reaches past an aside that names
  // someone else, and the name inside the aside is no subject of the verb after it.
  const skipped = new Set<number>();
  const reach: Array<[number, number, number]> = [];
  for (let g = 0; g + 2 < groups.length; g++) {
    const close = asideEnd(text, tokens, groups[g]!.end, groups);
    if (close < 0) continue;
    const k = groups.findIndex((x) => x.start >= close);
    if (k > g + 1) {
      reach.push([g, k, close]);
      skipped.add(k);
    }
  }
  for (let g = 0; g + 1 < groups.length; g++) if (!skipped.has(g + 1)) readPair(groups[g]!, groups[g + 1]!, null);
  for (let g = 0; g + 1 < groups.length; g++) readRoleBefore(groups[g]!, groups[g + 1]!);
  readFrontedAdjunct();

  /**
   * "With funding from USAID, IOM implements X", "Thanks to support from Norway, the Nansen Initiative held …": an adjunct
   * that opens the sentence qualifies its main clause, so its giver stands to the initiative or forum the clause names.
   */
  function readFrontedAdjunct(): void {
    const A = groups[0];
    if (!A || !tokens[0]) return;
    // The fronted phrase ends at its comma: "With funding from USAID, IOM …" gives USAID, not IOM.
    const close = text.indexOf(",", A.ms[0]!.end);
    if (close < 0 || !/^\s*(?:\([A-Z][\w.&-]{1,14}\)\s*)?$/.test(text.slice(A.ms.filter((m) => m.end <= close).pop()!.end, close))) return;
    const givers = A.ms.filter((m) => m.end <= close);
    const f = governing(tokens, 0, tokenAt(tokens, A.start));
    if (!f || f.c.entry.frame !== "adjunct" || !governsDirectly(tokens, f.to, tokenAt(tokens, A.start), text, A.start)) return;
    const opener = tokens[0].lower;
    if (!(f.c.lead?.has(opener) || opener === "thanks") || f.from > 3) return;
    const R = groups.find((x) => x.start > close && x.ms.some((m) => !ACTORS.has(m.kind)));
    if (!R || PREPOSITION_BEFORE.test(text.slice(Math.max(0, R.start - 40), R.start)) || !headsItsPhrase(tokens, R.end)) return;
    for (let i = tokenAt(tokens, close); i < tokenAt(tokens, R.start); i++) if (NON_FACT_LEMMAS.has(tokens[i]!.lemma) || NON_FACT_LEMMAS.has(tokens[i]!.lower) || tokens[i]!.negated) return;
    for (const a of givers) {
      for (const r of R.ms) {
        const key: TargetKey = r.isEvent ? "EVENT" : r.kind;
        const types = f.c.entry.types;
        const type = key in types ? types[key] : r.isEvent ? types.FORUM : undefined;
        if (!type || !allowsEndpoints(type, a.kind, r.kind) || ((RELATION_TYPES[type] as RelationSpec).toEventOnly && !r.isEvent)) continue;
        out.push({ type, sourceId: a.id, targetId: r.id, entry: `${f.c.entry.id}:fronted`, year: null });
      }
    }
  }

  /** "The members of X are A and B", "Among the donors to X are A", "The chair of X is held by A": the role noun before X names R as its holders. */
  function readRoleBefore(L: Group, R: Group): void {
    if (!ROLE_COPULA.test(text.slice(L.end, R.start))) return;
    const at = tokenAt(tokens, L.start);
    const role = roleEnding(tokens, at);
    if (!role) return;
    for (let i = Math.max(0, role.from - 3); i < role.from; i++) if (NOT_YET_HOLDERS.has(tokens[i]!.lower) || NON_FACT_LEMMAS.has(tokens[i]!.lemma) || tokens[i]!.negated) return;
    for (const r of R.ms) {
      for (const l of L.ms) {
        if (r.id === l.id) continue;
        const key: TargetKey = l.isEvent ? "EVENT" : l.kind;
        const types = role.c.entry.types;
        const type = key in types ? types[key] : l.isEvent ? types.FORUM : undefined;
        if (!type || !allowsEndpoints(type, r.kind, l.kind) || (RELATION_TYPES[type] as RelationSpec).toEventOnly && !l.isEvent) continue;
        out.push({ type, sourceId: r.id, targetId: l.id, entry: `${role.c.entry.id}:before`, year: type === "CHAIRED" ? year : null });
      }
    }
  }
  for (const [g, k, close] of reach) readPair(groups[g]!, groups[k]!, close);

  function readPair(L: Group, R: Group, resume: number | null): void {
    const gap = text.slice(resume ?? L.end, R.start);
    const aside = resume === null && /^\s*,\s*(?:which|who)\b[^;:]*,/.test(gap);
    if (/[;:]/.test(gap.replace(/\b(?:include|includes|are|were|is)\s*:\s*$/i, "")) || gap.length > (aside ? 180 : 90)) return;
    const before = text.slice(Math.max(0, L.start - 40), L.start);
    // "shared by IOM and UNHCR, which also back the process": the relative clause is about the names right before it.
    const relative = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\b/.test(gap);
    if (!relative && PREPOSITION_BEFORE.test(before) && !STATE_TITLE_BEFORE.test(before) && !DELEGATES.test(before)) return;
    // "the Joint Council for the Welfare of Immigrants (JCWI), which …": the acronym repeats the name.
    const acronym = /^\s*\([A-Z][\w.&-]{1,14}\)/.exec(gap);
    const from = tokenAt(tokens, (resume ?? L.end) + (acronym ? acronym[0].length : 0));
    const to = tokenAt(tokens, R.start);
    const f = governing(tokens, from, to);
    if (!f || !governsDirectly(tokens, f.to, to, text, R.start) || !assertedBefore(tokens, from, f.from, f)) return;
    if (!headsItsPhrase(tokens, R.end)) return;
    if (f.c.entry.possessive && (resume !== null || !assertedClause(tokens, tokenAt(tokens, L.start)))) return;
    if (f.c.after && !f.c.after.test(text.slice(R.end))) return;
    const forward = f.c.entry.frame === "active";
    for (const l of L.ms) {
      for (const r of R.ms) {
        const [s, t] = forward ? [l, r] : [r, l];
        if (s.id === t.id) continue;
        const key: TargetKey = t.isEvent ? "EVENT" : t.kind;
        const types = f.c.entry.types;
        const byTarget = (m: PredicateEntry["types"]) => (key in m ? m[key] : t.isEvent ? m.FORUM : undefined);
        let type = byTarget(types);
        // The kinds of both ends choose the type: an actor "part of" a forum is its member.
        if (type && f.c.entry.actorTypes && ACTORS.has(s.kind) && !allowsEndpoints(type, s.kind, t.kind)) type = byTarget(f.c.entry.actorTypes);
        if (!type) continue;
        const spec: RelationSpec = RELATION_TYPES[type];
        // A standing forum may stand for its meeting only where the type is about meetings (add() finds the year's meeting).
        if (!allowsEndpoints(type, s.kind, t.kind) || (spec.toEventOnly && !t.isEvent && type !== "HOSTED")) continue;
        // Only a chair's term is dated by the sentence's year; other relations carry no year of their own.
        out.push({ type, sourceId: s.id, targetId: t.id, entry: f.c.entry.id, year: type === "CHAIRED" ? year : null });
      }
    }
  }
  return out;
}
