import type { AToken } from "./analysis.js";
import { endOfClause, listAt, type M } from "./mentionLists.js";
import type { CompiledRule } from "./compiledRules.js";
import { nonFact, tokenIndexAt } from "./ruleReadings.js";
import { DENYING_ADVERBS } from "./rules/nonFactWords.js";
import { meetingNounsWhere } from "./meetingNouns.js";
import { formerBefore } from "./stateOffices.js";
import { COUNT_WORD, numberWordValue } from "./numberWords.js";
import { saysPresent } from "./labelSense.js";

/**
 * The rule shapes other than subject-first (ruleEngine.ts fires them): what one matched trigger of a rule
 * says, read from the mentions around it.
 */
export interface Firing {
  text: string;
  tokens: AToken[];
  c: CompiledRule;
  /** The trigger's first token, and where its words start and end in the text. */
  i: number;
  trigStart: number;
  trigEnd: number;
  ofKinds: (kinds: readonly string[]) => M[];
  headOnly: boolean;
  modifies: (m: M) => boolean;
  implicit: (after: number, exclude?: readonly M[]) => M[];
  out: (subjects: M[], objects: M[], confidence: number, via: string) => void;
}

/** A sitting's noun is no body one is a member of: one-off heads and the nouns a series' sittings are counted by. */
const MEETING_NOUN = new RegExp(`^(?:${meetingNounsWhere((n) => !!n.oneOff || !!n.counted).map((w) => `${w}s?`).join("|")})$`, "i");

/** A list followed by its own negated verb, after at most one clause set off by commas: "A and B, where …, are not …". */
const DENIED_AFTER_LIST = new RegExp(String.raw`^\s*(?:,[^,;.:]{0,100},)?\s*(?:is|are|was|were|has|have|had|does|do|did)\s+(?:${DENYING_ADVERBS.join("|")})\b`);

const COUNT = `(?:\\d+|${COUNT_WORD})`;
/**
 * A counted class of those listed, which a body's name may qualify: "four EU Member States, A, B" (the EU is no item).
 * A dash may set the list off instead of a comma ("nine Member States — A, B and C — and …").
 */
const COUNTED_CLASS = `${COUNT}\\s+(?:[A-Za-z-]+\\s+){0,3}?(?:states|countries|governments|members|organi[sz]ations|agencies|bodies)\\s*(?:,|\\s[—–-]|[—–])\\s*`;
const COUNTED_LEAD = new RegExp(`^\\s*(?:of\\s+)?${COUNTED_CLASS}`, "i");
/** "…, and five African countries, D, E": a second counted class goes on with the list. */
const NEXT_COUNTED = new RegExp(`^\\s*,?\\s*and\\s+${COUNTED_CLASS}`, "i");

/** The determiners that deny the noun phrase they open: "no State outside X", "none of X's partners". */
const DENYING_DETERMINERS = new Set(["no", "none", "neither"]);

/**
 * "No country beyond X holds a seat as a member: A and B …": the object sits in a noun phrase a denying determiner
 * opens, so the clause denies what the list after it would state. Only the few words before the object are read,
 * back to the clause's start.
 */
