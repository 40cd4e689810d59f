import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { analyse } from "./analysis.js";

/**
 * "the Swedish organisation Diakonia", "the public association Evolutio": a class noun of bodies written in lower case
 * with a name right after it, no comma between (CLASS_NOUN_APPOSED_NAME). The name is a run of capitalised words, one
 * to four, closed by a lower-case word or punctuation.
 */
const APPOSED = /\b(?:organi[sz]ation|association|charity|foundation)\s+(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,3})(?=[\s,.;:)]|$)(?!\s+(?:(?:of|for|in|and|de|the)\s+)?\p{Lu})/gu;
/** Titles, determiners and plural nouns of people a capitalised word after the noun may be instead of a name. */
const NOT_A_NAME = /^(?:The|This|That|It|Its|In|On|At|By|For|And|But|President|Director|Chair|Chairman|Chairwoman|Minister|Secretary|Mr|Ms|Mrs|Dr|Head|Members|Partners|Delegates|Participants|Staff|Officials|Board|Council)\b/;

/** Reads the name apposed to a lower-case class noun of bodies as an organization, where no earlier step read it. */
export function classNounApposedNames(scan: PassageScan): void {
  const { text } = scan;
  for (const m of text.matchAll(APPOSED)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (NOT_A_NAME.test(name) || scan.doc.isPlace(name) || scan.overlaps(start, end)) continue;
    // A common noun or a verb read as a capitalised word ("The association Members agreed") is no name.
    if (!analyse(name).tokens.every((t) => t.pos === "PROPN")) continue;
    const key = entityId("ORGANIZATION", name);
    if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind: "ORGANIZATION", name, acronym: null, kindStated: true });
    scan.push({ localStart: start, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.6 });
  }
}
