import type { EntityKind } from "../../src/ontology/ontology.js";
import { foreignHeadKind } from "./foreignHeads.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * What sits between a name and its translation: a dash, a bracket (perhaps opening on the name's acronym, "(CSP; in
 * Spanish, …"), or a comma, and perhaps "the" or "in Spanish".
 */
const BESIDE = /^\s*(?:\(\s*[A-Z][A-Z0-9]{1,7}\s*[;,]|[-–—(,]|,?\s+(?:or|also\s+known\s+as))\s*(?:(?:in\s+)?(?:Spanish|French|Portuguese)[,:]?\s+)?(?:the\s+|la\s+|le\s+|el\s+|l['’])?$/;

/**
 * The mention a head-first foreign name translates, when it is set right beside a name of the same kind
 * ("the South American Conference on X - the Conferencia … -"), else undefined (FOREIGN_HEADS).
 */
export function translatedMention(scan: PassageScan, words: string[], start: number, kind: EntityKind) {
  if (!foreignHeadKind(words)) return undefined;
  const beside = scan.mentions.find((x) => x.kind === kind && x.localEnd < start && x.localEnd >= start - 40 && BESIDE.test(scan.text.slice(x.localEnd, start)));
  // "Caritas Austria, Caritas International Belgium": a name opening on a foreign head of its own is the next item
  // of a list, a sibling; a translation renders a name written in another language, so it never opens the same way.
  return beside && foreignHeadKind(scan.text.slice(beside.localStart, beside.localEnd).replace(/^(?:the|The)\s+/, "").split(/\s+/)) ? undefined : beside;
}
