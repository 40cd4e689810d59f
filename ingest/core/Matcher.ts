import type { Form } from "../catalog/catalog.js";
import { tokenize, type Token } from "./tokens.js";

interface Terminal {
  entityId: string;
  caseSensitive: boolean;
  /** Original tokens, compared exactly when the form is case-sensitive. */
  tokens: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[];
}

export interface Match {
  entityId: string;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
}

/**
 * Longest-match dictionary lookup over word tokens: one walk per token start,
 * linear in the text for a fixed catalog, so extraction cost per MB does not
 * grow with corpus size.
 */
export class Matcher {
  private readonly root: TrieNode = { next: new Map(), terminals: [] };

  add(entityId: string, form: Form): void {
    const tokens = tokenize(form.text).map((t) => t.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), terminals: [] }));
      node = child;
    }
    node.terminals.push({ entityId, caseSensitive: form.caseSensitive, tokens });
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(text: string, tokens: Token[]): Match[] {
    const out: Match[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: Match | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        // A name never spans punctuation: "the UN, Development…" is two things.
        if (j > i && !/^[\s\-\/]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        node = node.next.get(tokens[j]!.lower);
        if (!node) break;
        for (const term of node.terminals) {
          if (term.caseSensitive && !term.tokens.every((t, k) => t === tokens[i + k]!.text)) continue;
          best = { entityId: term.entityId, startToken: i, endToken: j + 1, start: tokens[i]!.start, end: tokens[j]!.end };
          break;
        }
      }
      if (best) {
        out.push(best);
        i = best.endToken;
      } else i++;
    }
    return out;
  }
}
