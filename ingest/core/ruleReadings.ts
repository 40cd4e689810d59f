import type { AToken } from "./analysis.js";
import { listAt, type M } from "./mentionLists.js";
import { CO_AGENT, HELP_VERBS, SUPPORT_FRAME_VERBS } from "./relationTable.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import { MONTH } from "./months.js";
import { absoluteTail } from "./withAbsolute.js";

/**
 * Readings the rule engine (ruleEngine.ts) applies around a trigger: the stated period of a chair,
 * cues that make a clause state no fact, co-agents, links between a subject and a noun trigger, and the
 * phrase shapes an object or a fronted subject may take. Pure functions over one analysed sentence.
 */

/** One slot of a compiled trigger: the lemmas or lower-case words it accepts. */
export interface Slot {
  alts: Set<string>;
  optional: boolean;
}

const PERIOD = new RegExp(
  `(?:(?:first|second) half of (?:19|20)\\d{2}|${MONTH}\\s*(?:(?:19|20)\\d{2}\\s*)?(?:[–-]|to)\\s*${MONTH}\\s+(?:19|20)\\d{2}|${MONTH}\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*(?:[–-]|to)\\s*(?:19|20)?\\d{2}\\b|(?:19|20)\\d{2})`,
);

/**
 * The period a chair held, as stated: "first half of 2010", "July–December 2008", "2011". Before the trigger the
 * nearest period is this chair's: in "X chaired it from 1993 until May 2006, when Y took over the chair" the earlier
 * year opens X's term, not Y's.
 */
export function periodNear(text: string, from: number): string | null {
  const after = PERIOD.exec(text.slice(from, from + 90));
  if (after) return after[0].replace(/\s+/g, " ").trim();
  const before = [...text.slice(0, from).matchAll(new RegExp(PERIOD.source, "g"))].at(-1);
  return before ? before[0].replace(/\s+/g, " ").trim() : null;
}

/**
 * "If money allows, X opens …", "Should donors agree, X keeps …": the tokens [from, to) of a clause fronted before the
 * subject, from the clause's start (the sentence's, or a ";" or ":") to a comma right before the subject; null when
 * no comma stands there. A relative clause ("the talks, which Chad hosted") or a list is no fronted clause.
 */
export function frontedClause(text: string, tokens: AToken[], subjectStart: number): [number, number] | null {
  const before = text.slice(0, subjectStart);
  const comma = FRONTED_COMMA.exec(before);
  if (!comma) return null;
  const open = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  return [tokenIndexAt(tokens, open), tokenIndexAt(tokens, comma.index)];
}
const FRONTED_COMMA = /,\s*(?:the\s+)?$/i;

/**
 * Whether tokens [from, to) hold a cue that the clause states no fact (NON_FACT_LEMMAS), or an infinitive "to" ends
 * them. `names`, the sentence's mentions, are read as names: a cue word inside one ("the Need Assessment Unit", "Plan
 * International") is the name's word, not a hedge.
 */
export function nonFact(tokens: AToken[], from: number, to: number, trigger: Slot[][], names: readonly { start: number; end: number }[] = []): boolean {
  const own = new Set(trigger.flatMap((s) => s.flatMap((x) => [...x.alts])));
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k]!;
    if (own.has(t.lemma) || isMonth(tokens, k) || names.some((n) => n.start <= t.start && t.end <= n.end)) continue;
    if (NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower)) return true;
  }
  // "to ratify", "called on Mexico to ratify": an infinitive states an aim, not a fact.
  const prev = tokens[to - 1];
  return prev !== undefined && prev.lower === "to" && prev.pos === "PART";
}

/**
 * "UNHCR marked the Day by opening a shelter, financed by Germany": a participle with no auxiliary before it is a
 * reduced relative, and where a verb after the named object opens a noun phrase of its own with "a"/"an" ("opening
 * a shelter"), the participle describes that newer phrase, not the name before it. A passive with its auxiliary
 * ("MIDA, which built a network, is financed by Italy") keeps its subject.
 */
