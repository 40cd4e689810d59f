import { catalogHasForm } from "./catalogMentions.js";
import { UNDEFINED_INITIALS } from "./acronymShapeRules.js";
import type { PassageScan } from "./PassageScan.js";

/** UNDEFINED_INITIALS (acronymShapeRules.ts): an acronym never defined, spelled by the initials of one programme, forum or treaty name of the document. */

const OPTIONAL = new Set(UNDEFINED_INITIALS.words.optional);
const TOKEN = /\b[A-Z]{3,8}\b/g;
const CLASS_NOUN_AFTER = new RegExp(`^\\s+(?:${UNDEFINED_INITIALS.words.classNouns.join("|")})\\b`);

/** Whether the letters are the initials of the name's words in order, connectors and the closing word optional. */
export function spellsInitials(name: string, letters: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const go = (i: number, k: number): boolean => {
    if (i === words.length) return k === letters.length;
    const w = words[i]!;
    const optional = OPTIONAL.has(w) || (i === words.length - 1 && i > 1);
    if (/^[a-z]/.test(w) && !OPTIONAL.has(w)) return go(i + 1, k); // "the" is never spelled
    if (k < letters.length && w[0]!.toUpperCase() === letters[k] && go(i + 1, k + 1)) return true;
    return optional && go(i + 1, k);
  };
  return words.length >= 3 && go(0, 0);
}

export function initialsAcronyms(scan: PassageScan): void {
  const { text, scope } = scan;
  const { catalog, discovered, localAcronyms } = scan.doc;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const start = m.index!;
    if (scan.overlaps(start, start + token.length) || localAcronyms.has(`${scope}|${token}`) || catalogHasForm(catalog, token)) continue;
    // Only where a class noun says what it names ("the MICIC initiative"): a bare capitalised token may be anything.
    if (!CLASS_NOUN_AFTER.test(text.slice(start + token.length, start + token.length + 20))) continue;
    // An acronym another part of the document defines names that, not a look-alike spelled here.
    if ([...discovered.values()].some((d) => d.acronym === token) || [...localAcronyms.keys()].some((k) => k.endsWith(`|${token}`) || k === token)) continue;
    const names = [...discovered.values()].filter((d) => !d.acronym && !d.isEvent && !d.parentId && d.kind !== "ORGANIZATION" && spellsInitials(d.name, token));
    if (new Set(names.map((d) => d.key)).size !== 1) continue;
    const d = names[0]!;
    d.acronym = token;
    localAcronyms.set(`${scope}|${token}`, { id: d.key, kind: d.kind });
    scan.push({ localStart: start, localEnd: start + token.length, kind: d.kind, key: d.key, method: "acronym-definition", confidence: 0.75 });
  }
}
