import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";

/** " Secretariat", " General Secretariat" right after the name, with no capitalised word or hyphen going on. */
const SECRETARIAT_AFTER = /^ (General )?Secretariat\b(?![-–]|\s+[A-Z(])/;

/**
 * Step 2 of recognition, after the catalog forms: "the ASEAN Secretariat" (BODY_SECRETARIATS). The catalog
 * organization's mention becomes its secretariat's, an organization of its own whose parent is the organization
 * written in its name (subunits.ts then states PART_OF from the name).
 */
export function bodySecretariats(scan: PassageScan): void {
  const { text } = scan;
  for (const m of [...scan.mentions]) {
    if (m.kind !== "ORGANIZATION" || m.method !== "catalog") continue;
    const head = SECRETARIAT_AFTER.exec(text.slice(m.localEnd, m.localEnd + 30));
    if (!head) continue;
    const end = m.localEnd + head[0].length;
    if (scan.taken.some(([a, b]) => a < end && b > m.localEnd)) continue;
    const local = head[0].trim();
    const key = entityId("ORGANIZATION", `${m.key.replace(/^[a-z]+:/, "")} ${local}`);
    if (scan.doc.catalog.byId.has(key)) continue;
    scan.mentions.splice(scan.mentions.indexOf(m), 1);
    scan.discover({ key, kind: "ORGANIZATION", name: text.slice(m.localStart, end), acronym: null, parentId: m.key, owner: { id: m.key, local } });
    const mention = scan.push({ localStart: m.localStart, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.8 });
    scan.doc.parents.push({ mention, parentId: m.key, method: "subunit-prefix", confidence: 0.8 });
  }
}
