import type { EntityKind } from "../../src/ontology/ontology.js";
import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { headKind, headWord } from "./headKind.js";
import { isPublicationHead } from "./kindRules.js";
import { TITLE_FIELDS } from "./titleFieldRules.js";
import { initialsMatch } from "./nameTrim.js";
import { NAMING_WORDS } from "./namingClause.js";

const LABEL = new RegExp(`^(?:${TITLE_FIELDS.words.join("|")})\\s*:\\s*`);

/** A bracket of capitals closing the value: "Programme: Seasonal Harvest Worker scheme (SHW)". */
const CLOSING_ACRONYM = /\s*\(([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)\)$/;

/** A naming clause to the end of the line: ", also called DTM Coast", ", formerly the Y". */
const NAMING_TAIL = new RegExp(String.raw`,\s*${NAMING_WORDS}[A-Z][^,;()]*$`);

/** The title a field line gives ("Title: X"), with where it starts in the passage; null for any other passage. */
function titleField(text: string): { name: string; start: number; kind: EntityKind; acronym: string | null } | null {
  const label = LABEL.exec(text);
  if (!label) return null;
  // ", also called Y" closing the value is a second name of it (nameFields.ts), no word of the title.
  let name = text.slice(label[0].length).replace(NAMING_TAIL, "").replace(/[\s.;,]+$/, "");
  // The closing bracket is the title's short form when the title's initials spell it, never a word of the title.
  const closing = CLOSING_ACRONYM.exec(name);
  const acronym = closing && initialsMatch(name.slice(0, closing.index), closing[1]!) ? closing[1]! : null;
  if (closing && acronym) name = name.slice(0, closing.index);
  const words = name.split(/\s+/);
  if (!/^[A-Z]/.test(name) || words.length < 2 || words.length > 16 || /[.;:!?]\s|\n/.test(name)) return null;
  // A sentence has lower-case words mostly; a title capitalises its words but the small ones.
  const lower = words.filter((w) => /^[a-z]/.test(w) && !/^(?:of|for|and|on|in|the|to|from|at|with|against|a|an|by|&)$/.test(w));
  if (lower.length > 1) return null;
  const head = headWord(name.replace(/\s+(?:19|20)\d{2}(?:[-–]\d{2,4})?$/, ""));
  if (head && isPublicationHead(head)) return null;
  if (/^(?:19|20)\d{2}\b/.test(name)) return null;
  return { name, start: label[0].length, kind: headKind(name) ?? "INITIATIVE", acronym };
}

/**
 * Step 3f of recognition: the title a field line gives becomes an initiative of the document. A known name that is
 * the whole value is that name; one inside it is a word of the title, and a country stays a mention of its own.
 */
export function titleFieldName(scan: PassageScan): void {
  const field = titleField(scan.text);
  if (!field) return;
  const end = field.start + field.name.length;
  const inside = scan.mentions.filter((m) => m.localStart < end && m.localEnd > field.start);
  if (inside.some((m) => m.localStart <= field.start && m.localEnd >= end)) return;
  const key = entityId(field.kind, field.name);
  for (const m of inside) if (m.kind !== "COUNTRY") scan.mentions.splice(scan.mentions.indexOf(m), 1);
  if (scan.doc.catalog.byId.has(key)) return;
  scan.discover({ key, kind: field.kind, name: field.name, acronym: field.acronym });
  scan.push({ localStart: field.start, localEnd: end, kind: field.kind, key, method: "name-pattern", confidence: 0.75 });
}
