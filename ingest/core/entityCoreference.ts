import { Coreference } from "./coreference.js";
import type { EntityReading } from "./EntityReading.js";
import type { RelateContext } from "./RelateContext.js";

/**
 * Coreference asks for the same few salient entities at every reference: their names are joined once. Entities are
 * only added while relating, never renamed, so a read answer stays.
 */
export function entityCoreference(entities: RelateContext["entities"]): Coreference {
  const corefNames = new Map<string, EntityReading>();
  return new Coreference((id) => {
    const known = corefNames.get(id);
    if (known) return known;
    const e = entities.get(id);
    if (!e) return undefined;
    const read = { kind: e.kind, name: [e.name, ...e.aliases].join(" | "), isEvent: e.isEvent === true, year: e.year ?? null };
    corefNames.set(id, read);
    return read;
  });
}
