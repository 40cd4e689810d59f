import { entityId } from "../../src/ontology/ids.js";
import { headKind } from "./headKind.js";
import type { PassageScan } from "./PassageScan.js";
import type { Mention } from "./types.js";

/** A body a forum or initiative has only one of: its executive, steering or governing committee or board. */
const GOVERNING_BODY = /^(?:Executive|Steering|Governing|Management|Advisory|Coordinating|Standing)\s+(?:Committee|Board|Council)$/;

/**
 * "the Executive Committee of the United Nations Network on Migration": the one governing body of a named
 * forum or initiative is a body of its own, named whole, and the forum stays a mention of its own
 * (GOVERNING_BODIES). Offices and groups a body may have many of ("the Secretariat of X", "a Working Group of X")
 * are not: the mention stays the forum's. Returns whether the name was taken.
 */
export function governingBody(scan: PassageScan, head: string, start: number, owner: Mention | undefined): boolean {
  if (!owner || (owner.kind !== "FORUM" && owner.kind !== "INITIATIVE")) return false;
  if (!GOVERNING_BODY.test(head)) return false;
  const kind = headKind(head) ?? "ORGANIZATION";
  const name = scan.text.slice(start, owner.localEnd);
  const id = entityId(kind, name);
  if (scan.doc.catalog.byId.has(id)) return false;
  scan.discover({ key: id, kind, name, acronym: null, owner: { id: owner.key, local: head } });
  scan.push({ localStart: start, localEnd: owner.localEnd, kind, key: id, method: "name-pattern", confidence: 0.7 });
  return true;
}
