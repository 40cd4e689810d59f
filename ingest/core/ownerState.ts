import { demonymOf } from "./demonymOf.js";
import { stateNames } from "./stateNames.js";
import type { EntityRecord } from "./types.js";

/**
 * The state that the words before a body's head name ("the Dutch", "Kenya's", "Sri Lankan", "UAE"): a catalog demonym
 * (both words, else the last one, demonymOf.ts), else a country's name, acronym or alias, in any case (stateNames.ts). Null when the
 * words name no state. Shared by the readers that give a state's body its state: a ministry that acts for its state
 * (stateMinistry.ts) and two states' bodies kept apart (stateBodyApart.ts), so both read an owner the same way.
 */
export function ownerState(entities: Iterable<EntityRecord>, demonyms: ReadonlyMap<string, string> | undefined): (lead: string) => string | null {
  const states = stateNames(entities);
  return (lead) => {
    const owner = lead.replace(/^the\s+/i, "").replace(/[’']s$/, "");
    const demonym = demonyms ? demonymOf(owner, demonyms) : null;
    if (demonym) return demonyms!.get(demonym)!;
    return states.named(owner) ?? null;
  };
}
