import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * JOINT_SIDES: a series named for the two sides it brings together is one series however each side is written: by its
 * continent ("Africa"), its continental union ("AU", "African Union") or in the other order ("EU-Africa Summit").
 * Only a name that is the two sides and a meeting head, nothing more, is folded: "EU-Africa Summit on Coastal Mobility"
 * has a complement of its own and stays its own series; "ECOWAS-EU Summit" has another side.
 */
export const JOINT_SIDES: IdentityRule<Record<string, string[]>> = {
  id: "joint-sides",
  what: "'Africa-EU Summit', 'AU-EU Summit', 'EU-Africa Summit', 'African Union-European Union Summit': a series named only by its two sides and a meeting head is one series when its sides are the same, a continent and its continental union counting as one side; a name with a complement or another side is another series.",
  words: {
    africa: ["Africa", "AU", "African Union"],
    europe: ["EU", "European Union", "Europe"],
  },
  positive: [
    { text: "Harbour news\n\nThe Africa-EU Summit brings leaders together every three years. Ghana praised the AU-EU Summit for its work on fisheries.", same: ["Africa-EU Summit", "AU-EU Summit"] },
    { text: "Harbour news\n\nThe EU-Africa Summit brings leaders together every three years. Ghana praised the Africa-EU Summit for its work on fisheries.", same: ["Africa-EU Summit", "EU-Africa Summit"] },
  ],
  negative: [
    { text: "Harbour news\n\nThe Africa-EU Summit brings leaders together every three years. Ghana praised the EU-Africa Summit on Coastal Mobility for its work on fisheries.", apart: ["Africa-EU Summit", "EU-Africa Summit on Coastal Mobility"] },
    { text: "Harbour news\n\nThe AU-EU Summit brings leaders together every three years. Ghana praised the ECOWAS-EU Summit for its work on fisheries.", apart: ["AU-EU Summit", "ECOWAS-EU Summit"] },
  ],
};

const SIDE_OF = new Map(Object.entries(JOINT_SIDES.words).flatMap(([side, forms]) => forms.map((f) => [f.toLowerCase(), side] as const)));
const SIDE = "[A-Z][\\p{L}]*(?:\\s+[A-Z][\\p{L}]*)?";
const HEAD = "Summit|Conference|Ministerial\\s+Conference|Dialogue|Forum|Meeting|Ministerial\\s+Meeting";
const TWO_SIDES = new RegExp(`^(${SIDE})\\s*[-–—]\\s*(${SIDE})\\s+(${HEAD})$`, "u");

/** "africa|europe|summit" for a name that is only two sides and a head, else null. */
export function jointSidesKey(name: string): string | null {
  const m = TWO_SIDES.exec(name.trim());
  if (!m) return null;
  const side = (s: string) => SIDE_OF.get(s.toLowerCase()) ?? s.toLowerCase();
  const sides = [side(m[1]!), side(m[2]!)];
  if (sides[0] === sides[1]) return null;
  return `${sides.sort().join("|")}|${m[3]!.toLowerCase().replace(/\s+/g, " ")}`;
}

/** Folds the series of one key into the first of them (variants arrive ranked, the most mentioned first). */
export function foldJointSides(all: DiscoveredName[], rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const groups = new Map<string, DiscoveredName[]>();
  for (const d of all) {
    if (d.kind !== "FORUM" || d.isEvent) continue;
    const key = jointSidesKey(d.name);
    if (key) groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) for (const d of group.slice(1)) rename(d, group[0]!);
}
