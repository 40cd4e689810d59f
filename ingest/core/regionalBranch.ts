import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * "ICMC Europe represents ICMC at European level", "ITUC-Africa, the ITUC's regional organisation": an organization's
 * acronym joined to a world region names the organization's branch for that region, a body of its own that is part of
 * it and acts on its own (joins networks, leads projects). A country after the acronym is the organization's office
 * there ("UNICEF Philippines" is UNICEF), and a region followed by "Regional Office" or another capitalised word is
 * the start of a longer name, read elsewhere.
 */
export const REGIONAL_BRANCHES: NameRule = {
  id: "regional-branches",
  what: "A catalog organization's acronym followed by a world region ('ICMC Europe', 'ITUC-Africa') and no further name word is that organization's regional branch, an organization PART_OF it.",
  words: ["Europe", "Africa", "Asia", "Asia-Pacific", "Americas", "Latin America", "Middle East", "Arab States", "Caribbean"],
  positive: [
    { text: "ICMC Europe is a member of PICUM.", name: "ICMC Europe", kind: "ORGANIZATION", parentId: "org:icmc" },
    { text: "The network works under ITUC-Africa, the ITUC's regional organisation.", name: "ITUC-Africa", kind: "ORGANIZATION", parentId: "org:ituc" },
  ],
  negative: [
    { text: "The OHCHR Europe Regional Office organized a seminar.", name: "OHCHR Europe" },
    { text: "UNICEF Philippines ran the project.", name: "UNICEF Philippines" },
    { text: "ICMC works in Europe and Asia.", name: "ICMC Europe" },
  ],
};

const REGION = new RegExp(`^(?: |-)(${REGIONAL_BRANCHES.words.map((w) => w.replace(/[-\s]/g, "[-\\s]")).join("|")})(?![\\w-])(?!\\s+(?:[A-Z]|[Rr]egional\\b|[Oo]ffices?\\b|[Bb]ureau\\b))`);

/** Turns "ICMC" + " Europe" into a mention of the branch (REGIONAL_BRANCHES), with its parent link. */
export function regionalBranches(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  for (const m of scan.mentions) {
    if (m.kind !== "ORGANIZATION" || !catalog.byId.has(m.key)) continue;
    const acronym = text.slice(m.localStart, m.localEnd);
    if (!/^[A-Z]{2,8}$/.test(acronym) || catalog.byId.get(m.key)!.acronym !== acronym) continue;
    const region = REGION.exec(text.slice(m.localEnd, m.localEnd + 20));
    if (!region) continue;
    const end = m.localEnd + region[0].length;
    const span = scan.taken.find(([a, b]) => a === m.localStart && b === m.localEnd);
    if (!span || scan.overlaps(m.localEnd, end)) continue;
    const name = text.slice(m.localStart, end);
    const id = entityId("ORGANIZATION", name);
    if (catalog.byId.has(id)) continue;
    const parentId = m.key;
    scan.discover({ key: id, kind: "ORGANIZATION", name, acronym: null, parentId });
    m.key = id;
    m.localEnd = span[1] = end;
    m.surface = name;
    scan.doc.parents.push({ mention: m, parentId, method: "subunit-prefix", confidence: 0.8 });
  }
}
