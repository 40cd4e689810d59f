import type { AToken } from "./analysis.js";
import type { AdjunctHead, PredicateEntry } from "./rules/PredicateEntry.js";

/** Where a clause ends for the verb search: an adjunct never reaches over these. */
const CLAUSE_END = new Set([".", ";", ":", "!", "?"]);

const compiled = new WeakMap<AdjunctHead, ReadonlySet<string>>();
const verbsOf = (h: AdjunctHead): ReadonlySet<string> => {
  let set = compiled.get(h);
  if (!set) compiled.set(h, (set = new Set(h.verbs.split("|"))));
  return set;
};

/**
 * The types an adjunct entry states where it qualifies the verb its clause is headed by: the nearest verb before the
 * adjunct ("hosted it in collaboration with A", "the meeting, organised in cooperation with A"), or, for an adjunct
 * that opens the sentence, the first verb after its comma ("In cooperation with A, Peru organised the meeting").
 * A head class (PredicateEntry `heads`) holding that verb overrides the entry's types for the kinds it names. Tokens of
 * `name` (a token range: the name the adjunct is said of) are passed over: "Missing" in a programme's name is no verb.
 */
export function adjunctTypes(entry: PredicateEntry, tokens: AToken[], at: number, forward = false, name?: [number, number]): PredicateEntry["types"] {
  if (!entry.heads) return entry.types;
  const all = entry.heads.map((h) => ({ h, verbs: verbsOf(h) }));
  const step = forward ? 1 : -1;
  for (let i = forward ? at : at - 1; i >= 0 && i < tokens.length && !CLAUSE_END.has(tokens[i]!.text); i += step) {
    const t = tokens[i]!;
    if (name && i >= name[0] && i < name[1]) continue;
    const head = all.find(({ verbs }) => verbs.has(t.lower) || verbs.has(t.lemma));
    // wink tags some present-tense verbs as plural nouns ("cooperates"): such a word counts where a class lists it.
    if (t.pos !== "VERB" && !(t.pos === "NOUN" && head && /s$/.test(t.lower))) continue;
    return head ? { ...entry.types, ...head.h.types } : entry.types;
  }
  return entry.types;
}
