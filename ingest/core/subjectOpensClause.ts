import { CONDITION_WORD } from "./rules/nonFactWords.js";

/**
 * Whether the subject opens the clause whose verb is the trigger: only a conjunction or a time phrase may stand between
 * the last clause break and the subject ("In 2012 Norway ratified", "; and Peru acceded"), or a ", which" follows the
 * subject right before the trigger ("Turkey, which ratified"). A noun before it makes it the subject of a relative clause
 * on that noun ("The bill Belize ratified in 2019 was …"); a condition before it puts the act in doubt ("If Belize
 * ratified in 2027, …", "Unless Chile acceded …").
 */
const OPENING = /^\s*(?:(?:and|but|while|whereas|then|so)\s+)?(?:(?:(?:in|on|by|during|since)\s+(?:(?:\d{1,2}|early|late|mid)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d|later|then|also|both|only|finally|eventually|subsequently|meanwhile|next|(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+later|later\s+that\s+(?:year|month)|(?:that|the\s+same)\s+(?:year|month|day))\s*,?\s+)*(?:the\s+)?$/i;
const WHICH = /^\s*,\s*which\s+(?:(?:had|has|then|later|also|finally)\s+)*$/i;

export function subjectOpensClause(text: string, subjectStart: number, subjectEnd: number, trigStart: number): boolean {
  const before = text.slice(0, subjectStart);
  if (CONDITION_WORD.test(before.slice(before.lastIndexOf(";") + 1))) return false;
  if (WHICH.test(text.slice(subjectEnd, trigStart))) return true;
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(","), before.lastIndexOf("("), before.lastIndexOf("\n"));
  return OPENING.test(before.slice(cut + 1));
}
