import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import { ASKED_NOUNS, QUESTION_SENSES, type QuestionSense } from "./rules/questionLexicon.js";
import type { HeadingList } from "./rules/listRules.js";

/**
 * An FAQ's question line read through the question lexicon (rules/questionLexicon.ts): "2. Who started it?",
 * "Q: Which countries take part, and since when?", "**Who pays for the programme?**". The lists it returns are
 * what a list label's would be (listRules.ts), so rows under the question and the names of its answer
 * (questionAnswer.ts) are read as a label's rows are.
 */

// A question about the future, a possibility or a denial asks what the page does not state as a fact.
const NOT_A_FACT = new Set(["will", "would", "could", "might", "may", "should", "shall", "can", "not", "never", "no", "nt", "next", "future", "planned", "plan", "expected", "hope", "hopes", "intend", "intends", "observer", "observers", "former"]);
const WH = new Set(["who", "which", "what", "where", "how"]);
// Words a clause may open on before its wh-word, and words that may stand between the wh-word and its noun or verb.
const OPENERS = new Set(["and", "so", "then", "but", "also"]);
const FILLERS = new Set(["else", "other", "exactly", "mainly", "really", "actually", "currently", "now", "originally", "first"]);

const singular = (w: string) => (/ies$/.test(w) ? `${w.slice(0, -3)}y` : w.endsWith("s") && w.length > 3 ? w.slice(0, -1) : w);

/**
 * The question a line asks, as lower-case words, or null when the line is no question. A section heading may ask
 * without its mark ("Who came", "II. WHO THE MEMBERS ARE"): then it opens on its wh-word and is short, with no stop.
 */
function questionWords(line: string, heading = false): string[] | null {
  // A number (Arabic or Roman), "Q:", "Q.", "Question 3:" or emphasis marks may open the line; it ends on its question mark.
  const bare = line.trim().replace(/^[*_#\s]+|[*_\s]+$/g, "").replace(/^(?:\d{1,2}[.)]|[ivx]{1,5}\.|q\s*\d*[.:)]|question\s*\d*[.:)]?)\s*/i, "");
  const unmarked = heading && /^(?:who|which|what|where|how)\s+[a-z]+(?:\s+[a-z]+){0,6}$/i.test(bare);
  if (!unmarked && (!bare.endsWith("?") || bare.length > 160 || bare.indexOf("?") < bare.length - 1)) return null;
  const words = bare.toLowerCase().replace(/n['’]t\b/g, " nt").match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
  return words.length >= 2 && words.length <= 20 ? words : null;
}

/** Where a sequence of words occurs in a list of words, or -1. */
function indexOfWords(words: readonly string[], phrase: readonly string[], from: number): number {
  for (let i = from; i + phrase.length <= words.length; i++) if (phrase.every((p, k) => words[i + k] === p)) return i;
  return -1;
}

/** The senses one clause asks ("who else helped"), with the kinds of name its noun asks for. */
function clauseSenses(clause: readonly string[]): Array<{ sense: QuestionSense; rows: EntityKind[] }> {
  let at = 0;
  while (at < clause.length && OPENERS.has(clause[at]!)) at++;
  const wh = clause[at];
  if (!wh || !WH.has(wh)) return [];
  at++;
  while (at < clause.length && FILLERS.has(clause[at]!)) at++;
  // "Which states", "What agencies", "Which other countries": the noun says what kind of name answers. "What" with
  // no such noun asks for a thing ("What was pledged"), whose givers answer where the lexicon has a sense for it.
  const nounAsked = (wh === "which" || wh === "what") && singular(clause[at] ?? "") in ASKED_NOUNS;
  const noun = nounAsked ? singular(clause[at]!) : null;
  if (wh === "which" && !nounAsked) return [];
  const asked = nounAsked ? "which" : wh;
  const from = noun ? at + 1 : at;
  return QUESTION_SENSES.filter((s) => s.wh === asked && (!s.nouns || s.nouns.includes(noun!)) && s.verbs.some((v) => indexOfWords(clause, v.split(" "), from) >= 0)).map((sense) => ({
    sense,
    rows: noun ? sense.rows.filter((r) => ASKED_NOUNS[noun]!.includes(r)) : sense.rows,
  }));
}

/**
 * The lists a question line states, or [] (no question, a question the lexicon does not know, or no fact asked).
 * `heading`: the line is a section's heading, which may ask without its question mark (questionSection.ts).
 */
export function questionLists(line: string, heading = false): HeadingList[] {
  const words = questionWords(line, heading);
  if (!words || words.some((w) => NOT_A_FACT.has(w))) return [];
  // "Who paid for it, and who else helped?": clauses part where a new wh-word opens after "and" or a comma.
  const clauses: string[][] = [[]];
  words.forEach((w, i) => {
    if (i > 0 && WH.has(w) && (OPENERS.has(words[i - 1]!) || clauses[clauses.length - 1]!.length > 2)) clauses.push([]);
    clauses[clauses.length - 1]!.push(w);
  });
  // A question of how ("How is it run?") is answered by a clause using its verb (questionSection.ts), which an FAQ's
  // answer, read by the names it opens on (questionAnswer.ts), does not check: only a section reads it. Other
  // questions whose section answers must use a verb are still asked in an FAQ, whose answer opens on its names.
  const read = clauses.map((c) => clauseSenses(c).filter((x) => heading || !x.sense.answeredBy || x.sense.wh !== "how")).filter((c) => c.length > 0);
  if (read.length === 0) return [];
  // Per kind of topic, every clause that asks something must ask the same relation of it.
  const kinds: EntityKind[] = ["FORUM", "INITIATIVE", "ORGANIZATION"];
  const lists: HeadingList[] = [];
  for (const kind of kinds) {
    const types = read.map((c) => new Set<RelationType>(c.filter((x) => x.sense.topics.includes(kind)).map((x) => x.sense.type)));
    if (types.some((t) => t.size !== 1) || new Set(types.map((t) => [...t][0])).size !== 1) continue;
    const first = read[0]!.find((x) => x.sense.topics.includes(kind))!;
    const rows = first.rows.filter((r) => read.every((c) => c.some((x) => x.sense.topics.includes(kind) && x.rows.includes(r))));
    if (rows.length === 0) continue;
    const { sense } = first;
    lists.push({ id: `question:${sense.id}`, heading: /(?!)/, type: sense.type, rows, topics: [kind], rowsAreTargets: sense.rowsAreTargets, confidence: sense.confidence, examples: sense.examples });
  }
  return lists;
}
