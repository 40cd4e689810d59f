import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { REGIONAL_BRANCHES } from "./regionalBranchRules.js";
import { sidesBeforeNoun } from "./branchOrSides.js";

const REGION_AFTER = new RegExp(`^[ -](${REGIONAL_BRANCHES.words.join("|")})\\b(?![-–]?\\s*[A-Z])`);

/**
 * Step 2a of recognition: "ICMC Europe", "ITUC-Africa" (REGIONAL_BRANCHES). The organization's (or network's) mention
 * becomes the branch's, a part of the body whose name is written with it, of the body's kind.
 */
export function regionalBranches(scan: PassageScan): void {
  const { text } = scan;
  for (const m of [...scan.mentions]) {
    if ((m.kind !== "ORGANIZATION" && m.kind !== "INITIATIVE") || !/^[A-Z]{2,}$/.test(m.surface)) continue;
    const region = REGION_AFTER.exec(text.slice(m.localEnd, m.localEnd + 20));
    if (!region) continue;
    const end = m.localEnd + region[0].length;
    if (scan.taken.some(([a, b]) => a < end && b > m.localEnd)) continue;
    // "existing EU-Africa co-operation": two sides of a relation before its noun, no branch (HYPHENED_SIDES).
    if (sidesBeforeNoun(text, m.localStart, end)) continue;
    const name = text.slice(m.localStart, end);
    const key = entityId(m.kind, `${m.key.replace(/^[a-z]+:/, "")} ${region[1]}`);
    if (scan.doc.catalog.byId.has(key)) continue;
    scan.mentions.splice(scan.mentions.indexOf(m), 1);
    scan.discover({ key, kind: m.kind, name, acronym: null, parentId: m.key, owner: { id: m.key, local: region[1]! } });
    const mention = scan.push({ localStart: m.localStart, localEnd: end, kind: m.kind, key, method: "name-pattern", confidence: 0.8 });
    scan.doc.parents.push({ mention, parentId: m.key, method: "subunit-prefix", confidence: 0.8 });
  }
}
