import { entityId } from "../../src/ontology/ids.js";
import { sidesBeforeNoun } from "./branchOrSides.js";
import { BODY_ORGANS } from "./bodyOrganRules.js";
import { BODY_SECRETARIATS } from "./bodySecretariatRules.js";
import type { PassageScan } from "./PassageScan.js";
import { REGIONAL_BRANCHES } from "./regionalBranchRules.js";
import type { Mention } from "./types.js";

/** A part of a body named by the body's name and one head word after it. */
interface PartAfterOwner {
  /** The owner's mentions the head may follow. */
  owner: (m: Mention) => boolean;
  /** The head right after the owner's name, read in the `window` characters after it; group 1 is the part's own name. */
  head: RegExp;
  window: number;
  /** "existing EU-Africa co-operation": a hyphened owner and head before a common noun name two sides (HYPHENED_SIDES). */
  sides: boolean;
}

/** Alternatives longest first, so a regex alternation takes the longest name that is written. */
function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** The heads, in the order they are read: each reading stands before the next one looks at the mentions. */
const PARTS_AFTER_OWNER: PartAfterOwner[] = [
  // "the ASEAN Secretariat", "the IGAD General Secretariat" (BODY_SECRETARIATS): a catalog organization's secretariat,
  // with no capitalised word, bracket or hyphen going on.
  {
    owner: (m) => m.kind === "ORGANIZATION" && m.method === "catalog",
    head: new RegExp(`^ (${BODY_SECRETARIATS.words.join("|")})\\b(?![-–]|\\s+[A-Z(])`),
    window: 30,
    sides: false,
  },
  // "the ECOWAS Commission", "the SADC Parliament" (BODY_ORGANS): a catalog organization's organ, read as its secretariat is.
  {
    owner: (m) => m.kind === "ORGANIZATION" && m.method === "catalog",
    head: new RegExp(`^ (${BODY_ORGANS.words.join("|")})\\b(?![-–]|\\s+[A-Z(])`),
    window: 30,
    sides: false,
  },
  // "ICMC Europe", "ITUC-Africa" (REGIONAL_BRANCHES): an organization's or network's acronym and a world region.
  {
    owner: (m) => (m.kind === "ORGANIZATION" || m.kind === "INITIATIVE") && /^[A-Z]{2,}$/.test(m.surface),
    // Longest region first, and not one followed by "and the <Name>" (a longer name cut short).
    head: new RegExp(`^[ -](${byLength(REGIONAL_BRANCHES.words).join("|")})\\b(?![-–]?\\s*[A-Z]|\\s+and\\s+the\\s+[A-Z])`),
    window: 40,
    sides: true,
  },
];

/**
 * Step 2a of recognition, after the catalog forms: "the ASEAN Secretariat", "ICMC Europe" (PARTS_AFTER_OWNER). The
 * owner's mention becomes the part's, a body of the owner's kind whose parent is the owner written in its name
 * (subunits.ts then states PART_OF from the name). A name the catalog knows is left to the catalog.
 */
export function partsAfterOwner(scan: PassageScan): void {
  const { text } = scan;
  for (const part of PARTS_AFTER_OWNER) {
    for (const m of [...scan.mentions]) {
      if (!part.owner(m)) continue;
      const head = part.head.exec(text.slice(m.localEnd, m.localEnd + part.window));
      if (!head) continue;
      const end = m.localEnd + head[0].length;
      if (scan.taken.some(([a, b]) => a < end && b > m.localEnd)) continue;
      if (part.sides && sidesBeforeNoun(text, m.localStart, end)) continue;
      const local = head[1]!;
      const key = entityId(m.kind, `${m.key.replace(/^[a-z]+:/, "")} ${local}`);
      if (scan.doc.catalog.byId.has(key) || ownerCalledSo(scan, m.key, local)) continue;
      scan.mentions.splice(scan.mentions.indexOf(m), 1);
      scan.discover({ key, kind: m.kind, name: text.slice(m.localStart, end), acronym: null, parentId: m.key, owner: { id: m.key, local } });
      const mention = scan.push({ localStart: m.localStart, localEnd: end, kind: m.kind, key, method: "name-pattern", confidence: 0.8 });
      scan.doc.parents.push({ mention, parentId: m.key, method: "subunit-prefix", confidence: 0.8 });
    }
  }
}

/** "African Union Commission" among the AU's own names: the catalog says the owner with this head is the owner itself. */
function ownerCalledSo(scan: PassageScan, ownerId: string, head: string): boolean {
  const owner = scan.doc.catalog.byId.get(ownerId);
  if (!owner) return false;
  const forms = new Set([owner.name, ...owner.aliases].map((f) => f.toLowerCase()));
  return [owner.name, owner.acronym].some((n) => !!n && forms.has(`${n} ${head}`.toLowerCase()));
}
