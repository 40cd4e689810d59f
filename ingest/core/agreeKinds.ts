import { nameKey } from "./fold.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * One name, one kind in a document: where the words around one mention state the kind (`kindStated`), the
 * document's other mentions of that name, read by their head noun alone, take the stated entity.
 */
export function agreeKinds(mentions: Mention[], discovered: Map<string, DiscoveredName>): void {
  const stated = new Map<string, DiscoveredName>();
  for (const d of discovered.values()) if (d.kindStated && !d.isEvent) stated.set(nameKey(d.name), d);
  if (stated.size === 0) return;
  const moved = new Map<string, DiscoveredName>();
  for (const d of discovered.values()) {
    const target = d.kindStated ? undefined : stated.get(nameKey(d.name));
    if (target && target.kind !== d.kind && !d.parentId) moved.set(d.key, target);
  }
  for (const m of mentions) {
    const target = moved.get(m.key);
    if (target) [m.key, m.kind] = [target.key, target.kind];
  }
  for (const key of moved.keys()) discovered.delete(key);
}
