import type { EntityKind } from "../../src/ontology/ontology.js";
import { catalogHasForm } from "./catalogMentions.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * An acronym bound by a step that runs after the catalog step (a title typed by its class noun, "SAFEROUTE (Safe
 * Routes …) is a project") also names its later uses in the same passage: "IOM implements SAFEROUTE in Kazakhstan".
 * The catalog step reads the passage's locally defined acronyms before such a step has bound this one, so those
 * uses would otherwise be no mention until the next passage. Only whole tokens after the definition, spelt exactly
 * (case-sensitive), not already a mention and not a catalog form, are read.
 */
export function laterAcronymUses(scan: PassageScan, acronym: string, from: number, target: { id: string; kind: EntityKind }): number {
  if (catalogHasForm(scan.doc.catalog, acronym)) return 0;
  let added = 0;
  for (const token of scan.tokens) {
    if (token.start < from || token.text !== acronym || scan.overlaps(token.start, token.end)) continue;
    scan.push({ localStart: token.start, localEnd: token.end, kind: target.kind, key: target.id, method: "acronym-definition", confidence: 0.85 });
    added++;
  }
  return added;
}