export function reducedRelativeOfNewerPhrase(tokens: AToken[], from: number, trigger: number): boolean {
  let k = trigger - 1;
  if (tokens[k]?.text === ",") k--;
  if (k < from || tokens[k]!.pos === "AUX" || /^(?:is|are|was|were|be|been|being)$/.test(tokens[k]!.lower)) return false;
  for (let v = Math.max(0, from); v < trigger - 2; v++) {
    // wink tags a gerund after a preposition ("by opening") as a noun: its -ing form still makes it a verb here.
    if (tokens[v]!.pos !== "VERB" && !/^[a-z]{3,}ing$/.test(tokens[v]!.lower)) continue;
    for (let d = v + 1; d < trigger - 1; d++) {
      if (!/^(?:a|an)$/.test(tokens[d]!.lower)) continue;
      if (tokens.slice(d + 1, trigger).some((t) => t.pos === "NOUN")) return true;
    }
  }
  return false;
}

/** "from 20 to 23 May 2013", "in May 2010": the month, not the modal; a number stands beside it. */
function isMonth(tokens: AToken[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === "May" && (/^\d/.test(tokens[k - 1]?.text ?? "") || /^\d/.test(tokens[k + 1]?.text ?? ""));
}

/**
 * The subject helps another actor do the trigger's action: a support verb between the subject and a trigger
 * that is a gerund after a preposition ("supported the President in convening", "worked with UNDP on
 * implementing"), or a verb of helping before an infinitive ("assisted Mexico to organize"). Returns the
 * support verb's index, or -1.
 */
export function helpsAnother(tokens: AToken[], from: number, trigger: number): number {
  const t = tokens[trigger];
  if (!t) return -1;
  let k = trigger - 1;
  while (k > from && tokens[k]!.pos === "ADV") k--;
  const gerund = /ing$/.test(t.lower) && tokens[k]?.pos === "ADP";
  const infinitive = tokens[k]?.lower === "to" && tokens[k]!.pos === "PART";
  if (k <= from || (!gerund && !infinitive)) return -1;
  // "collaborated with Y to develop X" is a joint act; only a verb of helping hands the infinitive to another.
  const verbs = gerund ? SUPPORT_FRAME_VERBS : HELP_VERBS;
  for (let j = Math.max(0, from); j < k; j++) if ((tokens[j]!.pos === "VERB" || tokens[j]!.pos === "NOUN") && verbs.has(tokens[j]!.lemma)) return j;
  return -1;
}

/** Some token of the clause after the trigger is one of `words` (lemma or lower-case form). */
export function clauseHas(words: Set<string>, tokens: AToken[], fromTok: number, clauseEnd: number): boolean {
  for (let k = fromTok; k < tokens.length && tokens[k]!.start < clauseEnd; k++) if (words.has(tokens[k]!.lemma) || words.has(tokens[k]!.lower)) return true;
  return false;
}

/** A period written right after a name ("the Action Plan 2023-2027"). */
const YEARS_AFTER_NAME = /^(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?$/;

/**
 * Some token between the subject and the trigger is one of `words`; a word written "^w" counts only as the
 * first token after the subject (and an acronym in brackets): "X (CMC), as part of" but not "X made
 * presentations, … and delivered courses as part of".
 */
export function linked(words: Set<string>, tokens: AToken[], from: number, to: number): boolean {
  let first = from;
  if (tokens[first]?.text === "(") while (first < to && tokens[first]!.text !== ")") first++;
  if (tokens[first]?.text === ")") first++;
  // "the Action Plan 2023-2027, the new programme of": a period written after the name is still the name's.
  if (tokens[first] && YEARS_AFTER_NAME.test(tokens[first]!.text)) first++;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (words.has(t.lemma) || words.has(t.lower)) return true;
    if (k <= first + 1 && k >= first && (words.has(`^${t.lemma}`) || words.has(`^${t.lower}`)) && (k === first || tokens[first]!.text === ",")) return true;
  }
  return false;
}

/** "X, together with Y and Z, participated": Y and Z, named between the subject and the trigger. */
export function coAgentsBetween(candidates: M[], text: string, subject: M, trigStart: number): M[] {
  const between = candidates.filter((m) => m.start >= subject.end && m.end <= trigStart);
  if (!between.length || !CO_AGENT.test(text.slice(subject.end, between[0]!.start))) return [];
  return listAt(between, text, between[0]!.start, trigStart, 0);
}

/** "is co-chairing with Y and Z the …": co-agents named right after the trigger. */
export function coAgentsAfterTrigger(candidates: M[], text: string, trigEnd: number, clauseEnd: number): M[] {
  const w = /^\s+with\s+(?:the\s+)?/.exec(text.slice(trigEnd, trigEnd + 12));
  const list = w ? listAt(candidates, text, trigEnd + w[0].length, clauseEnd, 0) : [];
  // "hosted the meeting with Somalia in the chair": an absolute phrase gives a role, names no co-agent (withAbsolute.ts).
  return list.length && absoluteTail(text.slice(list[list.length - 1]!.end)) ? [] : list;
}

/** "held the GMG chairmanship together with Y": co-agents named after the object. */
export function coAgentsAfterObject(candidates: M[], text: string, object: M, clauseEnd: number): M[] {
  const w = /^\s*,?\s*(?:together|jointly|along)\s+with\s+(?:the\s+)?/i.exec(text.slice(object.end, object.end + 30));
  return w ? listAt(candidates, text, object.end + w[0].length, clauseEnd, 0) : [];
}

/** "in the first Senior Officials’ Meeting of the 21-member", "to background papers for the": one noun phrase, then "of"/"for". */
// No other preposition or participle inside: "keynote addresses delivered on behalf of the GMG" is not the GMG's.
export const THROUGH_OF = /^\s*(?:(?!(?:on|by|at|in|to|with|from|about|behalf|\w+ed)\s)[\w’'().-]+\s+){1,7}(?:of|for)\s+(?:(?:the|all|its|each)\s+)*(?:[\w-]*\d[\w-]*\s+)?$/;

export const ROLE_AFTER = /^\s+(?:[Cc]o-)?(?:[Cc]hair|[Cc]hairmanship|[Cc]hair-in-[Oo]ffice|[Pp]residency|[Ss]ecretariat)\b/;

/** A phrase opening the sentence before the trigger: "In the framework of cooperation with A, B did …". */
export const FRONTED = /^\s*(?:In|Through|Under|Within|As part of)\b[^,;]{0,40}$/;

/** Prepositions of a time or place adjunct that may stand between a passive verb and its "by". */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "since", "from", "until", "between"]);

/**
 * The index of the "by" that opens a passive verb's agents, or -1: right after the trigger (adverbs skipped), or
 * after up to two short time or place adjuncts ("was launched in Abuja on 16 April by the ECOWAS Commission",
 * "was set up in 2010 by IOM"). An adjunct holds no verb, clause break or other preposition, so "launched in
 * cooperation with UNHCR, which is funded by" keeps its "by" for the relative clause.
 */
export function passiveBy(tokens: AToken[], endTok: number): number {
  let k = endTok;
  while (k < tokens.length && tokens[k]!.pos === "ADV") k++;
  k = pastCoordinatedParticiples(tokens, k);
  for (let adjuncts = 0; adjuncts <= 2; adjuncts++) {
    if (tokens[k]?.lower === "by") return k;
    if (adjuncts === 2 || !ADJUNCT_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return -1;
    const start = ++k;
    while (k < tokens.length && k - start < 5 && /^(?:DET|NUM|PROPN|NOUN|ADJ)$/.test(tokens[k]!.pos) && tokens[k]!.lower !== "by") k++;
    if (k === start) return -1;
    if (tokens[k]?.text === ",") k++;
  }
  return -1;
}

/** Particles a participle may carry before its "by" ("paid for by", "set up by", "carried out by"). */
const PARTICLES = new Set(["for", "up", "out"]);

/**
 * Past participles coordinated with the trigger that share its agents: "is managed and funded by Norway", "was
 * conceived, designed and paid for by Sweden" (COORDINATED_PARTICIPLES). Right after the trigger only: "launched in
 * 2010 and funded by Norway" says nothing of who launched it, nor does "set up and is funded by" (a clause of its own).
 * Returns where the agents' "by" may stand.
 */
function pastCoordinatedParticiples(tokens: AToken[], k: number): number {
  for (let n = 0; n < 2; n++) {
    let j = k;
    if (tokens[j]?.text === ",") j++;
    if (tokens[j]?.lower === "and" || tokens[j]?.lower === "or") j++;
    if (j === k) return k;
    while (tokens[j]?.pos === "ADV") j++;
    const verb = tokens[j];
    if (!verb || verb.pos !== "VERB" || !/(?:ed|en|id|un|up|t)$/.test(verb.lower)) return k;
    j++;
    if (PARTICLES.has(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "by") j++;
    while (tokens[j]?.pos === "ADV") j++;
    k = j;
    if (tokens[k]?.lower === "by") return k;
  }
  return k;
}

/**
 * The antecedent of an object relative clause whose subject starts at `subjectStart`: "the EAMR Programme, which
 * the two organizations implemented", "MIDA, which IOM launched in 2001", "the MIDA programme, which IOM runs". The clause's verb is the trigger, so the
 * antecedent is its object.
 */
export function relativeAntecedent(candidates: M[], text: string, subjectStart: number): M | null {
  const before = candidates.filter((m) => m.end <= subjectStart && m.via !== "coref");
  const m = before[before.length - 1];
  return m && /^\s*(?:\([^()]{1,20}\)\s*)?(?:[a-z]+\s*)?,\s*(?:which|that)\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+)?$/.test(text.slice(m.end, subjectStart)) ? m : null;
}

/** A lead ending in a noun and a preposition other than "of": "a set of indicators for the", "a study on the". */
export const COMPLEMENT_LEAD = /[a-z]{3,}\s+(?:for|on|about|to|with|from|towards|regarding)\s+(?:the\s+|its\s+|their\s+)?$/;

/**
 * "Switzerland paid for a study on X", "Switzerland pays for Coastwise": a noun phrase or a capitalised name no mention
 * names follows the trigger; it is the object, so no topic stands in.
 */
export function unnamedObjectAfter(tokens: AToken[], endTok: number, ms: M[]): boolean {
  let next = endTok;
  while (tokens[next]?.pos === "ADV") next++;
  const unnamedAt = (at: number) => !ms.some((m) => m.start <= at && at < m.end);
  const word = tokens[next];
  if (word && /^[A-Z][a-z]/.test(word.text) && unnamedAt(word.start)) return true;
  const at = tokens[next + 1]?.start ?? -1;
  // "holds observer status at the International Organization for Migration": the object is written, though of a kind
  // the rule does not take; the page's topic is not what the trigger speaks of.
  if (/^(?:at|in)$/.test(word?.lower ?? "") && ms.some((m) => m.via !== "coref" && (m.start === at || m.start === tokens[next + 2]?.start))) return true;
  // "came a year later", "followed a few days after": a span of time measured from the last act is when, not what.
  if (TIME_SPAN_AFTER.test(tokens.slice(next, next + 5).map((t) => t.lower).join(" "))) return false;
  return /^(?:a|an|the|some|several|two|three|four|five)$/.test(word?.lower ?? "") && unnamedAt(at);
}

/** "a year later", "a few days after", "two months afterwards": a time span right after the trigger. */
const TIME_SPAN_AFTER = /^(?:a|an|one|two|three|four|five|six|several|some)\s+(?:few\s+)?(?:day|days|week|weeks|month|months|year|years|decade|decades)\s+(?:later|earlier|after|afterwards)\b/;

export const tokenIndexAt = (tokens: AToken[], offset: number) => {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= offset) k++;
  return k;
};
