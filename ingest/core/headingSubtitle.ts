import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./IdentityRule.js";
import type { PassageScan } from "./PassageScan.js";
import { isWorldRegion, REGION_SCOPE } from "./regionScope.js";
import type { Mention } from "./types.js";

/**
 * HEADING_SUBTITLE (read by nameFields.ts): a heading line "X Program: Mesoamerica–The Caribbean" names a regional
 * programme whose name runs past the colon; cut at the colon, the page would hold the bare head as a name of its own.
 */
export const HEADING_SUBTITLE: IdentityRule = {
  id: "heading-subtitle",
  what: "A line alone that is a programme's or body's name, a colon and a subtitle that names only places ('Regional Fisheries Program: Mesoamerica–The Caribbean', 'Coastal Skills Facility: West Africa and the Sahel', 'Harbour Safety Project: Ghana, Togo') is one name, colon and places included; the name before the colon folds into it, and so does any second name the field lines below give it. A subtitle of other words ('Members', 'Key documents'), a sentence or a question ('Time for a rethink?') is no part of the name, and a catalog name keeps its own.",
  words: ["Region", "Mesoamerica"],
  positive: [
    { text: "Fact sheet | Central America\n\nRegional Fisheries Program: Mesoamerica–The Caribbean\n\nAlso known as: the Mesoamerica Fisheries Program\nImplemented by: IOM\nRunning since: 2010\n\nThe Regional Fisheries Program trains fishers in eight countries.", same: ["Regional Fisheries Program: Mesoamerica–The Caribbean", "Mesoamerica Fisheries Program"] },
    { text: "Fact sheet | Central America\n\nRegional Fisheries Program: Mesoamerica–The Caribbean\n\nAlso known as: the Mesoamerica Fisheries Program\nImplemented by: IOM\nRunning since: 2010\n\nThe Regional Fisheries Program trains fishers in eight countries.", same: ["Regional Fisheries Program: Mesoamerica–The Caribbean", "Regional Fisheries Program"] },
    { text: "Projects\n\nCoastal Skills Facility: West Africa and the Sahel\n\nDonor: Norway\nStarted: 2019\n\nThe facility trains welders.", present: ["ini:coastal-skills-facility-west-africa-and-the-sahel"] },
  ],
  negative: [
    { text: "Projects\n\nCoastal Skills Facility: Key Documents\n\nDonor: Norway\nStarted: 2019\n\nThe facility trains welders.", absent: ["ini:coastal-skills-facility-key-documents"] },
    { text: "Notes\n\nThe Coastal Skills Facility: Time for a rethink?\n\nThe facility trains welders.", absent: ["ini:coastal-skills-facility-time-for-a-rethink"] },
  ],
};

const REGIONS = new Set([...REGION_SCOPE.words, ...HEADING_SUBTITLE.words]);
/** Parts of a list of places: "A–B", "A, B", "A and B", "A/B". */
const PLACE_SEPARATOR = /\s*[–—-]\s*|\s*,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*/;

/** A world region, maybe after compass words and "the": "The Caribbean", "West Africa", "the Sahel". */
function isRegion(words: string): boolean {
  return isWorldRegion(words.replace(/^the\s+/i, "").split(/\s+/), REGIONS);
}

/**
 * The heading's name with its subtitle of places, read over the line from the name `m` at its start; the bare name
 * folds into it. Undefined where the line goes on with anything else.
 */
export function placeSubtitle(scan: PassageScan, m: Mention): Mention | undefined {
  const { catalog, discovered, isPlace } = scan.doc;
  const sub = /^:\s+(\S.*?)\s*$/.exec(scan.text.slice(m.localEnd));
  if (!sub || m.localStart !== 0 || catalog.byId.has(m.key) || (m.kind !== "INITIATIVE" && m.kind !== "ORGANIZATION" && m.kind !== "FORUM")) return undefined;
  if (!sub[1]!.split(PLACE_SEPARATOR).every((p) => isRegion(p) || isPlace(p.replace(/^the\s+/i, "")))) return undefined;
  const name = scan.text.trim();
  const key = entityId(m.kind, name);
  const bare = discovered.get(m.key);
  if (!bare || bare.isEvent || catalog.byId.has(key)) return undefined;
  scan.discover({ key, kind: m.kind, name, acronym: null });
  bare.sameAs = key;
  scan.mentions.splice(scan.mentions.indexOf(m), 1);
  for (const inner of scan.mentions.filter((o) => o.localStart >= m.localEnd && o.kind !== "COUNTRY")) scan.mentions.splice(scan.mentions.indexOf(inner), 1);
  return scan.push({ localStart: 0, localEnd: name.length, kind: m.kind, key, method: "name-pattern", confidence: 0.75 });
}