function deniedPhrase(tokens: AToken[], objectAt: number): boolean {
  for (let k = objectAt - 1; k >= Math.max(0, objectAt - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") return false;
    if (DENYING_DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** "The Budapest Process comprises A, B": the object named before the trigger, its subjects listed after it. */
export function objectFirst(f: Firing): void {
  const { text, tokens, c, i, trigStart, trigEnd, ofKinds, headOnly, modifies, out } = f;
  const rule = c.rule;
  const subjKinds = rule.subjects;
  const objKinds = rule.objects;
  // "The Conference, created in 2000 in Lima, brings together A, B": one clause set off by commas stands between; so
  // may it before a relative clause of the object's own ("the Nordic Council, the body founded in 1952, whose members are").
  const near = (m: M) => trigStart - m.end <= (rule.objectWithin ?? 40) || /^\s*,[^,;.()]{1,100},\s*(?:whose\s+)?$/.test(text.slice(m.end, trigStart));
  const objects = ofKinds(objKinds).filter((m) => m.end <= trigStart && near(m) && !/[;.]\s/.test(text.slice(m.end, trigStart)));
  const object = objects[objects.length - 1];
  if (!object || (headOnly && modifies(object))) return;
  // "The troika of the GFMD comprised A, B": the list belongs to the noun the object is "of".
  const ownerNoun = /([\w-]+)\s+of\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, object.start - 30), object.start))?.[1] ?? "";
  // "The annual meeting of X brought together A, B": a meeting has no members, only participants.
  // "Observers at the Rabat Process include A": the role noun before the object names the list's role too.
  const roleNoun = /([\w-]+)\s+(?:at|to|in)\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, object.start - 30), object.start))?.[1] ?? "";
  if (c.blockedBy?.test(text.slice(object.end, trigStart)) || c.blockedBy?.test(ownerNoun) || c.blockedBy?.test(roleNoun) || (rule.type === "MEMBER_OF" && MEETING_NOUN.test(ownerNoun))) return;
  const stop = text.indexOf(";", trigEnd);
  const listEnd = stop === -1 ? text.length : stop;
  let from = trigEnd;
  // "comprises the following:", "brings together its eight member states: A, B": a short phrase announcing the list.
  const lead = COUNTED_LEAD.exec(text.slice(from)) ?? /^\s*(?:of\s+)?(?:the following[^:]{0,30}|\d+[^:,]{0,30}|[^:,;.()]{0,60}:)?:?\s*(?:namely,?\s*)?/.exec(text.slice(from));
  from += lead ? lead[0].length : 0;
  const subjects = listAt(ofKinds(subjKinds), text, from, listEnd, 14);
  if (subjects.length === 0) return;
  // "made up of five EU Member States, A and B, and five African countries, C and D": each counted class lists members.
  for (let next = NEXT_COUNTED.exec(text.slice(subjects[subjects.length - 1]!.end, listEnd)); next; ) {
    const at = subjects[subjects.length - 1]!.end + next[0].length;
    const more = listAt(ofKinds(subjKinds), text, at, listEnd, 2);
    if (!more.length) break;
    subjects.push(...more);
    next = NEXT_COUNTED.exec(text.slice(more[more.length - 1]!.end, listEnd));
  }
  if (nonFact(tokens, tokenIndexAt(tokens, object.end), i, c.sequences) || deniedPhrase(tokens, tokenIndexAt(tokens, object.start))) return;
  out(subjects, [object], rule.confidence, "");
  return;
}

/** "the States that have ratified or acceded to it are: A, B, C": the subjects listed after a cue. */
export function listAfter(f: Firing): void {
  const { text, tokens, c, i, trigStart, trigEnd, ofKinds, implicit, out } = f;
  const rule = c.rule;
  const subjKinds = rule.subjects;
  const objKinds = rule.objects;
  const rest = text.slice(trigEnd, trigEnd + 120);
  const m = c.listCue.exec(rest);
  if (!m) return;
  // "Member countries present in Cotonou: A, B": a label of who was there says no more than that they took part (labelSense.ts).
  if (rule.type !== "PARTICIPATES_IN" && saysPresent(text.slice(trigStart, trigEnd + m.index).trim())) return;
  const listFrom = trigEnd + m.index + m[0].length;
  const subjects = listAt(ofKinds(subjKinds), text, listFrom, text.length, 6);
  if (subjects.length === 0) return;
  if (rule.countedList && numberWordValue(tokens[i]!.lower) !== subjects.length) return;
  const candidates = ofKinds(objKinds).filter((o) => o.end <= listFrom);
  const object = candidates.find((o) => o.start >= trigEnd) ?? candidates[candidates.length - 1] ?? (rule.implicitObject ? implicit(trigStart)[0] : undefined);
  if (!object) return;
  // "have yet to deposit their instruments: A, B": an infinitive trigger states an aim, as in a subject-first reading.
  if (nonFact(tokens, Math.max(0, i - 6), tokenIndexAt(tokens, listFrom), c.sequences) || nonFact(tokens, i, i, c.sequences)) return;
  // "… coverage is narrow: Chile, where IOM works, is not one of its countries": the list is the subject of a denial.
  if (DENIED_AFTER_LIST.test(text.slice(subjects[subjects.length - 1]!.end, subjects[subjects.length - 1]!.end + 140))) return;
  if (rule.swap) out([object], subjects, rule.confidence, ":list");
  else out(subjects, [object], rule.confidence, ":list");
  return;
}

