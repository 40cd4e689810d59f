import type { PassageScan } from "./PassageScan.js";
import { SELF_REFERENCE, selfReferenceTarget } from "./selfReference.js";

/** Self-references inside an agency's own chapter ("the Organization", "the Fund"): that agency. */
export function chapterSelfReferences(scan: PassageScan): void {
  const { text, passage } = scan;
  const { catalog, discovered } = scan.doc;
  if (!passage.chapterOwnerId) return;
  for (const m of text.matchAll(SELF_REFERENCE)) {
    if (scan.overlaps(m.index!, m.index! + m[0].length)) continue;
    // Another body of that head named in the paragraph takes it, or makes it ambiguous (selfReference.ts).
    const key = selfReferenceTarget(text, m[0], m.index!, passage.chapterOwnerId, scan.mentions, catalog, (id) => discovered.get(id));
    if (!key) continue;
    scan.push({ localStart: m.index!, localEnd: m.index! + m[0].length, kind: "ORGANIZATION", key, method: "chapter-self-reference", confidence: 0.8 });
  }
}
