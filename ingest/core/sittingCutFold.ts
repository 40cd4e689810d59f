import { foldWords, nameKey } from "./fold.js";
import { CUT_COMPLEMENT } from "./identityRules.js";
import type { IdentityRule } from "./IdentityRule.js";
import { isGeneric } from "./nameTrim.js";
import type { Recognised } from "./recognise.js";
import type { DiscoveredName } from "./types.js";

/**
 * CUT_TO_SITTING: "two weeks before the Coral Sea Summit on Fisheries" (a sitting, dated 2015) and "Keynote – The Coral
 * Sea Summit of 11 and 12 November" on one page: the short name is the head of the page's one longer name, so it is that
 * sitting, on that page. Page by page, since another page's "Coral Sea Summit" may be another year's; the page's
 * mentions of the short name are re-keyed, its other pages are left to CUT_COMPLEMENT (cutComplementFold.ts).
 */
export const CUT_TO_SITTING: IdentityRule = {
  id: "cut-to-sitting",
  what: "A standing name that is the head of the one longer name its page holds, and that longer name a dated sitting ('Coral Sea Summit' and 'Coral Sea Summit on Fisheries', held in 2015; 'X' and 'X of <dates>'), is that sitting on that page; a second longer name on the page (sitting or standing), or a year of its own after the short name that is not the sitting's, leaves it alone.",
  words: [],
  positive: [
    { text: "Harbour workers network: programme\n\nThe network meets two weeks before the Coral Sea Summit on Fisheries, held in Suva in November 2015.\n\n17:15 Keynote - The Coral Sea Summit of 11 and 12 November: themes and expectations", absent: ["forum:coral-sea-summit"], mentions: { id: "forum:coral-sea-summit-on-fisheries", count: 2 } },
    // Another page writes the short name alone: this page's mention is still the sitting.
    { text: "Harbour news\n\nThe Coral Sea Summit on Fisheries was held in Suva in November 2015. Tonga spoke at the Coral Sea Summit about crews.", others: ["Reef notes\n\nFiji spoke at the Coral Sea Summit about boats."], present: ["forum:coral-sea-summit-on-fisheries"], mentions: { id: "forum:coral-sea-summit-on-fisheries", count: 2 } },
  ],
  negative: [
    { text: "Harbour news\n\nThe Coral Sea Summit on Fisheries was held in Suva in November 2015. The Coral Sea Summit on Shipping followed in 2016. Tonga spoke at the Coral Sea Summit about crews.", apart: ["Coral Sea Summit", "Coral Sea Summit on Fisheries"] },
    { text: "Harbour news\n\nThe Coral Sea Summit on Fisheries was held in Suva in November 2015. Leaders adopted a plan there. Tonga spoke at the Coral Sea Summit of 2017 about crews.", apart: ["Coral Sea Summit", "Coral Sea Summit on Fisheries"] },
  ],
};

const COMPLEMENTS = new Set([...CUT_COMPLEMENT.words.complements, ","]);
/** A year right after a name: " 2017", " (2017)", " of 2017", " of 11 and 12 November 2017", " in May 2017". */
const OWN_YEAR = /^\s*(?:\(\s*|(?:of|in|on)\s+(?:\d{1,2}(?:\s*(?:[-–]|and)\s*\d{1,2})?\s+)?(?:[A-Z][a-z]+\s+)?)?((?:19|20)\d{2})\b/;

const wordsOf = (d: DiscoveredName) => d.name.replace(/,/g, " , ").split(/\s+/).flatMap((t) => (t === "," ? [","] : foldWords(t)));

/** Re-keys each page's mentions of a standing name to the one longer sitting its page holds (CUT_TO_SITTING). */
export function foldCutToSitting(recognised: Recognised[], passageText: (passageId: string) => string | undefined): void {
  for (const r of recognised) {
    const names = [...r.discovered.values()];
    for (const d of names) {
      if (d.isEvent || d.kind !== "FORUM" || isGeneric(d.name)) continue;
      const w = wordsOf(d);
      if (w.length < 2) continue;
      const longer = names.filter((b) => {
        if (b === d || b.kind !== d.kind) return false;
        const bw = wordsOf(b);
        return bw.length > w.length && w.every((x, i) => bw[i] === x) && COMPLEMENTS.has(bw[w.length]!);
      });
      // A sitting is told apart by its year as well as its name.
      if (new Set(longer.map((b) => `${nameKey(b.name)}|${b.isEvent ? (b.year ?? "") : "standing"}`)).size !== 1) continue;
      const target = longer[0]!;
      if (!target.isEvent) continue;
      const own = r.mentions.filter((m) => m.key === d.key);
      const years = own.map((m) => OWN_YEAR.exec((passageText(m.passageId) ?? "").slice(m.localEnd, m.localEnd + 40))?.[1]).filter((y): y is string => !!y);
      if (years.some((y) => Number(y) !== target.year)) continue;
      for (const m of own) m.key = target.key;
      r.discovered.delete(d.key);
    }
  }
}
