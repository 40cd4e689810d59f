import { REGION_MODIFIERS, REGION_SCOPE } from "./regionScope.js";

// World regions a list groups its rows by ("Europe: Austria, Hungary", "West Africa: Ghana, Mali", "Asian members: …").
const REGION_NOUNS = new Set([...REGION_SCOPE.words.filter((w) => w !== "Region"), "Middle", "East", "Gulf", "Levant", "Horn", "Lakes", "Routes", "Oceania"].map((w) => w.toLowerCase()));
const REGION_ADJECTIVES = new Set("african asian european american caribbean pacific arab mediterranean nordic baltic andean".split(" "));
const REGION_GLUE = new Set(["the", "and", "of", "great", "silk", "non-eu", "eu", ...REGION_MODIFIERS.map((w) => w.toLowerCase())]);
const GROUP_NOUNS = /\s+(?:member\s+)?(?:states?|countries|members|partners|governments|side|sub-?regions?|regions?)$/i;

/**
 * A label that names a world region and nothing else, with or without a group noun ("Europe", "Latin America and the
 * Caribbean", "African Member States", "Asia-Pacific countries"): the rows after it are one group of the list above,
 * not another field. "Venue", "Contact" or "Western Union" name no region.
 */
export function isRegionLabel(label: string): boolean {
  const words = label.trim().replace(GROUP_NOUNS, "").split(/[\s-]+/).map((w) => w.toLowerCase()).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const region = words.filter((w) => REGION_NOUNS.has(w) || REGION_ADJECTIVES.has(w));
  return region.length > 0 && words.every((w) => REGION_NOUNS.has(w) || REGION_ADJECTIVES.has(w) || REGION_GLUE.has(w)) && (REGION_NOUNS.has(words[words.length - 1]!) || GROUP_NOUNS.test(label.trim()));
}
