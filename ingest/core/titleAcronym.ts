import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";

/**
 * A page or section titled "South American Conference on Migration (CSM)" writes the acronym for the body
 * its title names, also where the acronym is not the name's initials (a Spanish or French name's, "CSM", "MIRPS").
 * The acronym's uses in the text are mentions of that body.
 */
const TITLE_ACRONYM = /^(.*\S)\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z-]{0,8})\)\s*$/;

export function titleAcronym(label: string | null | undefined): { name: string; acronym: string } | null {
  const m = label ? TITLE_ACRONYM.exec(label.trim()) : null;
  return m ? { name: m[1]!, acronym: m[2]! } : null;
}

/** The acronym's uses in a sentence that no mention covers yet, as mentions of `entity`. */
export function acronymUses(text: string, acronym: string, entity: { id: string; kind: EntityKind }, taken: M[]): M[] {
  const out: M[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w-])${acronym}(?![\\w-])`, "g"))) {
    const start = m.index!;
    const end = start + acronym.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ id: entity.id, kind: entity.kind, isEvent: false, start, end, via: "coref" });
  }
  return out;
}
