import { headKind, isSubunitHead } from "./headKind.js";
import { isGeneric } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * Strict initials only: every capitalised word gives its first letter ("UN" words all theirs), no longer prefixes, and
 * they spell at least half the acronym: two letters of a seven-letter acronym of another language fit any tail by chance.
 */
function strictInitials(name: string, acronym: string): boolean {
  const initials = name.split(/[\s\-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : w[0])).join("");
  const letters = acronym.replace(/[^A-Z]/g, "");
  if (!letters || initials[0] !== letters[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k >= Math.min(letters.length, Math.max(2, Math.ceil(letters.length / 2)));
}

/**
 * LOOSE_TAIL_FIT: the cut name fits the acronym only through a prefix of its first word, and what was cut is one
 * capitalised word, right after "the", that names nothing itself (no catalog name, state or demonym). The whole
 * phrase is then the name, its acronym of another language ("the State Secretariat for Migration (SEM)"); an owner
 * or a state before the name ("the UNHCR Regional Bureau for Europe (RBE)", "the Kenya Network of X (NETX)") is not.
 */
export function isLooseTailFit(scan: PassageScan, text: string, fullAt: number, skipped: string, name: string, full: string, acronym: string): boolean {
  if (strictInitials(name, acronym) || !/^[A-Z][a-z]+$/.test(skipped)) return false;
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, fullAt - 5), fullAt))) return false;
  const { catalog, matcher } = scan.doc;
  if (catalog.demonyms.has(skipped) || matcher.findAll(skipped).length > 0) return false;
  return full.endsWith(` ${name}`) && !!headKind(full) && !isSubunitHead(full) && !isGeneric(full);
}
