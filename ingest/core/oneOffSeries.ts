import type { NameRule } from "./NameRule.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * A conference first held as a one-off that the text then calls the first meeting of a standing forum ("…, which Ghana
 * hosted in Accra in 2009. Ghana chaired it, and it became the first meeting of what is now called the Colombo
 * Process") is that forum's meeting: the forum is its parent, and it keeps its own name and year. "It" can only stand
 * for the one-off when no other meeting or forum is named between them in the paragraph.
 */
export const ONE_OFF_FIRST_OF_SERIES: NameRule = {
  id: "one-off-first-of-series",
  what: "A dated one-off meeting that 'became' or 'was' the first (founding, inaugural) meeting of a standing forum named right after, in the same paragraph with no other meeting or forum between, is a meeting of that forum.",
  words: ["became", "was", "first", "founding", "inaugural", "meeting", "session", "what is now called", "what is now known as"],
  positive: [
    {
      text: "Ministers then met at the Coastal Ministerial Conference on Fisher Mobility, which Ghana hosted in Accra from 3 to 5 June 2009. Ghana and Togo co-chaired it, and it became the first meeting of what is now called the Colombo Process.",
      name: "Coastal Ministerial Conference on Fisher Mobility",
      kind: "FORUM",
      parentId: "forum:colombo-process",
      year: 2009,
    },
    {
      text: "The Andean Summit on Border Data was held in Quito on 2 May 2011 and was the founding meeting of the Budapest Process.",
      name: "Andean Summit on Border Data",
      kind: "FORUM",
      parentId: "forum:budapest-process",
      year: 2011,
    },
  ],
  // A negative names the one-off (dated all the same) and the forum that must not become its parent.
  negative: [
    // Another forum named between: "it" is not sure to be the one-off.
    {
      text: "The Coastal Ministerial Conference on Fisher Mobility was held in Accra on 3 June 2009. The Lagos Dialogue on Fishers followed, and it became the first meeting of what is now called the Colombo Process.",
      name: "Coastal Ministerial Conference on Fisher Mobility",
      parentId: "forum:colombo-process",
      year: 2009,
    },
    // Not the first meeting: the sentence says the one-off was not.
    {
      text: "The Coastal Ministerial Conference on Fisher Mobility was held in Accra on 3 June 2009; it was not the first meeting of the Colombo Process.",
      name: "Coastal Ministerial Conference on Fisher Mobility",
      parentId: "forum:colombo-process",
      year: 2009,
    },
  ],
};

/** The words that make the one-off before them the first meeting of the forum right after them. */
const FIRST_OF = /\b(?:it|which|this|and|the\s+(?:conference|meeting|summit|symposium|gathering))\s+(?:later\s+|thus\s+|so\s+|in\s+effect\s+)?(?:became|was)\s+the\s+(?:first|founding|inaugural)\s+(?:ministerial\s+)?(?:meeting|session|conference|gathering)\s+of\s+(?:what\s+(?:is|was)\s+(?:now\s+)?(?:called|known\s+as)\s+)?(?:the\s+)?$/i;
/** How far back from the forum's name the words may start. */
const REACH = 140;

/**
 * The one-offs of a passage that it makes the first meeting of a forum: one-off key → the forum's key. `dated` holds
 * the document's dated one-offs; the caller applies the links once the document is read (a one-off undated later
 * stays no one's meeting).
 */
export function firstOfSeries(text: string, mentions: readonly Mention[], discovered: ReadonlyMap<string, DiscoveredName>, dated: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...mentions].sort((a, b) => a.localStart - b.localStart);
  sorted.forEach((forum, i) => {
    if (forum.kind !== "FORUM" || dated.has(forum.key)) return;
    if (!FIRST_OF.test(text.slice(Math.max(0, forum.localStart - REACH), forum.localStart))) return;
    // The nearest meeting or forum named before it must be the dated one-off.
    const before = sorted.slice(0, i).reverse().find((m) => m.kind === "FORUM");
    if (!before || before.key === forum.key || !dated.has(before.key) || !discovered.get(before.key)?.isEvent) return;
    out.set(before.key, forum.key);
  });
  return out;
}
