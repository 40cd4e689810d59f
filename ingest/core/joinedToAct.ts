import type { AToken } from "./analysis.js";
import { listAt, subjectsBefore, type M } from "./mentionLists.js";
import { nonFact, tokenIndexAt, type Slot } from "./ruleReadings.js";
import type { EntityKind } from "../../src/ontology/ontology.js";

/**
 * Verbs by which one actor joins another for a shared act, written right before the partner: "joined", "joined
 * forces with", "teamed up with", "partnered with". Kept as data: a new wording is one more alternative here.
 */
export const JOINING_VERBS = ["joined", "joins", "joined forces with", "joins forces with", "joined hands with", "teamed up with", "teams up with", "partnered with", "partners with"];

const JOINING = new RegExp(`\\b(?:${[...JOINING_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, "\\s+")).join("|")})\\s+(?:the\\s+)?`, "gi");
/**
 * Between the partner and the infinitive: its acronym and a place, nothing else ("joined UNHCR in Geneva to launch").
 * A year there dates a joining, which makes the partner a body one became a member of ("joined IGAD in 1986 to …").
 */
const PARTNER_TO_INFINITIVE = /^\s*(?:\([^()]{1,20}\))?(?:\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}){0,2}\s*,?\s+to\s+$/;

/**
 * "IOM joined UNDP in Nairobi to launch X", "IFAD joined forces with the AfDB to create X": the infinitive's act is
 * done by the joiner and its partners together, so all are its subjects. `candidates` are the mentions of the
 * rule's subject kinds; the joiners are the subjects of the joining verb. Null where the sentence is not so built,
 * or where the joining itself is negated or only planned ("plans to join UNDP to launch X").
 */
export function joinedToAct(ms: M[], candidates: M[], text: string, tokens: AToken[], trigStart: number, kinds: readonly EntityKind[], trigger: Slot[][]): M[] | null {
  const clause = Math.max(0, text.lastIndexOf(";", trigStart), text.lastIndexOf(":", trigStart));
  let joining: RegExpExecArray | null = null;
  JOINING.lastIndex = clause;
  for (let m = JOINING.exec(text); m && m.index < trigStart; m = JOINING.exec(text)) joining = m;
  if (!joining) return null;
  const partners = listAt(candidates, text, joining.index + joining[0].length, trigStart, 0);
  if (!partners.length || !PARTNER_TO_INFINITIVE.test(text.slice(partners[partners.length - 1]!.end, trigStart))) return null;
  const joiners = subjectsBefore(ms, text, joining.index, kinds);
  if (!joiners.length) return null;
  const from = tokenIndexAt(tokens, joiners[joiners.length - 1]!.end);
  const verb = tokenIndexAt(tokens, joining.index);
  if (nonFact(tokens, Math.max(from, verb - 8), verb, trigger)) return null;
  return [...joiners, ...partners.filter((p) => !joiners.some((j) => j.id === p.id))];
}
