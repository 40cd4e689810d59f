import { ownerState } from "./ownerState.js";
import type { EntityRecord } from "./types.js";

/**
 * A ministry named with its state ("the Dutch Ministry of Foreign Affairs", "Kenya Ministry of Labour") acts for that
 * state: what it funds, hosts, chairs or joins, the state does. The ministry stays a body of its own (graphs name it),
 * and relate.ts states the relation for the state as well (method "+state"). The state is read from the name's first
 * words only (ownerState.ts): a catalog demonym, or a country's name or acronym.
 */
const MINISTRY = /^(.+?)(?:[’']s)?\s+(?:(?:Federal|National|Royal)\s+)?Ministry\b/;

export function stateOfMinistry(entities: Iterable<EntityRecord>, demonyms: ReadonlyMap<string, string> | undefined): (id: string, name: string) => string | null {
  const stateOf = ownerState(entities, demonyms);
  return (_id, name) => {
    const m = MINISTRY.exec(name);
    return m ? stateOf(m[1]!) : null;
  };
}
