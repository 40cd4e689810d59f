import { demonymOf } from "./demonymOf.js";
import type { EntityRecord } from "./types.js";

/**
 * The state that the words before a body's head name ("the Dutch", "Kenya's", "Sri Lankan", "UAE"): a catalog demonym
 * (both words, else the last one, demonymOf.ts), else a country's name, acronym or alias, in any case. Null when the
 * words name no state. Shared by the readers that give a state's body its state: a ministry that acts for its state
 * (stateMinistry.ts) and two states' bodies kept apart (stateBodyApart.ts), so both read an owner the same way.
 */
export function ownerState(entities: Iterable<EntityRecord>, demonyms: ReadonlyMap<string, string> | undefined): (lead: string) => string | null {
  let byName: Map<string, string> | null = null;
  return (lead) => {
    const owner = lead.replace(/^the\s+/i, "").replace(/[’']s$/, "");
    const demonym = demonyms ? demonymOf(owner, demonyms) : null;
    if (demonym) return demonyms!.get(demonym)!;
    if (!byName) {
      byName = new Map();
      for (const e of entities) if (e.kind === "COUNTRY") for (const f of [e.name, e.acronym, ...(e.aliases ?? [])]) if (f) byName.set(f.toLowerCase(), e.id);
    }
    return byName.get(owner.toLowerCase()) ?? null;
  };
}
