import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * NUMBERED_TREATY_FOLD: a treaty of a numbered series is written by its title with its serial number in brackets ("the
 * Reef Divers Convention, 2009 (No. 219)") and, elsewhere in the same document, by its head and number alone
 * ("Convention No. 219", "ILO Convention No. 219"). The bare number is that title when exactly one title of the
 * document is written with that number and the same head; a number no title carries stays its own treaty.
 */
export const NUMBERED_TREATY_FOLD: IdentityRule = {
  id: "numbered-treaty-fold",
  what: "'(Owner) Convention No. N' / 'Protocol No. N' is the document's one title of the same head written with '(No. N)' after it (a year may come between: ', 2009 (No. N)'); two such titles, or none, keep it apart.",
  words: [],
  positive: [
    {
      text: "Lagoon treaties\n\nThe Lagoon Pilots Convention, 2005 (No. 231) sets rest hours for pilots. Chile ratified Convention No. 231 in 2010.",
      same: ["Convention No. 231", "Lagoon Pilots Convention"],
    },
  ],
  negative: [
    // The number in brackets belongs to another title: the bare number is a second treaty of the series.
    {
      text: "Lagoon treaties\n\nThe Lagoon Pilots Convention, 2005 (No. 231) sets rest hours for pilots. Chile ratified Convention No. 232 in 2010.",
      apart: ["Convention No. 232", "Lagoon Pilots Convention"],
    },
    // Two titles written with the same number: the bare number does not say which.
    {
      text: "Lagoon treaties\n\nThe Lagoon Pilots Convention (No. 231) and the Harbour Crews Convention (No. 231) are often confused. Chile ratified Convention No. 231 in 2010.",
      apart: ["Convention No. 231", "Lagoon Pilots Convention"],
    },
  ],
};

const BARE = /^(?:[A-Z]{2,6}\s+)?(Convention|Protocol)\s+No\.?\s*(\d{1,3})$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Renames each bare numbered treaty to the one title its document writes with the same serial number. */
export function foldNumberedTreaty(all: readonly DiscoveredName[], documentsOf: (key: string) => Set<number>, sentencesOf: (key: string) => string[], rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const titles = all.filter((d) => d.kind === "CONVENTION" && !d.isEvent && !BARE.test(d.name));
  for (const d of all) {
    const m = d.kind === "CONVENTION" ? BARE.exec(d.name) : null;
    if (!m) continue;
    const [, head, number] = m;
    const docs = documentsOf(d.key);
    const numbered = new RegExp(`${"\\b"}NAME(?:,\\s*(?:19|20)\\d\\d)?\\s*\\(No\\.?\\s*${number}\\)`);
    const targets = titles.filter((t) => {
      if (t === d || !new RegExp(`\\b${head}\\b`).test(t.name) || ![...documentsOf(t.key)].some((doc) => docs.has(doc))) return false;
      const written = new RegExp(numbered.source.replace("NAME", escape(t.name)));
      return sentencesOf(t.key).some((s) => written.test(s));
    });
    if (new Set(targets.map((t) => t.key)).size === 1) rename(d, targets[0]!);
  }
}
