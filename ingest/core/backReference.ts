import type { PassageScan } from "./PassageScan.js";

/**
 * "the International Steering Committee of X … the Steering Committee": a generic body name that ends a name
 * read earlier in the passage is that body again (BACK_REFERENCE), not a new body of the chapter's agency.
 */
export function backReference(scan: PassageScan, local: string, start: number, end: number): boolean {
  const tail = ` ${local}`.toLowerCase();
  for (let i = scan.mentions.length - 1; i >= 0; i--) {
    const x = scan.mentions[i]!;
    if (x.localEnd > start || x.method !== "name-pattern" && x.method !== "acronym-definition") continue;
    const entry = scan.doc.discovered.get(x.key);
    const names = [entry?.owner?.local, entry?.name, x.surface].filter((n): n is string => !!n);
    if (!names.some((n) => n.toLowerCase().endsWith(tail))) continue;
    scan.push({ localStart: start, localEnd: end, kind: x.kind, key: x.key, method: "name-pattern", confidence: 0.7 });
    return true;
  }
  return false;
}
