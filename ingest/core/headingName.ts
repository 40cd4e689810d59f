import type { EntityKind } from "../../src/ontology/ontology.js";
import { entityId } from "../../src/ontology/ids.js";
import { headKind, headWord } from "./headKind.js";
import type { EntityRecord } from "./types.js";

/**
 * A heading that is itself the name of a treaty or a dialogue no catalog lists: "European Convention on the Legal
 * Status of Migrant Workers" over a status table, "Migration Dialogue from COMESA Member States (MIDCOM)" over a
 * list of members. Headings are not read for mentions, so such a body would never be the topic of the rows under
 * it. A treaty's heading is read whole; a dialogue's with its acronym in brackets, or when a proper word opens it
 * (a heading "Regional Dialogue on …" alone may be a section on any dialogue). The name must be a name: capitalised words and connectors.
 */
export const HEADING_NAMES = {
  id: "heading-names",
  positive: [
    { heading: "European Convention on the Legal Status of Migrant Workers", kind: "CONVENTION" as EntityKind },
    { heading: "Migration Dialogue from COMESA Member States (MIDCOM)", kind: "FORUM" as EntityKind, acronym: "MIDCOM" },
    { heading: "Salé Dialogue on Labour Mobility", kind: "FORUM" as EntityKind },
    { heading: "Coastal Convention Governing the Specific Aspects of Fishers' Rights (1988): parties A to M", kind: "CONVENTION" as EntityKind },
  ],
  negative: [
    // A clause, not a name.
    "Convention ratified by most states in the region",
    // A dialogue without its acronym.
    "Regional Dialogue on Migration",
    // Too short to be a name of its own.
    "The Convention",
  ],
};

const GENERIC_OPENING = /^(?:regional|international|global|inter-?regional|intergovernmental|national|ministerial|high-level|annual|joint|bilateral|multilateral|migration|policy|technical|political|strategic|social|informal|the|a|an|our|this)$/i;
const CONNECTOR = /^(?:of|on|the|and|for|against|from|in|to|by|with|relating|concerning|&)$/;

export function headingName(label: string): { kind: EntityKind; name: string; acronym: string | null } | null {
  // "X Convention (1969): parties A to M": a lower-case remark after a colon and the year in brackets are no part of the name.
  const bare = label.trim().replace(/:\s+[a-z][^:]*$/, "").replace(/\s*\((?:19|20)\d{2}\)$/, "");
  const m = /^(.*?)\s*(?:\(([A-Z][A-Za-z]{1,9})\))?$/.exec(bare);
  const name = m?.[1]?.replace(/^the\s+/i, "").replace(/,?\s+(?:19|20)\d{2}$/, "") ?? "";
  const acronym = m?.[2] ?? null;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 4 || !/^[A-Z]/.test(name) || !words.every((w) => /^[A-Z][\p{L}’'-]*,?$|^[A-Z]{2,}$/u.test(w) || CONNECTOR.test(w))) return null;
  const kind = headKind(name);
  // A dialogue or process named for a place or a party ("Salé Dialogue on Labour Mobility") is a name of its own;
  // one opened by a generic word ("Regional Dialogue on …") may be a section on any dialogue, unless its acronym follows.
  const own = /^(?:process|dialogue)$/i.test(headWord(name) ?? "") && !GENERIC_OPENING.test(words[0]!);
  if (kind === "CONVENTION" || (kind === "FORUM" && (acronym || own))) return { kind, name, acronym };
  return null;
}

/** The entity of such a heading: one the document already holds under that name or acronym, else a new one. */
export function headingNameEntity(label: string, entities: Map<string, EntityRecord>): string | null {
  const found = headingName(label);
  if (!found) return null;
  const lower = found.name.toLowerCase();
  for (const e of entities.values()) if (e.kind === found.kind && !e.isEvent && [e.name, ...e.aliases].some((f) => f.toLowerCase() === lower)) return e.id;
  const id = entityId(found.kind, found.name);
  if (!entities.has(id)) entities.set(id, { id, kind: found.kind, name: found.name, acronym: found.acronym, aliases: [], origin: "discovered" });
  return id;
}
