import { labelLists } from "./labelLists.js";
import { NEGATED } from "./leadIn.js";
import type { HeadingList } from "./rules/listRules.js";

/**
 * What may open the sentence before the label: a time adverbial ("By then", "At that point", "In 2003"), or those the
 * list adds to ("Besides A and B from the table, the parties were C and D").
 */
const OPENING = String.raw`(?:by then|then|so far|to date|at (?:that|the|this) (?:point|time|stage)|in (?:[A-Z][a-z]+\s+)?\d{4}|(?:besides|apart from|in addition to)\b[^:;.]{1,80}?,)`;
/**
 * A sentence whose subject is a list label and whose verb lists its holders: "Its funding partners are the
 * European Union, Luxembourg and Spain", "Observers include IOM and the ILO", "The current co-chairs are A and B".
 * The label is read by the lexicon as a printed label is; its owner ("Its", "The") is the topic, as for a lead-in. A time
 * adverbial may open the sentence or follow the label ("By then the parties were A and B", "The ratifying states at that
 * point were A and B"); any other opening is a clause the label is not the subject of.
 */
const COPULAR_LIST = new RegExp(
  String.raw`^\W*(?:(?:its|their|the)\s+|${OPENING},?\s+(?:its|their|the)\s+)?` +
    String.raw`((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)` +
    // A time adverbial between the label and its verb: "the ratifying states at that point were A and B".
    String.raw`(?:\s+(?:then|so far|to date|by then|at (?:that|the|this) (?:point|time|stage)|in \d{4}))?` +
    String.raw`\s+(?:are|were|include|includes|included|comprise|comprises|comprised)(?=[\s:])\s*(?:the following\s*)?:?\s*`,
  "i",
);
/** The verb COPULAR_LIST needs after a space, for the gate before it: the pattern tries a label of up to four words at the start. */
const COPULAR_VERB = /\s(?:are|were|include|includes|included|comprise|comprises|comprised)[\s:]/i;

export function copularList(text: string): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  if (!COPULAR_VERB.test(text)) return null;
  const m = COPULAR_LIST.exec(text);
  // The list follows the verb at once: a name, not a clause going on ("were thanked by"); or the verb ends the line
  // on a colon and the list is printed below it ("Partner countries include:").
  const rest = text.slice(m?.[0].length ?? 0);
  // A name may open on its number ("21 Harbours Trust", "7 Rivers Alliance"); a count alone ("were 25 in all") is no name.
  if (!m || NEGATED.test(text) || !(/^(?:the\s+)?(?:\d+\s+)?[A-Z]/.test(rest) || (rest === "" && /:\s*$/.test(m[0])))) return null;
  const label = m[1]!;
  const list = labelLists(label[0]!.toUpperCase() + label.slice(1));
  return list.length ? { list, rest: text.slice(m[0].length), restFrom: m[0].length, label } : null;
}
