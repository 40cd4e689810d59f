import { tokenAt, type AToken } from "./analysis.js";
import type { M } from "./mentionLists.js";
import { INITIATIVE_CLASS_NOUNS, SAME_THING_NOUNS } from "./relationTable.js";

/**
 * How a name stands in its phrase, for the rule engine: whether it only qualifies the noun after it ("a GMG
 * publication", "World Bank-led", "the Initiative's report"), and whether a verb follows it as its subject.
 */
export function modifiesNext(text: string, tokens: AToken[], m: M): boolean {
  if (/^(?:[-–][a-z]|[’']s\b)/.test(text.slice(m.end, m.end + 3)) || /\b(?:pre|post|non|anti)[-–]$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) return true;
  const k = tokenAt(tokens, m.end);
  const t = tokens[k];
  if (!t || t.start - m.end > 1 || !/^[a-z]/.test(t.text) || SAME_THING_NOUNS.has(t.lemma) || (m.kind === "INITIATIVE" && INITIATIVE_CLASS_NOUNS.has(t.lemma))) return false;
  // A possessive pronoun read as its owner ("Its launch in Nairobi was hosted by") is a determiner: the word after it
  // heads the phrase whatever wink tags it (a noun such as "launch" after "Its" may come out a verb).
  if (m.via === "coref" && /^(?:its|their)$/i.test(text.slice(m.start, m.end))) return true;
  return t.pos === "NOUN" || (t.pos === "ADJ" && (tokens[k + 1]?.pos === "NOUN" || tokens[k + 1]?.text === "-") && !/^(?:last|next|first|same|following)$/.test(t.lower));
}

/**
 * "In partnership with IOM, Freedom from Torture runs …": a name read as the subject must go on with its verb
 * (past a country office's places: "UNICEF Philippines and Ecuador prepared"); in "in cooperation with IOM,
 * OCHA, UNU and the CILSS, with input from …" the last names are more partners, not a subject.
 */
export function verbFollowsName(tokens: AToken[], m: M): boolean {
  let k = tokenAt(tokens, m.end);
  if (tokens[k]?.text === "(") while (k < tokens.length && tokens[k - 1]?.text !== ")") k++;
  while (tokens[k]?.pos === "PROPN" || tokens[k]?.lower === "and") k++;
  while (tokens[k]?.pos === "ADV") k++;
  return tokens[k]?.pos === "VERB" || tokens[k]?.pos === "AUX";
}
