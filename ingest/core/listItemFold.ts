import { foldWords } from "./fold.js";
import { BODY_WORD_HEADS, LIST_ITEM_HEADS } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * LIST_ITEM_HEADS (identityRules.ts): a standing body whose complement is a list of three or more topics
 * ("on Policy Coherence, Data and Research") is one body with another name of the same head whose list holds the
 * same topics in any order, a topic written with or without its modifiers ("Coherence" / "Policy Coherence") but
 * never with other ones ("Labour Data" / "Health Data"). The words before the head must agree, apart from the
 * qualifiers the rule lists ("ad hoc"); the owner and the parent are checked by the caller's fold.
 */
const QUALIFIERS = new Set(LIST_ITEM_HEADS.words);
const singular = (w: string) => (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w);

interface ListShape {
  d: DiscoveredName;
  key: string;
  /** Each topic's head word and its modifiers. */
  items: Map<string, string[]>;
}

/** "ad hoc working group|group|coherence data research", or null when the name is no body with a list of topics. */
export function listShape(d: DiscoveredName, rest: string): ListShape | null {
  const complement = /^(.+?)\s+(?:on|for|of)\s+(.+)$/.exec(rest);
  if (!complement) return null;
  const before = foldWords(complement[1]!).filter((w) => !QUALIFIERS.has(w));
  const head = before[before.length - 1];
  if (!head || !BODY_WORD_HEADS.has(head)) return null;
  const written = complement[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  if (written.length < 3) return null;
  const items = new Map<string, string[]>();
  for (const item of written) {
    const words = foldWords(item).filter((w) => w !== "the").map(singular);
    const itemHead = words[words.length - 1];
    if (!itemHead || words.some((w) => ["on", "for", "of", "in", "to"].includes(w)) || items.has(itemHead)) return null;
    items.set(itemHead, words.slice(0, -1));
  }
  return { d, key: `${d.kind}|${before.join(" ")}|${[...items.keys()].sort().join(" ")}`, items };
}

/** Whether every topic is written with the same modifiers in both names, or without any in one of them. */
export function sameTopics(a: ListShape, b: ListShape): boolean {
  return [...a.items].every(([head, mods]) => {
    const other = b.items.get(head)!;
    return mods.length === 0 || other.length === 0 || mods.join(" ") === other.join(" ");
  });
}
