import type { M } from "./mentionLists.js";
import type { EntityRecord, Mention } from "./types.js";

/** The last dated meeting (an event entity) a passage's mentions name, as a relation end; null where it names none. */
export function lastEvent(pm: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>): M | null {
  for (let i = pm.length - 1; i >= 0; i--) {
    const id = pm[i]!.entityId;
    const e = id ? entities.get(id) : undefined;
    if (e?.isEvent === true) return { id: e.id, kind: e.kind, isEvent: true, start: 0, end: 0 };
  }
  return null;
}
