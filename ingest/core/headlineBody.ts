import type { EntityRecord } from "./types.js";

/**
 * The organisation a treaty page's headline names ("SADC PROTOCOL ON ...", "ASEAN Convention against ..."): its
 * "Member State" column lists that body's members. Written as the page writes it (an acronym or the full name in its
 * own capitals), so that a common phrase in a breadcrumb ("Free movement of persons") names no body; a headline naming
 * two bodies names neither owner.
 */
export function headlineBody(headlines: readonly string[], entities: Iterable<EntityRecord>): string | null {
  const found = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "ORGANIZATION") continue;
    const forms = [e.name, ...(e.acronym ? [e.acronym] : [])].map(asWord);
    if (headlines.some((h) => forms.some((f) => f.test(h)))) found.add(e.id);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function asWord(s: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}\\p{N}])`, "u");
}
