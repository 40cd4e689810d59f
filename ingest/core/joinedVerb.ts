import type { AToken } from "./analysis.js";
import { tokenIndexAt } from "./ruleReadings.js";

/**
 * "Benin hosted and chaired the meeting", "Norway funded and ran the project": a second past verb joined to the
 * trigger by "and" shares its object, so the object is read after it. A verb of another tense or a new subject
 * ("hosted and will chair", "hosted and Ghana chaired") joins no object, nor does a word that only looks like a past
 * verb ("and indeed the").
 */
const JOINED_VERB = /^\s+and\s+(?:(?:also|later|then|jointly)\s+)?((?:co-)?(?:[a-z]+ed|led|ran|held))(?:\s+over)?(?=\s+(?:the|an?|its|their|[A-Z]))/;

/** A second verb that undoes the first ("hosted and then cancelled the X"): the trigger's deed is not stated. */
const UNDOING_JOINED = /^\s+and\s+(?:(?:also|later|then|subsequently|finally)\s+)?(?:cancell?ed|postponed|abandoned|suspended|called\s+off|withdrew|dropped|scrapped|revoked)\b/i;

/**
 * Where the trigger's object is read, past a verb joined to it (`trigEnd` when none); null when the joined verb undoes
 * the trigger's deed. `verbal`: the trigger ends in a verb (only a verb takes a joined one).
 */
export function joinedObjectFrom(text: string, tokens: AToken[], trigEnd: number, clauseEnd: number, verbal: boolean): number | null {
  if (!verbal) return trigEnd;
  const after = text.slice(trigEnd, clauseEnd);
  if (UNDOING_JOINED.test(after)) return null;
  const joined = JOINED_VERB.exec(after);
  if (!joined) return trigEnd;
  const verbAt = trigEnd + joined[0].lastIndexOf(joined[1]!);
  return tokens[tokenIndexAt(tokens, verbAt)]?.pos === "VERB" ? trigEnd + joined[0].length : trigEnd;
}
