import type { EntityRecord } from "./types.js";

/** "… under the Ministry's control", "… within the Board's oversight": the possessive owner a units lead-in writes. */
const POSSESSIVE_OWNER = /\b(?:under|within)\s+the\s+([\w-]+)['’]s?(?:\s+[\w-]+){0,2}[\s:]*$/i;

/**
 * Whether the owner a units lead-in (unitLeadInRules.ts "units-of-body") falls back to is the one its clause writes.
 * A possessive owner ("under the Ministry's control") is kept out of the clause's own mentions, so the page's body
 * takes the list: that holds only where the written word is a head word of the body's name or its acronym ("the
 * Board's" on the Lagoon Transport Board's page), never another body's ("the Ministry's" on the Board's page).
 */
export function unitsOwner(label: string, owner: Pick<EntityRecord, "name" | "acronym"> | undefined): boolean {
  const written = POSSESSIVE_OWNER.exec(label)?.[1]?.toLowerCase();
  if (!written) return true;
  if (!owner) return false;
  if (owner.acronym?.toLowerCase() === written) return true;
  return owner.name.toLowerCase().split(/[^\w-]+/).includes(written);
}