/** "delegates from A, B and C were present at X": a delegation list, its object after it or named before. */
export function delegation(f: Firing): void {
  const { text, tokens, c, i, trigStart, trigEnd, ofKinds, implicit, out } = f;
  const rule = c.rule;
  const subjKinds = rule.subjects;
  const objKinds = rule.objects;
  const clauseEnd = endOfClause(text, trigEnd);
  // "delegates from 16 participating states, UNHCR and ICMPD were present": a counted group may lead the list.
  const subjects = listAt(ofKinds(subjKinds), text, trigEnd, clauseEnd, 40);
  if (subjects.length === 0) return;
  if (c.subjectGap && !c.subjectGap.test(text.slice(trigEnd, subjects[0]!.start))) return;
  // "a paper will be prepared by": a modal right before the trigger.
  if (nonFact(tokens, Math.max(0, i - 3), i, c.sequences)) return;
  // "the former foreign minister of A": a holder who no longer holds the office acts for no state.
  if (FORMER.test(text.slice(Math.max(0, trigStart - 30), trigStart))) return;
  const listEnd = subjects[subjects.length - 1]!.end;
  if (c.verbAfter && !c.verbAfter.test(text.slice(listEnd))) return;
  // "Money comes from the European Commission through its Migration Fund": the means the list acts through is not its object.
  const after = ofKinds(objKinds).filter((m) => m.start >= listEnd && m.end <= clauseEnd && !MEANS_AFTER_LIST.test(text.slice(listEnd, m.start)));
  if (after.length && after[0]!.start - listEnd > (rule.objectAfterList ?? 140)) after.length = 0;
  // "the EU-Horn of Africa Migration Route Initiative, known as the Khartoum Process": the name it goes by.
  const named = after.length > 1 && /^\s*(?:,?\s*(?:(?:also|commonly|better|now)\s+)?(?:known as|called|or)\s+|\(\s*)(?:the\s+)?$/i.test(text.slice(after[0]!.end, after[1]!.start)) ? after[1] : after[0];
  // Else the forum this sentence named before the list ("The X was launched with the participation of A, B").
  const earlier = ofKinds(objKinds).filter((m) => m.end <= trigStart);
  const objects = named ? [named] : rule.objectAfterList !== undefined ? [] : earlier.length ? [earlier[earlier.length - 1]!] : rule.implicitObject ? implicit(trigStart) : [];
  if (objects.length === 0) return;
  const o = objects[0]!;
  // A chair handed on at a meeting goes to whoever chairs what comes next, not the meeting just held.
  if (rule.noPeriod && o.isEvent) return;
  // A cue before the object ("met … to plan the X") or, for an object named earlier, between it and the trigger ("hopes for the participation of").
  const [cueFrom, cueTo] = o.start >= listEnd ? [tokenIndexAt(tokens, listEnd), tokenIndexAt(tokens, o.start)] : [o.start >= 0 ? tokenIndexAt(tokens, o.end) : Math.max(0, i - 8), i];
  if (nonFact(tokens, cueFrom, cueTo, c.sequences)) return;
  out(subjects, objects, rule.confidence, ":delegation");
  return;
}

/** A word right before a delegation's noun (one modifier between) whose holders act for no one now (stateOffices.ts). */
const FORMER = formerBefore();

/** The means right after a list of actors: ", through its", "via the". */
const MEANS_AFTER_LIST = /^\s*,?\s*(?:through|via)\s+(?:its|their|the)\s+$/i;

/** "a partnership between A and B", "co-organized by A and B": each pair of the list after the trigger. */
export function pairwise(f: Firing): void {
  const { text, tokens, c, trigEnd, ofKinds, out } = f;
  const rule = c.rule;
  const subjKinds = rule.subjects;
  const clauseEnd = Math.min(endOfClause(text, trigEnd), trigEnd + 160);
  const members = listAt(ofKinds(subjKinds), text, trigEnd, clauseEnd, 12);
  if (members.length < 2 || members.length > (rule.maxAgents ?? Infinity)) return;
  if (nonFact(tokens, 0, tokens.length, c.sequences)) return;
  for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) out([members[a]!], [members[b]!], rule.confidence, "");
}
