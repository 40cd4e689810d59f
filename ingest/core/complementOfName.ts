import type { Mention } from "./types.js";

/**
 * A forum named only as the complement of another body's name ("the Support Project of the Africa-EU Migration and
 * Mobility Dialogue"): the passage speaks of that body, so the meetings it goes on to describe are not the forum's.
 */
export function complementOfName(text: string, m: Mention, sorted: readonly Mention[]): boolean {
  const before = sorted.filter((o) => o.localEnd <= m.localStart).pop();
  return !!before && before.kind !== "FORUM" && /^\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*$/.test(text.slice(before.localEnd, m.localStart));
}
