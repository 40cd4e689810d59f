import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * A unit renamed between a report and its citation: "UNICEF’s Division of Policy and Strategy carried out a study
 * entitled “Children Left Behind: A Perspective”" and, in a footnote, "UNICEF – Division of Policy and Practice,
 * Children Left Behind: A Perspective, working paper". Two sub-units of one parent with one head noun, one of them
 * credited in its sentence with a quoted title that the other's citation gives right after its name, are one unit.
 * A sentence that writes the unit's head word twice (a second unit) credits no one alone, and the title must be five words or more.
 */
export const SAME_WORK_UNIT: IdentityRule = {
  id: "same-work-unit",
  what: "Two sub-units of one parent with the same head noun are one unit when one is credited with a quoted title (its sentence naming no other unit of the parent) that a citation gives right after the other's name.",
  words: [],
  positive: [
    {
      text: "UNICEF’s Division of Harbour Policy carried out a study in 2010 entitled “Fishers Left Ashore: Coastal Families and Migration Today,” drawing on field work.\n\n4 UNICEF – Division of Harbour Practice, Fishers Left Ashore: Coastal Families and Migration Today, working paper (New York, 2010).",
      same: ["UNICEF Division of Harbour Policy", "UNICEF Division of Harbour Practice"],
    },
  ],
  negative: [
    {
      text: "The Division of Harbour Data of UNICEF and UNICEF’s Division of Harbour Policy carried out a study in 2010 entitled “Fishers Left Ashore: Coastal Families and Migration Today,” drawing on field work.\n\n4 UNICEF – Division of Harbour Practice, Fishers Left Ashore: Coastal Families and Migration Today, working paper (New York, 2010).",
      apart: ["UNICEF Division of Harbour Policy", "UNICEF Division of Harbour Practice"],
    },
    {
      text: "UNICEF’s Division of Harbour Policy carried out a study in 2010 entitled “Fishers Left Ashore: Coastal Families and Migration Today,” drawing on field work.\n\n4 UNICEF – Division of Harbour Practice, Boats and borders: fishers in the coastal region, working paper (New York, 2010).",
      apart: ["UNICEF Division of Harbour Policy", "UNICEF Division of Harbour Practice"],
    },
  ],
};

const QUOTED = /[“"]([^”"]{20,200}?)[,.]?[”"]/g;
const head = (d: DiscoveredName) => /^(?:\S+\s+)?([A-Z]\w+)\s+(?:of|for|on)\b/.exec(d.owner?.local ?? "")?.[1] ?? null;
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** Sets `sameAs` on a sub-unit whose citation gives the title another unit of its parent is credited with. */
export function sameWorkUnits(texts: Map<string, string>, sentenceOf: (m: Mention) => string, mentions: Mention[], discovered: Map<string, DiscoveredName>): void {
  const units = [...discovered.values()].filter((d) => d.parentId && d.kind === "ORGANIZATION" && head(d));
  if (units.length < 2) return;
  const byKey = new Map(units.map((u) => [u.key, u]));
  const credited = new Map<string, string>(); // title → unit key
  const cited: Array<{ key: string; after: string }> = [];
  for (const m of mentions) {
    const unit = byKey.get(m.key);
    if (!unit) continue;
    const sentence = sentenceOf(m);
    // The head word written once: no second unit ("… and the Division of X") shares the credit.
    const once = sentence.split(new RegExp(`\\b${head(unit)}\\b`)).length === 2;
    if (once) for (const q of sentence.matchAll(QUOTED)) if (q[1]!.split(/\s+/).length >= 5) credited.set(norm(q[1]!), m.key);
    cited.push({ key: m.key, after: norm((texts.get(m.passageId) ?? "").slice(m.localEnd, m.localEnd + 220)) });
  }
  for (const [title, key] of credited) {
    const a = byKey.get(key)!;
    for (const c of cited) {
      const b = byKey.get(c.key)!;
      if (b === a || b.parentId !== a.parentId || head(b) !== head(a) || b.sameAs || a.sameAs === b.key) continue;
      if (c.after.startsWith(title)) b.sameAs = a.key;
    }
  }
}
