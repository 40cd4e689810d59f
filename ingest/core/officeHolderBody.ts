import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";

const OFFICE_HOLDER = /(?:Secretary|Director)[-\s]General$|High Commissioner$/;

/**
 * "the Secretary General’s Policy Committee": a body named with an office holder's possessive is that holder's
 * (OFFICE_HOLDER_BODY), named with the holder, never the chapter agency's. True when the name was taken so.
 */
export function officeHolderBody(scan: PassageScan, owner: string, phraseStart: number, local: string, end: number): boolean {
  const holder = OFFICE_HOLDER.exec(owner);
  if (!holder) return false;
  const holderStart = phraseStart + owner.length - holder[0].length;
  const display = `${holder[0].replace(/\s+/g, "-")}’s ${local}`;
  const id = entityId("ORGANIZATION", display);
  if (scan.doc.catalog.byId.has(id)) return true;
  scan.discover({ key: id, kind: "ORGANIZATION", name: display, acronym: null });
  scan.push({ localStart: holderStart, localEnd: end, kind: "ORGANIZATION", key: id, method: "name-pattern", confidence: 0.7 });
  return true;
}
