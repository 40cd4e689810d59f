import type { EntityRecord } from "./types.js";

/**
 * A ministry named with its state ("the Dutch Ministry of Foreign Affairs", "Kenya Ministry of Labour") acts for that
 * state: what it funds, hosts, chairs or joins, the state does. The ministry stays a body of its own (graphs name it),
 * and relate.ts states the relation for the state as well (method "+state"). The state is read from the name's first
 * words only: a catalog demonym, or a country's name or acronym.
 */
const MINISTRY = /^(.+?)(?:[’']s)?\s+(?:(?:Federal|National|Royal)\s+)?Ministry\b/;

export function stateOfMinistry(entities: Iterable<EntityRecord>, demonyms: ReadonlyMap<string, string> | undefined): (id: string, name: string) => string | null {
  let byName: Map<string, string> | null = null;
  return (_id, name) => {
    const m = MINISTRY.exec(name);
    if (!m) return null;
    const owner = m[1]!.replace(/^the\s+/i, "");
    const demonym = demonyms?.get(owner);
    if (demonym) return demonym;
    if (!byName) {
      byName = new Map();
      for (const e of entities) if (e.kind === "COUNTRY") for (const f of [e.name, e.acronym, ...(e.aliases ?? [])]) if (f) byName.set(f.toLowerCase(), e.id);
    }
    return byName.get(owner.toLowerCase()) ?? null;
  };
}
