import type { AToken } from "./analysis.js";
import { type CompiledRule, wordsBeforeAllow } from "./compiledRules.js";
import { endOfClause, type M } from "./mentionLists.js";
import { clauseHas } from "./ruleReadings.js";

/** Quantifiers that float after a coordinated subject: "A and B, both funded by X", "A, B and C, all run by X". */
const FLOATED_QUANTIFIERS = new Set(["both", "all", "each"]);

/** Verbs whose object noun is the subject's own act ("provided support for X"), unlike "keep" or "rally support". */
const GIVING_VERBS = new Set(["provide", "give", "lend", "offer", "extend", "render", "grant"]);

/** Verbs whose object says what their subject is: "became a member of", "was elected a full member of". */
const MEMBER_COMPLEMENT_VERBS = new Set(["become", "remain", "stay", "elect", "make", "name", "appoint", "admit", "accept", "count", "consider", "list", "register", "be"]);

/**
 * Whether a rule's trigger, matched at tokens i…endTok, states anything in this sentence: not negated, not part
 * of a name or a compound modifier, not a participle modifying a noun, not a role noun after a preposition, and
 * with the words before it and the clause after it that the rule asks for.
 */
export function triggerStands(c: CompiledRule, tokens: AToken[], i: number, endTok: number, text: string, ms: readonly M[]): boolean {
  const rule = c.rule;
  const trigStart = tokens[i]!.start;
  const trigEnd = tokens[endTok - 1]!.end;
  if (tokens[i]!.negated) return false;
  // "brought the group back to Bangkok for a second meeting": a verb's trigger tagged as an adverb or particle is none.
  if (rule.verbal && endTok - i === 1 && /^(?:ADV|PART|ADP)$/.test(tokens[i]!.pos)) return false;
  if (c.notFollowedBy?.test(text.slice(trigEnd, trigEnd + 80))) return false;
  // "the State-led GFMD", "World Bank-led preparations": the second half of a compound modifier is no verb.
  if (/[-–]$/.test(text.slice(Math.max(0, trigStart - 1), trigStart))) return false;
  // A trigger word inside a name is part of the name ("the Migrant Support Network"), unless the name ends
  // with it and the trigger runs on past it ("CELADE, which serves as the Population Division| of ECLAC").
  const inName = ms.find((m) => m.via !== "coref" && m.start <= trigStart && trigStart < m.end);
  if (inName && !(inName.end === tokens[i]!.end && trigEnd > inName.end)) return false;
  if (c.clauseHas && !clauseHas(c.clauseHas, tokens, endTok, endOfClause(text, trigEnd))) return false;
  // "is not among", "has never held the presidency": a negation inside the trigger cancels it too.
  for (let k = i + 1; k < endTok; k++) if (/^(?:not|never|n't|no)$/.test(tokens[k]!.lower)) return false;
  // "Malta was only the venue": a word the rule may not be read across narrows the role to less than it states.
  if (c.notAcross) for (let k = i + 1; k < endTok; k++) if (c.notAcross.has(tokens[k]!.lower)) return false;
  if (!wordsBeforeAllow(c, tokens, i)) return false;
  const prev = tokens[i - 1];
  // "the JMDI and MIDA, both run by UNDP": a quantifier floated after the comma is no determiner of the participle.
  const floated = prev !== undefined && FLOATED_QUANTIFIERS.has(prev.lower) && tokens[i - 2]?.text === "," && tokens[endTok]?.lower === "by";
  // A participle that modifies a noun is no verb of the sentence's subject: "the newly established Working Group"
  // (an adjective after a determiner), "assistance to round tables held at the sixth GFMD" (after a common noun and
  // before a preposition other than "by", it names no agent).
  if (rule.shape === "subject-first" && tokens[i]!.pos === "VERB" && tokens[endTok - 1] === tokens[i]) {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === "ADV") k--;
    const before = tokens[k];
    const next = tokens[endTok];
    if (before?.pos === "DET" && /ed$/.test(tokens[i]!.lower) && !floated) return false;
    // "an implementing partner", "the coordinating agency": a present participle between a determiner and a noun
    // qualifies that noun; the name it belongs to takes part as the noun says, it does not do the verb's deed.
    if (before?.pos === "DET" && /ing$/.test(tokens[i]!.lower) && next?.pos === "NOUN") return false;
    const past = tokens[i]!.lower !== tokens[i]!.lemma && !/(?:ing|s)$/.test(tokens[i]!.lower);
    if (past && before?.pos === "NOUN" && /^[a-z]/.test(before.text) && next?.pos === "ADP" && next.lower !== "by") return false;
  }
  // ", which hosts the secretariat": after a comma, "which" or "that" opens a relative clause; it determines no noun.
  const relative = prev && /^(?:which|that)$/.test(prev.lower) && tokens[i - 2]?.text === ",";
  if (rule.verbal && tokens[i]!.pos === "NOUN" && prev && !relative && !floated && (prev.pos === "DET" || /^(its|their|his|her|our)$/.test(prev.lower) || prev.text === "’s" || prev.text === "'s")) return false;
  // "would keep support behind X": a verb's trigger read as the noun object of another verb is what that verb's own
  // subject does with it, not an act of the name before it.
  if (rule.verbal && endTok - i === 1 && tokens[i]!.pos === "NOUN") {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === "ADJ") k--;
    // "provided support for X", "lent its backing": a verb of giving makes the noun the subject's own act.
    if (tokens[k]?.pos === "VERB" && !GIVING_VERBS.has(tokens[k]!.lemma)) return false;
  }
  // "a letter to all members of the GMG": a role noun after a preposition is not what the subject is.
  if (tokens[i]!.pos === "NOUN" && rule.shape === "subject-first") {
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.lower === "all" || tokens[k]!.lower === "other")) k--;
    if (k >= 0 && tokens[k]!.pos === "ADP" && !/^(as|of)$/.test(tokens[k]!.lower)) return false;
    // "UNHCR assists the member countries of X": members as the object of another verb are who the subject acts on,
    // not what it is; "became / remains / was elected a member" still says what it is.
    if (rule.type === "MEMBER_OF" && k >= 0 && tokens[k]!.pos === "VERB" && !MEMBER_COMPLEMENT_VERBS.has(tokens[k]!.lemma)) return false;
    // "MPI and the incoming Swedish Chair of the GFMD convened …": a role noun in a noun phrase joined to the
    // subject by "and" names another actor, not a role of the subject ("host and chair" with no article still is).
    let j = i - 1;
    let article = false;
    for (; j >= 0 && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "PROPN"); j--) {
      if (tokens[j]!.pos === "DET") article = true;
    }
    if (article && j >= 0 && /^(?:and|or)$/.test(tokens[j]!.lower)) return false;
  }
  return true;
}
