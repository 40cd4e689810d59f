import { TRANSLATED_ACRONYM } from "./acronymShapeRules.js";
import { isCapitalsAcronym } from "./capitalsAcronym.js";
import { headKind, isSubunitHead } from "./headKind.js";
import { initialsMatch, isGeneric } from "./nameTrim.js";

/**
 * TRANSLATED_ACRONYM: a whole name headed by a kind noun, of three words or more, whose letters the acronym (no catalog one) does not
 * follow and whose first initial is not the acronym's first letter.
 */
export function isTranslatedAcronym(name: string, acronym: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < TRANSLATED_ACRONYM.words.minWords || !/^[A-Z]/.test(name) || isGeneric(name)) return false;
  // "Regional Office for X (ACR)": a generic office of some agency is read with its parent by the later steps.
  if (isGeneric(name.split(/\s(?:of|for|on|to|from|against|at|in)\s/)[0]!)) return false;
  // Letters (and digits) in capitals, as acronyms are written: "(Germany)" after a name is a place.
  if (!isCapitalsAcronym(acronym)) return false;
  const kind = headKind(name);
  // A unit ("Labour Migration Branch (MIGRANT)") is read with its parent by the later steps, not defined here.
  return !!kind && kind !== "COUNTRY" && !isSubunitHead(name) && name[0] !== acronym[0] && !initialsMatch(name, acronym);
}
