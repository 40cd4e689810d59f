import type { EntityKind } from "../../src/ontology/ontology.js";
import { entityId } from "../../src/ontology/ids.js";
import { headKind, headWord } from "./headKind.js";
import type { EntityRecord } from "./types.js";
import { CONNECTOR, titleCase } from "./titleCase.js";

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
    // An upper-case page heading: the dialogue's name, its other name and its acronym in brackets, a remark after the colon.
    { heading: "THE KESTREL PROCESS (COASTAL CO-OPERATION PROCESS, CCP): QUESTIONS AND ANSWERS", kind: "FORUM" as EntityKind, acronym: "CCP" },
    { heading: "Coastal Convention Governing the Specific Aspects of Fishers' Rights (1988): parties A to M", kind: "CONVENTION" as EntityKind },
  ],
  negative: [
    // A clause, not a name.
    "Convention ratified by most states in the region",
    // A dialogue without its acronym.
    "Regional Dialogue on Migration",
    // Too short to be a name of its own.
    "The Convention",
    // An upper-case section title with a remark in brackets, and a generic dialogue.
    "MEMBER STATES (2019)",
    "THE REGIONAL DIALOGUE (ARCHIVE)",
  ],
};

const GENERIC_OPENING = /^(?:regional|international|global|inter-?regional|intergovernmental|national|ministerial|high-level|annual|joint|bilateral|multilateral|migration|policy|technical|political|strategic|social|informal|the|a|an|our|this)$/i;

/**
 * A page's upper-case heading that names a dialogue with its other name and acronym in brackets: "THE SÖDERKÖPING
 * PROCESS (CROSS-BORDER CO-OPERATION PROCESS, CBCP): QUESTIONS AND ANSWERS". Read as the dialogue's name in title
 * case, the bracket's words as another name of the same body (its acronym apart), the remark after the colon dropped.
 * Only a process or dialogue is read so: an upper-case heading is otherwise a section's title.
 */
function upperCaseDialogue(label: string): { kind: EntityKind; name: string; acronym: string | null; aliases: string[] } | null {
  if (/\p{Ll}/u.test(label)) return null;
  const m = /^(?:THE\s+)?([\p{Lu}’'-]+(?:\s+[\p{Lu}’'-]+){0,5}?\s+(?:PROCESS|DIALOGUE))\s*\(([^()]{2,80})\)\s*(?::.*)?$/u.exec(label.trim());
  if (!m) return null;
  const name = titleCase(m[1]!);
  if (GENERIC_OPENING.test(name.split(" ")[0]!)) return null;
  const parts = m[2]!.split(/\s*,\s*/);
  const acronym = parts.length > 0 && /^[\p{Lu}]{2,9}$/u.test(parts[parts.length - 1]!) ? parts.pop()! : null;
  const aliases = parts.filter((p) => p.split(/\s+/).length >= 2).map(titleCase);
  return acronym || aliases.length ? { kind: "FORUM", name, acronym, aliases } : null;
}

export function headingName(label: string): { kind: EntityKind; name: string; acronym: string | null; aliases?: string[] } | null {
  const upper = upperCaseDialogue(label);
  if (upper) return upper;
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
  // The heading's names are one body's: one the document already holds under any of them is that body, and takes the others.
  const names = [found.name, ...(found.aliases ?? [])];
  const lower = new Set(names.map((n) => n.toLowerCase()));
  for (const e of entities.values()) {
    if (e.kind !== found.kind || e.isEvent || ![e.name, ...e.aliases].some((f) => lower.has(f.toLowerCase()))) continue;
    for (const n of names) if (![e.name, ...e.aliases].some((f) => f.toLowerCase() === n.toLowerCase())) e.aliases.push(n);
    return e.id;
  }
  const id = entityId(found.kind, found.name);
  if (!entities.has(id)) entities.set(id, { id, kind: found.kind, name: found.name, acronym: found.acronym, aliases: found.aliases ?? [], origin: "discovered" });
  return id;
}
