import type { Form } from "./types.js";
import { matchTokens, type MatchToken } from "./matchTokens.js";

interface Terminal {
  entityId: string;
  caseSensitive: boolean;
  /** Every word but the small joining ones must be written capitalised. */
  titled: boolean;
  /** The form is written with a possessive ("Children’s"), so it may span one. */
  possessive: boolean;
  /** Letters of the form as written, compared exactly when the form is case-sensitive. */
  exact: string;
  /** A state's formal style (Form.styled): yields where a capitalised word of the same name run follows. */
  styled: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[];
  /** Where a whole folded word leads from here (null: nowhere), remembered as texts walk it (see step). */
  words?: Map<string, TrieNode | null>;
  /** Its place in Matcher.fromRoot, when a whole word leads here from the root. */
  rootIndex?: number;
}

export interface Match {
  entityId: string;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  /** A generic form ("global forum") written lower-case: a mention only where the words after it say so (GENERIC_FORM). */
  untitled?: boolean;
}

const GAP = /^[\s\-\/]*$/;
const POSSESSIVE_GAP = /^[’']s\s+$/;
/** Printed names carry brackets and numbered abbreviations: "Migrant Workers (Supplementary Provisions) Convention", "Convention No. 97". */
const BRACKET_GAP = /^\s*\(\s*$|^\)\s*$/;
const gapJoins = (text: string, prev: MatchToken, next: MatchToken) => {
  const gap = text.slice(prev.end, next.start);
  return GAP.test(gap) || BRACKET_GAP.test(gap) || (gap === ". " && prev.text === "No" && /^\d/.test(next.text));
};
/** What the text between two tokens lets a name do: run on, run on over a possessive, or stop. */
const enum Gap {
  Joins = 1,
  Possessive = 2,
  Stops = 3,
}
function gapBetween(text: string, prev: MatchToken, next: MatchToken): Gap {
  if (next.start === prev.end || gapJoins(text, prev, next)) return Gap.Joins;
  return POSSESSIVE_GAP.test(text.slice(prev.end, next.start)) ? Gap.Possessive : Gap.Stops;
}

/** A capitalised word follows token j within the same name run ("Republic of Kenya Ports …"). */
const runsOn = (text: string, tokens: MatchToken[], j: number) => {
  const next = tokens[j + 1];
  return !!next && /^\p{Lu}/u.test(next.text) && gapBetween(text, tokens[j]!, next) !== Gap.Stops;
};

export { matchTokens, type MatchToken };

const NOT_LETTER = /[^\p{L}\p{N}&]/gu;
const exactOf = (t: MatchToken) => (t.exact ??= t.text.replace(NOT_LETTER, ""));
const lettersOf = (tokens: MatchToken[], from = 0, to = tokens.length) => {
  let letters = "";
  for (let k = from; k < to; k++) letters += exactOf(tokens[k]!);
  return letters;
};
const SMALL = /^(?:the|of|on|for|and|in|level)$/;
const TITLED_WORD = /^[\p{Lu}\p{N}&,]/u;
/** "Global Forum", "High-level Dialogue": each word capitalised but the small joining ones (and "level" after a hyphen). */
const isTitled = (tokens: MatchToken[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (!SMALL.test(tokens[k]!.text) && !TITLED_WORD.test(tokens[k]!.text)) return false;
  return true;
};

/**
 * Longest-match dictionary lookup. The trie walks folded letters with word
 * boundaries ignored, so "High-level Dialogue", "High Level Dialogue",
 * "Co-operation"/"Cooperation", "&"/"and", "Organisation"/"Organization" and
 * "IOM’s"/"IOM" reach the same terminal. One walk per token start, linear in
 * the text for a fixed catalog.
 */
export class Matcher {
  private readonly root: TrieNode = { next: new Map(), terminals: [] };
  /** Nodes that remember word steps, and how many steps they hold: add() forgets them, the cap bounds memory. */
  private readonly stepping: TrieNode[] = [];
  private steps = 0;
  /** Replaced whenever add() changes the trie, so that what words remember of an older trie is not read. */
  private shape: object = {};
  /** The nodes words lead to from the root, by the number a word remembers (stepFromRoot). */
  private readonly fromRoot: TrieNode[] = [];

  add(entityId: string, form: Form): void {
    const tokens = matchTokens(form.text);
    if (tokens.length === 0) return;
    for (const node of this.stepping) delete node.words;
    this.shape = {};
    for (const node of this.fromRoot) node.rootIndex = undefined;
    this.fromRoot.length = 0;
    this.stepping.length = this.steps = 0;
    let node = this.root;
    for (const ch of tokens.map((t) => t.fold).join("")) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), terminals: [] }));
      node = child;
    }
    const titled = form.titled ?? false;
    // "United Nations Children’s Fund": a form written with a possessive may span one.
    const possessive = /\S[’']s\s/.test(form.text);
    const styled = form.styled ?? false;
    if (!node.terminals.some((t) => t.entityId === entityId && t.caseSensitive === form.caseSensitive && t.titled === titled && t.possessive === possessive && t.exact === lettersOf(tokens) && t.styled === styled)) {
      node.terminals.push({ entityId, caseSensitive: form.caseSensitive, titled, possessive, exact: lettersOf(tokens), styled });
    }
  }

  /** Non-overlapping longest matches, left to right; lower-case generic forms only when asked for, and flagged. */
  findAll(text: string, tokens: MatchToken[] = matchTokens(text), withUntitled = false): Match[] {
    const out: Match[] = [];
    // Walks from neighbouring tokens cross the same gaps: each gap is read once (0: not read yet).
    const gaps = new Uint8Array(tokens.length);
    /** The longest match that starts at token i, or null. */
    const walk = (i: number): Match | null => {
      let best: Match | null = null;
      let node: TrieNode | undefined = this.root;
      // A name may hold a possessive ("Lao People’s Democratic Republic", "United Nations Children’s Fund"): only a
      // country form (the case-sensitive ones) or a form written with one may span it.
      let possessive = false;
      for (let j = i; j < tokens.length && node; j++) {
        // A name never spans punctuation: "the UN, Development…" is two things.
        if (j > i) {
          const gap = (gaps[j] ||= gapBetween(text, tokens[j - 1]!, tokens[j]!));
          if (gap === Gap.Stops) break;
          if (gap === Gap.Possessive) possessive = true;
        }
        node = j === i ? this.stepFromRoot(tokens[i]!) : this.step(node, tokens[j]!.fold);
        if (!node) break;
        for (const term of node.terminals) {
          if (term.caseSensitive && term.exact !== lettersOf(tokens, i, j + 1)) continue;
          if (possessive && !term.caseSensitive && !term.possessive) continue;
          if (term.styled && runsOn(text, tokens, j)) continue;
          const untitled = term.titled && !isTitled(tokens, i, j + 1);
          if (untitled && !withUntitled) continue;
          best = { entityId: term.entityId, startToken: i, endToken: j + 1, start: tokens[i]!.start, end: tokens[j]!.end, ...(untitled ? { untitled } : {}) };
          break;
        }
      }
      return best;
    };
    let i = 0;
    while (i < tokens.length) {
      let best = walk(i);
      // "while the United States Agency for International Development": a form that opens with its article ("the
      // United States") yields to a longer name that starts after the article.
      if (best && /^the$/i.test(tokens[i]!.text) && best.endToken > i + 1) {
        const after = walk(i + 1);
        if (after && after.endToken > best.endToken) best = after;
      }
      if (best) {
        out.push(best);
        i = best.endToken;
      } else i++;
    }
    return out;
  }

  /** Where a token's word leads from the root, remembered on the word's shared entry until the trie changes. */
  private stepFromRoot(token: MatchToken): TrieNode | undefined {
    const word = token.word;
    if (word.rootOf !== this.shape) {
      const node = this.step(this.root, token.fold);
      word.root = node ? (node.rootIndex ??= this.fromRoot.push(node) - 1) : -1;
      word.rootOf = this.shape;
    }
    return word.root === -1 ? undefined : this.fromRoot[word.root!];
  }

  /**
   * The node one folded word leads to from `from`. Every token starts a walk and most walks go on through the same
   * few common words, so a node remembers the words walked from it instead of stepping letter by letter again.
   */
  private step(from: TrieNode, fold: string): TrieNode | undefined {
    let to = from.words?.get(fold);
    if (to === undefined) {
      let walk: TrieNode | undefined = from;
      for (let k = 0; k < fold.length && walk; k++) walk = walk.next.get(fold[k]!);
      to = walk ?? null;
      if (this.steps < 200_000) {
        if (!from.words) this.stepping.push(from);
        (from.words ??= new Map()).set(fold, to);
        this.steps++;
      }
    }
    return to ?? undefined;
  }
}
