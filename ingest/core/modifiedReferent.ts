import { headFor } from "./descriptionHeads.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";

/**
 * "the diplomatic treaty" after the Convention on Diplomatic Asylum and the Convention on Territorial Asylum: the one
 * entity of the head's kind named in the scope (`history`) whose name has the modifier's word; none when no name or
 * two have it. A meeting head is left to the meeting readers.
 */
export function modifiedReferent(history: readonly Salient[], nameOf: (id: string) => EntityReading | undefined, modifier: string, phrase: string): Salient | null {
  const head = headFor(phrase);
  if (!head || head.event) return null;
  const stem = modifier.toLowerCase().slice(0, 6);
  const hits = new Map<string, Salient>();
  for (const h of history) {
    if (!head.kinds.includes(h.kind) || nameOf(h.id)?.isEvent) continue;
    if (h.name.split(/[\s-]+/).some((w) => w.length >= 4 && w.toLowerCase().startsWith(stem))) hits.set(h.id, h);
  }
  return hits.size === 1 ? [...hits.values()][0]! : null;
}
