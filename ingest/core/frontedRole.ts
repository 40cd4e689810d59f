import { listAt, type M } from "./mentionLists.js";

/**
 * Role phrases that open a sentence and name their holder after the comma that closes them:
 * "As Chair of the GMG from January to June 2008, UNFPA initiated …",
 * "In its capacity as the GMG Chair in the second half of 2012, UNODC delivered …".
 * The rule engine (ruleEngine.ts) asks these when a role-noun trigger has no subject before it.
 */

/** A time phrase a role phrase may carry before its closing comma: "from January to June 2008", "in the second half of 2012". */
const TIME_THEN_COMMA = /^(\s+(?:from|in|during|since|until|for|between|throughout)\s+[^,;:()]{1,45}?)?\s*,\s*/;

/** Where the role phrase closes: the comma right after `from`, or after a time phrase that names a year. */
export function closingComma(text: string, from: number): number | null {
  const m = TIME_THEN_COMMA.exec(text.slice(from));
  if (!m) return null;
  if (m[1] && !/\b(?:19|20)\d{2}\b/.test(m[1])) return null;
  return from + m[0].length;
}

/** Words before the role noun that make the phrase a role held: "As the current", "In its capacity as the". */
// "As the incoming chair", "as a future chair": a role not yet held states no fact.
const ROLE_OPENING = /^\s*(?:[Ii]n (?:its|their) capacity\s+)?[Aa]s\s+(?:the\s+|an?\s+|its\s+)?(?:(?:current|outgoing|rotating|new|then)\s+)?$/;

/**
 * "In its capacity as the GMG Chair in 2012, UNODC …": the body is named before the role noun, at the start of
 * the sentence; the holders are the names right after the closing comma.
 */
export function roleBeforeNoun(text: string, trigStart: number, trigEnd: number, objects: M[], holders: M[]): { subjects: M[]; object: M } | null {
  const object = objects.filter((m) => m.end <= trigStart && /^\s+$/.test(text.slice(m.end, trigStart)) && m.via !== "coref").pop();
  if (!object || !ROLE_OPENING.test(text.slice(0, object.start))) return null;
  const from = closingComma(text, trigEnd);
  if (from === null) return null;
  const subjects = listAt(holders, text, from, Math.min(text.length, from + 160), 6);
  return subjects.length ? { subjects, object } : null;
}

/** The sentence opens with a role phrase ending at the trigger: "As Chair", "In its capacity as the current chair". */
export const opensWithRole = (text: string, trigStart: number) => ROLE_OPENING.test(text.slice(0, trigStart));
