import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { clearTitleNegation } from "./titleNegation.js";

/**
 * Linguistic analysis of one sentence: tokens with part of speech (Universal
 * POS), lemma, negation flag and source offsets, plus noun-phrase chunks.
 * wink-nlp with its English lite model (see ingest/README.md for why this and
 * not compromise). The model takes ~0.7 s to load, so it loads on first use;
 * relate() analyses only sentences that hold a candidate pair.
 */
export interface AToken {
  text: string;
  lower: string;
  /** wink's lemma, lower-cased; "co-chaired" keeps its surface (wink does not lemmatise hyphenated verbs). */
  lemma: string;
  pos: string;
  /** Offsets inside the analysed text. */
  start: number;
  end: number;
  /** Inside the scope of a negation ("not", "never", "n't") as wink's model reads it. */
  negated: boolean;
}

export interface Analysis {
  tokens: AToken[];
  /** Noun phrases as token ranges [from, to), DET? (ADJ|NUM|NOUN|PROPN)* head. */
  nounPhrases: Array<{ from: number; to: number; head: string }>;
}

let nlp: WinkMethods | null = null;
/** The id wink gives the first word its lexicon lacks: ids from here on are words read since (inLexicon.ts). */
let lexiconEnd = 0;

export function engine(): WinkMethods {
  // Only the stages we use: tokens, sentence bounds are ours, POS (lemmas come with the model), negation.
  if (nlp) return nlp;
  nlp = winkNLP(model, ["pos", "negation"]);
  lexiconEnd = nlp.readDoc("qxzvkwj").tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  return nlp;
}

/** The size of wink's own English lexicon: a word whose id is this or more is none of its words. */
export function lexiconSize(): number {
  engine();
  return lexiconEnd;
}

/** Analyses `text` (or only its window [from, to), which keeps offsets relative to the whole text). */
export function analyse(whole: string, from = 0, to = whole.length): Analysis {
  const text = whole.slice(from, to);
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const neg = tokens.out(its.negationFlag) as unknown as boolean[];
  const out: AToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = text.indexOf(v, cursor);
    if (at === -1) at = cursor;
    const end = Math.min(text.length, at + v.length);
    out.push({ text: v, lower: v.toLowerCase(), lemma: (lemmas[i] ?? v).toLowerCase(), pos: pos[i] ?? "X", start: from + at, end: from + end, negated: neg[i] === true });
    cursor = end;
  }
  clearTitleNegation(out);
  return { tokens: out, nounPhrases: chunk(out) };
}

const NP_BODY = new Set(["ADJ", "NUM", "NOUN", "PROPN"]);
const NP_HEAD = new Set(["NOUN", "PROPN"]);

function chunk(tokens: AToken[]): Analysis["nounPhrases"] {
  const out: Analysis["nounPhrases"] = [];
  let i = 0;
  while (i < tokens.length) {
    let from = i;
    if (tokens[i]!.pos === "DET" || tokens[i]!.pos === "PRON" && /^(its|their|his|her|our)$/.test(tokens[i]!.lower)) i++;
    let head = -1;
    let j = i;
    while (j < tokens.length && NP_BODY.has(tokens[j]!.pos)) {
      if (NP_HEAD.has(tokens[j]!.pos)) head = j;
      j++;
    }
    if (head >= 0) {
      out.push({ from, to: head + 1, head: tokens[head]!.lemma });
      i = head + 1;
    } else {
      i = Math.max(j, from + 1);
    }
    from = i;
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: AToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
