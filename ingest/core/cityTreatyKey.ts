import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./IdentityRule.js";
import type { ParentLink } from "./PassageScan.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * CITY_TREATY_KEYED, in resolve before names are grouped. A treaty is often called by the city where it was signed
 * before its full title ("the Caracas Convention on Territorial Asylum"), and as often by the title alone ("the
 * Convention on Territorial Asylum (Caracas, 1954)"). The title is the treaty's natural key: a name made of a known city
 * and a treaty's whole title (its head noun and a complement of its own, four words or more) is keyed and named by the
 * title, the city's form kept as its alias. The key comes from the name as written, so a page read alone and read with
 * others gives the treaty the same id; the name as written stays what a cut name ("the Caracas Convention") is compared
 * with (variantFold.ts). A city before a bare head ("the Kampala Convention") or a short title ("the
 * Havana Convention on Asylum", which other cities' treaties share) is the name itself and stays.
 */
export const CITY_TREATY_KEYED: IdentityRule<{ heads: string[]; complements: string[]; minWords: number }> = {
  id: "city-treaty-keyed",
  what: "A treaty named by its city before its whole title ('the Caracas Convention on Territorial Asylum') is the treaty of that title ('the Convention on Territorial Asylum'): one id, named by the title, the city's form an alias. A city before a bare head or a title of three words stays part of the name.",
  words: {
    heads: ["Convention", "Protocol", "Agreement", "Treaty", "Charter", "Covenant"],
    complements: ["on", "for", "of", "relating to", "concerning", "against", "regarding", "between"],
    minWords: 4,
  },
  positive: [
    {
      text: "Reef pact\n\nThe Convention on Coastal Ferry Asylum was adopted in Tinburg in 1954. Ghana ratified the Convention on Coastal Ferry Asylum in 1960.",
      others: ["Asylum treaties\n\nTogo acceded to the Caracas Convention on Coastal Ferry Asylum in 1970."],
      same: ["Convention on Coastal Ferry Asylum", "Caracas Convention on Coastal Ferry Asylum"],
    },
    // Read alone, the city's form keys to the title all the same.
    { text: "Asylum treaties\n\nTogo acceded to the Caracas Convention on Coastal Ferry Asylum in 1970.", present: ["conv:convention-on-coastal-ferry-asylum"], absent: ["conv:caracas-convention-on-coastal-ferry-asylum"] },
    // The page also calls it by its city and head alone: one treaty (CUT_COMPLEMENT folds the cut name into it).
    { text: "Asylum treaties\n\nThe Caracas Charter on Coastal Ferry Asylum was adopted in 1954. Togo signed the Caracas Charter in 1960.", same: ["Charter on Coastal Ferry Asylum", "Caracas Charter"], absent: ["conv:caracas-charter-on-coastal-ferry-asylum"] },
    // A city of two words.
    { text: "Asylum treaties\n\nTogo acceded to the Addis Ababa Convention on Coastal Ferry Workers in 1970.", present: ["conv:convention-on-coastal-ferry-workers"] },
  ],
  negative: [
    // A bare head after the city: the city is the name.
    { text: "Asylum treaties\n\nTogo ratified the Kampala Convention in 2012 and the Caracas Treaty in 1980.", absent: ["conv:convention", "conv:treaty"] },
    // A short title: the city tells it from other cities' treaties of that title.
    {
      text: "Asylum treaties\n\nTogo ratified the Havana Convention on Ferries in 1930.",
      others: ["Ferry treaties\n\nGhana ratified the Montevideo Convention on Ferries in 1934."],
      apart: ["Havana Convention on Ferries", "Montevideo Convention on Ferries"],
    },
    // A word that is no known city.
    { text: "Asylum treaties\n\nTogo ratified the Coastal Convention on Ferry Workers' Rights in 1990.", absent: ["conv:convention-on-ferry-workers-rights"] },
  ],
};

const HEAD = new RegExp(`^(?:${CITY_TREATY_KEYED.words.heads.join("|")})\\s+(?:${CITY_TREATY_KEYED.words.complements.map((c) => c.replace(/ /g, "\\s+")).join("|")})\\s`);

/** The title after a city of one to three words opening the name, or null. */
export function titleAfterCity(name: string, isCity: (words: string) => boolean): { city: string; title: string } | null {
  const words = name.split(/\s+/);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const city = words.slice(0, n).join(" ");
    const title = words.slice(n).join(" ");
    if (!isCity(city)) continue;
    if (HEAD.test(title) && title.split(/\s+/).length >= CITY_TREATY_KEYED.words.minWords) return { city, title };
    return null;
  }
  return null;
}

interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
  parents: ParentLink[];
  headed?: Array<{ label: string; key: string }>;
}

/** Re-keys each document's city-prefixed treaties by their titles (CITY_TREATY_KEYED). */
export function keyCityTreaties(recognised: DocumentNames[], isCity: (words: string) => boolean): void {
  for (const r of recognised) {
    for (const d of [...r.discovered.values()]) {
      if (d.kind !== "CONVENTION" || d.isEvent || d.parentId || d.sameAs || d.titleOf) continue;
      const split = titleAfterCity(d.name, isCity);
      if (!split) continue;
      const key = entityId(d.kind, split.title);
      const same = r.discovered.get(key);
      r.discovered.delete(d.key);
      if (same) same.alias ??= d.name;
      else r.discovered.set(key, { ...d, key, name: split.title, alias: d.name, cityWritten: d.name });
      for (const m of r.mentions) if (m.key === d.key) m.key = key;
      for (const l of r.parents) if (l.parentId === d.key) l.parentId = key;
      for (const h of r.headed ?? []) if (h.key === d.key) h.key = key;
    }
  }
}
