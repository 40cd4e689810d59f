import type { Hit } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * "The Federal Department of Foreign Affairs (FDFA) … the FDFA's Human Security Division": an acronym the page defined
 * is its body when it owns a part, whether recognition read it as a mention already or not yet (an acronym defined in
 * this passage); in the second case the acronym becomes a mention of the body here (POSSESSIVE_ACRONYM_OWNER).
 */
export function acronymPossessor(scan: PassageScan, possessor: string, phraseStart: number): Hit | undefined {
  const word = /(?:^|\s)([A-Z][A-Za-z]*[A-Z][A-Za-z]*)$/.exec(possessor);
  if (!word) return undefined;
  const end = phraseStart + possessor.length;
  const start = end - word[1]!.length;
  const read = scan.mentions.find((m) => m.localStart === start && m.localEnd === end && m.method === "acronym-definition");
  if (read) return read.kind === "ORGANIZATION" ? { start, end, id: read.key, kind: read.kind } : undefined;
  const local = scan.doc.localAcronyms.get(`${scan.scope}|${word[1]}`);
  if (!local || local.kind !== "ORGANIZATION" || scan.overlaps(start, end)) return undefined;
  scan.push({ localStart: start, localEnd: end, kind: local.kind, key: local.id, method: "acronym-definition", confidence: 0.85 });
  return { start, end, id: local.id, kind: local.kind };
}
