import type { EntityRecord } from "./types.js";

/**
 * The one step that adds what relating created to the run's entities (DocumentEntities.ts), after every document is
 * related. Pure: the shared map is copied, not written. Ids are natural keys, so two documents that found the same
 * meeting give the same id and their records meet here; merging a run's own output again changes nothing.
 *
 * Per field, a document's record counts only where it differs from the shared record it started from: a new value is
 * kept where no earlier document gave that field another one (the first document to state a meeting's day keeps it, as
 * a heading that tells more of a meeting fills only what is unset), a removed parent is removed (a parent no passage
 * states is none, subunits.ts), and names are the union of every document's, in document order.
 */
export function mergeEntities<T extends EntityRecord>(shared: ReadonlyMap<string, T>, created: readonly ReadonlyMap<string, T>[]): Map<string, T> {
  const merged = new Map(shared);
  for (const own of created) {
    for (const [id, record] of own) {
      const base = shared.get(id);
      const now = merged.get(id);
      merged.set(id, now ? mergeRecord(now, record, base) : record);
    }
  }
  return merged;
}

function mergeRecord<T extends EntityRecord>(now: T, record: T, base: T | undefined): T {
  if (now === record) return now;
  const out = { ...now } as unknown as Record<string, unknown>;
  const before = (base ?? {}) as Record<string, unknown>;
  const changed = record as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(changed), ...Object.keys(before)])) {
    if (key === "aliases") continue;
    const value = changed[key];
    if (value === before[key]) continue;
    // A field this document removed from the shared record (a parent no passage states).
    if (!(key in changed)) delete out[key];
    // A field the shared record did not have, or had otherwise: the first document's value stands.
    else if (out[key] === before[key] || out[key] === undefined) out[key] = value;
  }
  const names = [...now.aliases];
  for (const a of record.aliases) if (!names.includes(a)) names.push(a);
  out.aliases = names;
  return out as unknown as T;
}
