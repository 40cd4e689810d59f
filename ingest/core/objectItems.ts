import type { M } from "./mentionLists.js";

/**
 * The named items of a coordinated object whose other items name nothing the graph knows: "FAO attended the Symposium on
 * X (Turin, June 2006), the 2006 High-level Dialogue (HLD), a round table of ECOSOC and the first meeting of the GFMD
 * (July 2007)". The object is split at the commas and "and"s outside brackets, up to the sentence's end or a semicolon;
 * an item is read when it opens with a name of the wanted kinds and holds nothing after it but a bracket, a place or a
 * date. An item that goes on with words of its own ("… and the GFMD 2012 adopted a text") ends the list: a new clause.
 */
const ITEM_OPENING = /^\s*(?:(?:and|or|as well as)\s+)?(?:the\s+)?$/i;
const ITEM_CLOSING = /^(?:\s*\([^()]*\))?(?:\s+(?:held\s+)?(?:in|on|at)\s+[A-Z0-9][^,;()]*)?(?:\s*\([^()]*\))?\s*$/;

export function objectItems(ms: readonly M[], text: string, from: number, maxLength = 500): M[] {
  const stop = /;|\.\s|\.$|:/.exec(text.slice(from, from + maxLength));
  const end = stop ? from + stop.index : Math.min(text.length, from + maxLength);
  const items = splitItems(text, from, end, ms);
  const out: M[] = [];
  for (const [s, e] of items) {
    const m = ms.find((x) => x.start >= s && x.end <= e && x.via !== "coref");
    if (!m || !ITEM_OPENING.test(text.slice(s, m.start))) continue;
    // The item goes on past its name with words of its own: a clause, not one more thing attended.
    if (!ITEM_CLOSING.test(text.slice(m.end, e).replace(/^\s*,/, ""))) {
      if (out.length) break;
      continue;
    }
    out.push(m);
  }
  // One item only is what the rule's own object reading already covers; the list reading is for lists.
  return items.length >= 2 ? out : [];
}

/** Spans of the items between `from` and `end`, split at commas and "and" outside brackets. */
function splitItems(text: string, from: number, end: number, ms: readonly M[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    // A comma or "and" inside a name ("… Migration and Development") splits nothing.
    else if (depth === 0 && (c === "," || /^\sand\s/.test(text.slice(i, i + 5))) && !ms.some((m) => m.start < i && i < m.end)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, end]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}
