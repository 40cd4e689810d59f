import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./IdentityRule.js";
import { isGeneric } from "./nameTrim.js";
import type { ParentLink } from "./PassageScan.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * DATED_PLACE_TITLE, in resolve before names are grouped. A programme's or declaration's title made of a city and generic
 * words ("the Cairo Declaration", "the Rabat Plan of Action") is no one text: a city hosts many meetings, and each may adopt its own
 * "Cairo Declaration". Where the mention itself writes its year ("the 1992 Cairo Declaration", "the Cairo Declaration of
 * 1992", "the Cairo Declaration (1992)") the title is keyed by that year; its undated mentions on the same page are that
 * one where the page dates it by one year only. A page that never dates it keeps the bare title. The key comes from the
 * page alone: reading another page that dates a namesake never moves this page's title (as it did when a 2000 "Cairo
 * Declaration" took the id of a 1992 one read in the same run). Years in the sentence around the name are not read: they
 * may date an endorsement or a review, not the text.
 */
export const DATED_PLACE_TITLE: IdentityRule = {
  id: "dated-place-title",
  what: "A city's generic declaration or plan (not a treaty) written with its year in the mention ('the 1992 Lima Declaration', 'the Lima Declaration of 1992') is keyed by that year, with the page's undated mentions of it where the page gives one year; a page that never dates it keeps the bare title, so a namesake dated on another page never takes its id.",
  words: [],
  positive: [
    { text: "Reef notes\n\nIn Lima the ministers adopted the 1992 Lima Declaration. Peru still backs the Lima Declaration.", present: ["ini:lima-declaration-1992"], absent: ["ini:lima-declaration"] },
    { text: "Reef notes\n\nPeru still backs the Lima Declaration of 1992 on boat crews.", present: ["ini:lima-declaration-1992"] },
    // A page that never dates it keeps the bare title, read alone or with a page that dates a namesake.
    {
      text: "Summit notes\n\nThe first summit met in Lima in April 2000. The leaders adopted the Lima Declaration and an action plan.",
      others: ["Reef notes\n\nIn Lima the ministers adopted the 1992 Lima Declaration. Peru still backs the Lima Declaration."],
      present: ["ini:lima-declaration", "ini:lima-declaration-1992"],
    },
    // Two years on one page: each dated mention is its own text.
    { text: "Reef notes\n\nThe 1992 Lima Declaration was followed by the 2004 Lima Declaration.", present: ["ini:lima-declaration-1992", "ini:lima-declaration-2004"] },
  ],
  negative: [
    // A year in the sentence, not in the mention, dates something else (an adoption, an endorsement).
    { text: "Reef notes\n\nIn 1992 the ministers adopted the Lima Declaration in Peru.", present: ["ini:lima-declaration"], absent: ["ini:lima-declaration-1992"] },
    // A title with words of its own is one text whatever year a page writes.
    { text: "Reef notes\n\nPeru backs the 1992 Lima Declaration on Boat Crews.", absent: ["ini:lima-declaration-on-boat-crews-1992"] },
    // A place's treaty is one text: its year is no key ("The Lima Protocol (1965)" and "the Lima Protocol" are one).
    { text: "Reef notes\n\nThe Lima Protocol (1965) bound the coastal states. Peru ratified the Lima Protocol in 1966.", absent: ["conv:lima-protocol-1965"] },
    // A word that is no city.
    { text: "Reef notes\n\nPeru backs the 1992 Harbour Declaration.", absent: ["ini:harbour-declaration-1992"] },
  ],
};

const YEAR_BEFORE = /\b[Tt]he\s+((?:19|20)\d{2})\s+$/;
const YEAR_AFTER = /^(?:\s+of\s+((?:19|20)\d{2})\b|\s*\(((?:19|20)\d{2})\))/;

/** Whether the name is a known city of one to three words and generic words after it. */
export function isPlaceTitle(name: string, isCity: (words: string) => boolean): boolean {
  const words = name.split(/\s+/);
  for (let n = 1; n <= 3 && n < words.length; n++) if (isCity(words.slice(0, n).join(" "))) return isGeneric(words.slice(n).join(" "));
  return false;
}

/** The year a mention writes in its own words, before or right after the name; null when none. */
function yearOf(m: Mention, text: string): string | null {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, m.localStart - 10), m.localStart));
  if (before) return before[1]!;
  const after = YEAR_AFTER.exec(text.slice(m.localEnd, m.localEnd + 12));
  return after ? after[1] ?? after[2]! : null;
}

interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
  parents: ParentLink[];
  headed?: Array<{ label: string; key: string }>;
}

/** Re-keys each document's dated city titles by the year the mention writes (DATED_PLACE_TITLE). */
export function keyDatedPlaceTitles(recognised: DocumentNames[], passageText: (passageId: string) => string | undefined, isCity: (words: string) => boolean, isCatalogName: (name: string) => boolean): void {
  for (const r of recognised) {
    for (const d of [...r.discovered.values()]) {
      // A place's treaty is mostly one text (CUT_COMPLEMENT folds it across pages); its declarations are many.
      if (d.kind !== "INITIATIVE" || d.isEvent || d.parentId || d.sameAs || d.titleOf) continue;
      if (!isPlaceTitle(d.name, isCity) || isCatalogName(d.name)) continue;
      const own = r.mentions.filter((m) => m.key === d.key);
      const years = own.map((m) => { const text = passageText(m.passageId); return text === undefined ? null : yearOf(m, text); });
      const distinct = [...new Set(years.filter((y): y is string => !!y))];
      if (!distinct.length) continue;
      const keyOf = (year: string) => entityId(d.kind, `${d.name} ${year}`);
      for (const year of distinct) if (!r.discovered.has(keyOf(year))) r.discovered.set(keyOf(year), { ...d, key: keyOf(year), alias: `${year} ${d.name}`, titleOf: year });
      // Undated mentions are the page's one dated title, or stay the bare title where the page dates two.
      const undated = distinct.length === 1 ? keyOf(distinct[0]!) : null;
      own.forEach((m, i) => {
        const key = years[i] ? keyOf(years[i]!) : undated;
        if (key) m.key = key;
      });
      if (!undated) continue;
      r.discovered.delete(d.key);
      for (const l of r.parents) if (l.parentId === d.key) l.parentId = undated;
      for (const h of r.headed ?? []) if (h.key === d.key) h.key = undated;
    }
  }
}
