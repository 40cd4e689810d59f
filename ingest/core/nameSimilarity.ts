import { foldWords } from "./fold.js";
import { NAME_CONNECTORS } from "./nameRules.js";

/** How alike two names are, for identity decisions (resolve.ts) and acronym definitions (acronymDefinitions.ts). */

const CONNECTORS = new Set(NAME_CONNECTORS.words);

/** Words that do not tell two names apart: "UN Convention on X" and "International Convention on X" are one, and "All Forms of" adds nothing. */
const MODIFIERS = new Set(["un", "united", "nations", "international", "all", "forms", "their", "its"]);

/** Word stems of a name (first five letters of each content word), for "Financial"/"Financing" alike. */
export function stems(name: string): Set<string> {
  return new Set(foldWords(name).filter((w) => !CONNECTORS.has(w) && !MODIFIERS.has(w) && w !== ",").map((w) => w.slice(0, 5)));
}

/** A discovered name this close to a catalog name of the same kind is that entity ("Patent Cooperatio Treaty"). */
export const SAME_NAME_SIMILARITY = 0.85;

/** Jaccard overlap of two names' stems: "International Meteorological Organization" vs "… Maritime …" is 0.5. */
export function nameSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const sa = typeof a === "string" ? stems(a) : a;
  const sb = typeof b === "string" ? stems(b) : b;
  let both = 0;
  for (const s of sa) if (sb.has(s)) both++;
  return both / (sa.size + sb.size - both || 1);
}

/** Two names defining the same acronym are one entity only when the names themselves agree this much. */
export const SAME_ACRONYM_SIMILARITY = 0.6;
