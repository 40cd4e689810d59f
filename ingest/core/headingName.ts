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
    // A numbered series' title: the year and serial number close it, a bracketed qualifier stands inside it.
    { heading: "Night Watch (Harbour Pilots) Convention, 1974 (No. 231)", kind: "CONVENTION" as EntityKind, name: "Night Watch (Harbour Pilots) Convention", aliases: ["Night Watch (Harbour Pilots) Convention, 1974", "Night Watch (Harbour Pilots) Convention, 1974 (No. 231)"] },
    { heading: "Lagoon Crews Safety Convention (No. 232)", kind: "CONVENTION" as EntityKind, name: "Lagoon Crews Safety Convention", aliases: ["Lagoon Crews Safety Convention (No. 232)"] },
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
    // A serial number after a dialogue's name is no part of a name; a bracket closing a treaty's name is no qualifier inside it.
    "Salé Dialogue on Labour Mobility (No. 4)",
    "Lagoon Crews Safety Convention (Harbour Pilots)",
    // Two bracketed asides: no one qualifier inside the title.
    "Night Watch (Harbour) (Pilots) Convention",
  ],
};

/** "(Fishers)", "(Social", "Security)": a word of a bracketed qualifier inside a treaty's title. */
const INNER_QUALIFIER_WORD = /^\(?[A-Z][\p{L}’'-]*\)?$/u;
/** The one bracketed qualifier of a title, between capitalised words and before the title's last word. */
const QUALIFIED = /^[^()]*\S\s\([A-Z][\p{L}’'-]*(?:\s[A-Z][\p{L}’'-]*){0,2}\)\s[^()]+$/u;

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
  // "X Convention, 2007 (No. 188)": nor are a numbered series' year and serial number, though the treaty goes by them too.
  const bare = label.trim().replace(/:\s+[a-z][^:]*$/, "").replace(/\s*\((?:19|20)\d{2}\)$/, "");
  const serial = /\s*\(No\.?\s*(\d{1,3})\)$/.exec(bare);
  const m = /^(.*?)\s*(?:\(([A-Z][A-Za-z]{1,9})\))?$/.exec(serial ? bare.slice(0, serial.index) : bare);
  const dated = m?.[1]?.replace(/^the\s+/i, "") ?? "";
  const year = /,?\s+((?:19|20)\d{2})$/.exec(dated);
  const name = year ? dated.slice(0, year.index) : dated;
  const acronym = m?.[2] ?? null;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 4 || !/^[A-Z]/.test(name) || !words.every((w) => /^[A-Z][\p{L}’'-]*,?$|^[A-Z]{2,}$/u.test(w) || CONNECTOR.test(w) || INNER_QUALIFIER_WORD.test(w))) return null;
  // A bracketed qualifier is a name's only inside it, opened and closed before the head ("Minimum Age (Fishers) Convention").
  if (/[()]/.test(name) && !QUALIFIED.test(name)) return null;
  const kind = headKind(name);
  // A dialogue or process named for a place or a party ("Salé Dialogue on Labour Mobility") is a name of its own;
  // one opened by a generic word ("Regional Dialogue on …") may be a section on any dialogue, unless its acronym follows.
  const own = /^(?:process|dialogue)$/i.test(headWord(name) ?? "") && !GENERIC_OPENING.test(words[0]!);
  if (kind === "CONVENTION") {
    const titles = year ? [`${name}, ${year[1]}`, ...(serial ? [`${name}, ${year[1]} (No. ${serial[1]})`] : [])] : serial ? [`${name} (No. ${serial[1]})`] : [];
    return { kind, name, acronym, ...(titles.length ? { aliases: titles } : {}) };
  }
  if (serial) return null;
  if (kind === "FORUM" && (acronym || own)) return { kind, name, acronym };
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
    // On a copy: the record and its aliases are shared with the catalog and with other documents (DocumentEntities.ts).
    let aliases = e.aliases;
    for (const n of names) if (![e.name, ...aliases].some((f) => f.toLowerCase() === n.toLowerCase())) aliases = [...aliases, n];
    if (aliases !== e.aliases) entities.set(e.id, { ...e, aliases });
    return e.id;
  }
  const id = entityId(found.kind, found.name);
  if (!entities.has(id)) entities.set(id, { id, kind: found.kind, name: found.name, acronym: found.acronym, aliases: found.aliases ?? [], origin: "discovered" });
  return id;
}
