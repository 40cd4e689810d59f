import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { knownAsNames } from "./knownAs.js";

/** Titled programmes tied to their short name: "Support to Free Movement …, known as FMM West Africa" (knownAs.ts). */
export function knownAsMentions(scan: PassageScan): void {
  for (const k of knownAsNames(scan.text)) {
    if (scan.overlaps(k.start, k.start + k.name.length) || scan.overlaps(k.shortStart, k.shortStart + k.short.length)) continue;
    const id = entityId(k.kind, k.name);
    scan.discover({ key: id, kind: k.kind, name: k.name, acronym: null, alias: k.short });
    scan.push({ localStart: k.start, localEnd: k.start + k.name.length, kind: k.kind, key: id, method: "name-pattern", confidence: 0.75 });
    scan.push({ localStart: k.shortStart, localEnd: k.shortStart + k.short.length, kind: k.kind, key: id, method: "name-pattern", confidence: 0.75 });
  }
}
