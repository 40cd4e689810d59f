import type { EntityKind } from "../../src/ontology/ontology.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * What the readers of a title written beside its class noun share once a title is found (titleAfterClassNoun.ts,
 * apposedProjectName.ts, classNounTitles.ts): whether a known name stands at the title's edges, and the title's
 * bracketed acronym as a name of it for the rest of the scope.
 */

/**
 * Whether a name already read opens the title or runs on past its end: "the programme Ghana and Togo" is those
 * names, "its partner, IOM," that body; the title is then no new name. A name inside the title is left to the caller.
 */
export function knownNameAtEdge(scan: Pick<PassageScan, "mentions">, start: number, end: number): boolean {
  return scan.mentions.some((m) => m.localStart <= start && m.localEnd > start) || scan.mentions.some((m) => m.localStart < end && m.localEnd > end);
}

/**
 * "… Peer Exchange (SCODIP)": the acronym at `at` names the title for the rest of the scope and is a mention of it,
 * unless something else is read there. Says whether it was taken.
 */
export function titleAcronym(scan: PassageScan, acronym: string, at: number, key: string, kind: EntityKind, confidence: number): boolean {
  if (scan.overlaps(at, at + acronym.length)) return false;
  scan.doc.localAcronyms.set(`${scan.scope}|${acronym}`, { id: key, kind });
  scan.push({ localStart: at, localEnd: at + acronym.length, kind, key, method: "name-pattern", confidence });
  return true;
}
