import { STATE_STYLE_BEFORE } from "./stateStyle.js";
import { RELATION_TYPES, allowsEndpoints, type RelationSpec } from "../../src/ontology/ontology.js";
import { analyse, tokenAt, type AToken, type Analysis } from "./analysis.js";
import type { M } from "./mentionLists.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import { asideEnd } from "./asideEnd.js";
import { COMPILED, governing, roleEnding, sameSpan, type Found } from "./predicatePhrases.js";
import type { PredicateEntry, TargetKey } from "./rules/PredicateEntry.js";
import { readFronted } from "./frontedPredicate.js";
import { readTrailingAdjunct } from "./trailingAdjunct.js";
import { readPossessiveRole } from "./possessiveRole.js";
import { readClassSubjects } from "./classSubjectList.js";
import { readWithAsRole } from "./withAsRole.js";
import { readInvertedOpening } from "./invertedOpening.js";
import { mayNameOwner, readOwnerClassNoun } from "./ownerClassNoun.js";
import { DELEGATES, OFFICE, formerHolderBefore, governsDirectly } from "./governsDirectly.js";
import { classOpensSentence, exemplarBridge } from "./exemplarBridge.js";
import { headsItsPhrase } from "./headsItsPhrase.js";
import { assertedBefore, assertedClause } from "./predicateAsserted.js";
import { frontedDoubt } from "./frontedDoubt.js";
import { apposedRole, mayBeApposed } from "./apposedRole.js";
import { readFrontedRelative } from "./frontedRelative.js";
import { mayHoldObjectRelative, readObjectRelative } from "./objectRelative.js";
import { ACTORS, PREPOSITION_BEFORE, groupsOf, type Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import { statedType } from "./statedType.js";
import { adjunctTypes } from "./adjunctTypes.js";

export { PREDICATE_LEXICON } from "./predicatePhrases.js";
export type { Proposal } from "./Proposal.js";

/**
 * The lexical-semantic reader: relations from the word that governs two neighbouring groups
 * of mentions, decided by the predicate lexicon (rules/predicate*.ts, gathered in predicatePhrases.ts)
 * over wink-nlp's tokens, parts of speech and lemmas. It generalises over wordings because it
 * asks what the predicate means, not how a known page phrased it; it stays precise because the
 * predicate must stand between the two groups, govern the second one directly, and be asserted
 * (no modal, plan, wish, negation or bare infinitive before it).
 */

/** Content words of every phrase, as stems: a sentence holding none of them is not analysed at all. */
const FUNCTION_WORDS = new Set(["be", "is", "was", "were", "are", "of", "in", "to", "by", "at", "for", "with", "from", "on", "the", "as", "over", "together", "up"]);
const GATE = new RegExp(
  `(?:^|[^a-z])(?:${[...new Set(COMPILED.flatMap((c) => c.sequences.flatMap((s) => s.flatMap((slot) => [...slot]))).filter((w) => !FUNCTION_WORDS.has(w) && w !== ":").map((w) => w.replace(/(?:e|es|s|ed|ing)$/, "")))].filter((w) => w.length > 2).sort((a, b) => b.length - a.length).map((w) => w.replace(/[-.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  "i",
);

export function mayState(text: string): boolean {
  return GATE.test(text);
}

/** "the Government of Mexico": the "of" belongs to the state's own title. */
/** "the session of the", "the ministerial conference of": a meeting of the name that follows. */
const MEETING_OF_BEFORE = /\b(?:meetings?|sessions?|consultations?|conferences?|summits?|rounds?|gatherings?)\s+of\s+(?:the\s+)?$/i;
/** "thematic meetings", "round tables", "a workshop on return,": a forum's meetings (and their topic) named right after it. */
const MEETINGS_AFTER = /^\s+(?:[a-z-]+\s+)?(?:meetings?|sessions?|round\s?tables?|consultations?|conferences?|summits?|workshops?|seminars?)\b(?:\s+(?:on|about)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}(?=\s*,))?/;
/** "X's work is led by A", "X's activities are funded by A": what is done to a body's or a programme's work is done to it (passives only). */
const ITS_WORK = /^\s*['’]s?\s+(?:[a-z-]+\s+)?(?:work|activities|operations|implementation|running)\b(?=\s+(?:is|are|was|were|has|have|had)\b)/;
/**
 * "X, a programme initiated by A", "X, the regional survey programme funded by A": a class noun in apposition,
 * qualified by a participle, is X itself, so the participle's agent acts on X (passives only; no preposition inside).
 */
const CLASS_APPOSED = /^\s*,\s*(?:a|an|the)\s+(?:(?!(?:of|for|on|in|to|with|by|from|at|and|or|which|that|who)\s)[\w-]+\s+){0,6}?(?:programme|program|project|initiative|facility|network|platform|process|dialogue|forum|partnership|scheme|fund|mechanism|campaign|alliance|survey|observatory|database)\s+(?=[a-z]+ed\s+by\b)/i;
/** A capitalised word (a name's last) right before a role noun: "a Rabat Process member", "the GMG chair". */
const ROLE_AFTER_NAME = /[A-Z0-9][\w.)-]*\s+(?:member|observer|chair|co-chair|secretariat|donor|partner|participant)s?\b/;
/** A mention's span that opens with an office or a delegate before the body's name ("the head of X", "its director of"). */
const HOLDER_SPAN = /^(?:the\s+|its\s+|an?\s+)?(?:(?:deputy|assistant|acting|former|new|vice)[-\s]+)?(?:head|chief|director(?:[-\s]general)?|chair(?:person|man|woman)?|president|secretary[-\s]general|executive\s+(?:director|secretary)|(?:high\s+)?commissioner|envoy|minister|ambassador|representative|official|delegate|staff|spokes(?:person|man|woman))s?\s+of\s/i;
/** Nothing but an article or a fronted date before the first group: it is the sentence's subject. */
const SENTENCE_SUBJECT = /^\W*(?:(?:In|On|Since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s*,?\s*)?(?:the\s+)?$/i;
/** A forum's or programme's meetings or work, right after its name. */
const ITS_MEETINGS = /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:working\s+groups?|meetings?|sessions?|talks|consultations?|activities|work|conferences?|workshops?|summits?|round\s?tables?)\b(?!\s+(?:on|about)\b)/;
/**
 * Between the role's owner and its holders: a copula, "include", a colon, "held by" ("The chair of X is currently held by
 * A") or, for a role a body serves in, "provided/run/shared by" ("The secretariat of X is provided by A").
 */
const ROLE_COPULA = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:currently|now|presently|also|still)\s+)?(?:are|is|were|was|include|includes|included|comprise|comprises|:|(?:is|are|was|were|has been|have been)\s+(?:currently\s+|now\s+|jointly\s+)?(?:held|taken|occupied|hosted|provided|run|ensured|shared|managed|assured|done|performed|handled|carried\s+out)\s+by|(?:comes|came|come)\s+(?:mainly\s+|chiefly\s+|largely\s+)?from)\s*:?\s*(?:the\s+)?$/i;
/** The copula alone, with what follows it left open (a class of holders, then the names). */
const ROLE_COPULA_OPEN = new RegExp(ROLE_COPULA.source.replace(/\$$/, ""), "i");
/** A role not yet held: "Prospective members of X are A and B". */
const NOT_YET_HOLDERS = new Set(["prospective", "potential", "candidate", "future", "possible", "aspiring", "would-be", "incoming"]);

const YEARS = /\b(?:19|20)\d{2}\b/g;

/** Relations the lexicon reads in one sentence; `ms` are its relation ends (own mentions and resolved references). */
export function readPredicates(text: string, ms: M[], analysis: Analysis | (() => Analysis), topic: M | null = null): Proposal[] {
  const out: Proposal[] = [];
  const groups = groupsOf(text, ms);
  // The analysis is the costly part: only a sentence where some stretch between two groups holds a lexicon word needs it.
  const opens = topic !== null && groups.length > 0 && GATE.test(text.slice(0, groups[0]!.start));
  // A role noun may also stand before the first name ("The members of X are A and B").
  // A role noun may also follow its owner's possessive ("IOM is the Process's secretariat").
  // A name used as a role's modifier ("Ghana is a Rabat Process member").
  // Or "with A as its secretariat" (withAsRole.ts).
  const possessiveRole = (/['’]s\s/.test(text) && GATE.test(text)) || mayNameOwner(text) || ROLE_AFTER_NAME.test(text) || /\bwith\b[^.;]{2,80}\bas\b/.test(text);
  // "X, of which A is a member,": the clause is read with its preposition put back (frontedRelative.ts).
  if (/,\s*(?:of|in|to|at|for|with)\s+which\s/i.test(text)) out.push(...readFrontedRelative(text, groups, (t, m) => readPredicates(t, m, analyse(t))));
  // "X, which A manages,": the clause is read with X put back after its verb (objectRelative.ts).
  if (mayHoldObjectRelative(text)) out.push(...readObjectRelative(text, groups, (t, m) => readPredicates(t, m, analyse(t))));
  if (!opens && !possessiveRole && !groups.some((g, i) => GATE.test(text.slice(i > 0 ? groups[i - 1]!.end : 0, g.start)))) return out;
  const tokens = (typeof analysis === "function" ? analysis() : analysis).tokens;
  // "Members include A and B.", "Participating States are: A, B": a role list that opens the sentence
  // lists the holders for the forum or initiative the section or page is about.
  const opening = topic && groups[0] && !ms.some((m) => m.id === topic.id) ? governing(tokens, 0, tokenAt(tokens, groups[0].start)) : null;
  // "Funded by the European Union." as a line of a programme's page: a participle with no subject of its own is said of the page's topic.
  const subjectless = opening?.c.entry.frame === "passive" && opening.from === 0 && !/[,;:]/.test(text) && !tokens.some((t) => t.pos === "AUX");
  // "A joint project of ICMPD and IOM." as a line under a programme's heading: the owners of the page's or section's topic.
  const ownersLine = opening?.c.entry.id === "role-initiative-of" && tokens.slice(0, opening.from).every((t) => t.pos === "DET" || t.pos === "ADJ");
  if (topic && ((opening?.c.entry.frame === "inverted" && opening.c.entry.id.startsWith("role-list")) || subjectless || ownersLine)) groups.unshift({ ms: [{ ...topic, start: 0, end: 0 }], start: 0, end: 0 });
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
  out.push(...readFronted(text, tokens, groups), ...readTrailingAdjunct(text, tokens, groups), ...readPossessiveRole(text, tokens, groups), ...readOwnerClassNoun(text, groups), ...readClassSubjects(text, tokens, groups), ...readWithAsRole(text, tokens, groups), ...readInvertedOpening(text, tokens, groups));

  /** "The members of X are A and B", "Among the donors to X are A", "The chair of X is held by A": the role noun before X names R as its holders. */
  function readRoleBefore(L: Group, R: Group): void {
    // "The participants in the X meeting were A and B": who came to a forum's meeting took part in the forum.
    const meeting = MEETINGS_AFTER.exec(text.slice(L.end, R.start));
    const gap = text.slice(L.end + (meeting?.[0].length ?? 0), R.start);
    if (!ROLE_COPULA.test(gap)) {
      // "Members of X include the Gulf states and countries of origin such as A and B": the holders named as a class's members.
      const copula = ROLE_COPULA_OPEN.exec(gap);
      if (!copula || !exemplarBridge(tokens, tokenAt(tokens, L.end + copula[0].length), tokenAt(tokens, R.start), text, R.start)) return;
    }
    const at = tokenAt(tokens, L.start);
    const role = roleEnding(tokens, at);
    if (!role || (meeting && !Object.values(role.c.entry.types).every((t) => t === "PARTICIPATES_IN"))) return;
    for (let i = Math.max(0, role.from - 3); i < role.from; i++) if (NOT_YET_HOLDERS.has(tokens[i]!.lower) || NON_FACT_LEMMAS.has(tokens[i]!.lemma) || tokens[i]!.negated) return;
    for (const r of R.ms) {
      for (const l of L.ms) {
        const type = statedType(role.c.entry.types, r, l);
        if (!type) continue;
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
    // "The former foreign minister of Kenya attended": a holder who no longer holds the office acts for no state.
    if (formerHolderBefore(before)) return;
    // "shared by IOM and UNHCR, which also back the process": the relative clause is about the names right before it.
    const relative = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\b/.test(gap);
    // "The ministerial meeting of the Bali Process was co-chaired by A": what is done to a forum's meeting is done to the forum.
    const ofMeeting = MEETING_OF_BEFORE.test(before);
    const prepBlocked = !relative && !ofMeeting && PREPOSITION_BEFORE.test(before) && !STATE_STYLE_BEFORE.test(before) && !DELEGATES.test(before) && !OFFICE.test(before) && !classOpensSentence(text.slice(0, L.start));
    // "During Sweden's chairmanship of X": a possessive doer may stand inside a prepositional phrase.
    const possessor = /^['’]s?\s/.test(gap);
    // "the Joint Council for the Welfare of Immigrants (JCWI), which …": the acronym repeats the name.
    const acronym = /^\s*\([A-Z][\w.&-]{1,14}\)/.exec(gap);
    // "the GFMD 2011 thematic meetings were co-chaired by A": what is done to a forum's meetings is done to the forum (passives only).
    const meetings = acronym ? null : MEETINGS_AFTER.exec(gap) ?? ITS_WORK.exec(gap);
    // A programme's launch or workshop is an event of its own: who organised or hosted it ran that event, not the
    // programme ("Its first workshop was organised by A"); attending it is still taking part in the programme.
    const programmeEvent = meetings !== null && MEETINGS_AFTER.test(gap) && L.ms.some((m) => m.kind !== "FORUM" && !m.isEvent);
    // The apposition describes the name wherever the name stands, a preposition's object too ("reported on X, a programme led by A").
    const classed = resume !== null || meetings ? null : CLASS_APPOSED.exec(gap.slice(acronym?.[0].length ?? 0));
    if (prepBlocked && !possessor && !classed && (resume !== null || !mayBeApposed(gap))) return;
    const from = tokenAt(tokens, (resume ?? L.end) + (acronym ? acronym[0].length : 0) + (meetings ? meetings[0].length : 0) + (classed ? classed[0].length : 0));
    const to = tokenAt(tokens, R.start);
    let f = governing(tokens, from, to);
    // Entries that share a phrase are told apart by what must follow the holders ("among its members" / "its observers").
    if (f?.c.after && !f.c.after.test(text.slice(R.end))) f = sameSpan(tokens, f).find((x) => x.c.after?.test(text.slice(R.end))) ?? f;
    if (!f || f.c.entry.beforeOnly || !governsDirectly(tokens, f.to, to, text, R.start) || !assertedBefore(tokens, from, f.from, f)) return;
    // "If the donors agree, X funds Y": a condition fronted before the subject leaves the whole clause unasserted, as the rules read it.
    if (frontedDoubt(text, tokens, L.start)) return;
    if (prepBlocked && !classed && !f.c.entry.possessive && !(resume === null && apposedRole(gap, tokens, from, f, L.ms.length, text.slice(R.end)))) return;
    if (((ofMeeting && !relative && PREPOSITION_BEFORE.test(before)) || meetings || classed) && f.c.entry.frame !== "passive") return;
    // "took part in KNOMAD's working groups", "represented at the Rabat Process meeting": taking part in a forum's or a
    // programme's meetings or work is taking part in it.
    const partOfIts = Object.values(f.c.entry.types).every((t) => t === "PARTICIPATES_IN" || t === null) && ITS_MEETINGS.test(text.slice(R.end));
    // A receiver before the thing given ("gave it expertise and support") is no modifier of that thing: the entry's own
    // `after` says what the second object is.
    if (!headsItsPhrase(tokens, R.end, f.c.after ? { rest: text.slice(R.end), reads: f.c.after } : undefined) && !partOfIts) return;
    if (f.c.entry.possessive && (resume !== null || !assertedClause(tokens, tokenAt(tokens, L.start)))) return;
    if (f.c.after && !f.c.after.test(text.slice(R.end))) return;
    // "IOM discussed X with officials from Ghana": an object met no one; the entry speaks of the clause's subject only.
    if (f.c.entry.subjectOnly && !SENTENCE_SUBJECT.test(text.slice(0, L.start))) return;
    // "The head of the Bureau was moved to the Ministry": the holder's span stands for the body when the holder acts
    // for it, but a holder moved or placed is a person, not the body.
    if (f.c.entry.bodyItself && L.ms.some((m) => HOLDER_SPAN.test(text.slice(m.start, m.end)))) return;
    const forward = f.c.entry.frame === "active";
    // An adjunct's type may hang on the verb it qualifies ("organised in collaboration with A": a co-organiser).
    const types = f.c.entry.frame === "adjunct" ? adjunctTypes(f.c.entry, tokens, f.from, false, [tokenAt(tokens, L.start), tokenAt(tokens, L.end)]) : f.c.entry.types;
    for (const l of L.ms) {
      for (const r of R.ms) {
        const [s, t] = forward ? [l, r] : [r, l];
        if (s.id === t.id) continue;
        const key: TargetKey = t.isEvent ? "EVENT" : t.kind;
        const byTarget = (m: PredicateEntry["types"]) => (key in m ? m[key] : t.isEvent ? m.FORUM : undefined);
        let type = byTarget(types);
        // The kinds of both ends choose the type: an actor "part of" a forum is its member.
        if (type && f.c.entry.actorTypes && ACTORS.has(s.kind) && !allowsEndpoints(type, s.kind, t.kind)) type = byTarget(f.c.entry.actorTypes);
        if (!type || (programmeEvent && type !== "PARTICIPATES_IN")) continue;
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
