import type { IdentityRule } from "./IdentityRule.js";
import type { DiscoveredName } from "./types.js";

/**
 * The numbered kind a sitting reading carries ("1 ministerial consultation"): its own ordinal, else the one its
 * occasion was given when readings of one dated sitting were merged (a year's sitting another passage numbers).
 */
export const ordinalKind = (d: DiscoveredName): string | undefined =>
  d.ordinal ?? (d.occasion?.ordinal && d.occasion.kind ? d.occasion.kind : undefined);

/** "4 senior officials' meeting" → number 4, qualifier "senior officials'" (the words between number and head noun). */
const parts = (kind: string): { n: string; qualifier: string } => {
  const words = kind.split(" ");
  return { n: words[0]!, qualifier: words.slice(1, -1).join(" ") };
};

/**
 * SAME_ORDINAL_ANY_NOUN: the key under which resolve groups the numbered sittings of one series. A series' n-th
 * sitting is one sitting whatever head noun a page gives it ("the first session", "the first Ministerial
 * Consultation", "the first conference"), so the key is the series and the number, not the noun. Where the series'
 * readings of that number name two kinds of sitting ("the 4th Senior Officials' Meeting", "the 4th Ministerial
 * Consultation"; "the 10th informal meeting", "the 10th ministerial conference"), or a reading is called special,
 * extraordinary, preparatory or informal, the number alone does not tell which is meant: each keeps its full kind, and
 * a bare "fourth meeting" joins none. Decided from all readings at once, so the grouping does not hang on their order.
 */
export function sittingOrdinalKeys(readings: readonly DiscoveredName[]): (d: DiscoveredName) => string | undefined {
  const qualifiers = new Map<string, Set<string>>();
  const special = new Set<string>();
  for (const d of readings) {
    const kind = d.isEvent && d.parentId ? ordinalKind(d) : undefined;
    if (!kind) continue;
    const { n, qualifier } = parts(kind);
    const at = `${d.parentId}|${n}`;
    (qualifiers.get(at) ?? qualifiers.set(at, new Set()).get(at)!).add(qualifier);
    if (d.otherSitting) special.add(at);
  }
  const oneKind = (at: string) => !special.has(at) && [...qualifiers.get(at)!].filter((q) => q).length <= 1;
  return (d) => {
    const kind = d.isEvent && d.parentId ? ordinalKind(d) : undefined;
    if (!kind) return undefined;
    const at = `${d.parentId}|${parts(kind).n}`;
    return oneKind(at) ? at : `${d.parentId}|${kind}`;
  };
}

export const SAME_ORDINAL_ANY_NOUN: IdentityRule = {
  id: "same-ordinal-any-noun",
  what: "A series' n-th sitting is one sitting whatever noun a page calls it by ('the first session', 'the first Ministerial Consultation', 'the first Conference'), and joins the dated sitting another passage numbers the same. Two kinds of sitting of one number ('the 4th Senior Officials' Meeting' beside 'the 4th Ministerial Consultation'), a special or informal one, another number or another series keep them apart.",
  words: [],
  positive: [
    {
      // Across pages: one writes the Consultation, the other the session.
      text: "The first Ministerial Consultation of the Lagoon Dialogue brought twelve labour ministers to Accra.",
      others: ["Ghana and Peru were both at the first session of the Lagoon Dialogue and have attended every sitting since."],
      same: ["first Ministerial Consultation of the Lagoon Dialogue", "first session of the Lagoon Dialogue"],
    },
    {
      // The dated sitting a passage numbers and a later bare mention by another noun.
      text: "The Lagoon Dialogue held its first Ministerial Consultation in Accra on 21 January 2008. Ghana and Peru were both at the first session of the Lagoon Dialogue.",
      same: ["Lagoon Dialogue 2008", "first session of the Lagoon Dialogue"],
      absent: ["forum:lagoon-dialogue-1-session"],
    },
    {
      text: "Peru hosted the third conference of the Reef Migration Forum. Chile spoke at the third meeting of the Reef Migration Forum.",
      same: ["third conference of the Reef Migration Forum", "third meeting of the Reef Migration Forum"],
    },
  ],
  negative: [
    {
      // Two kinds of sitting share the number: a bare meeting of that number is neither.
      text: "Nepal chaired the 4th Senior Officials' Meeting of the Lagoon Dialogue. Ghana hosted the 4th Ministerial Consultation of the Lagoon Dialogue.",
      apart: ["4th Senior Officials' Meeting of the Lagoon Dialogue", "4th Ministerial Consultation of the Lagoon Dialogue"],
    },
    {
      text: "Peru hosted the third conference of the Reef Migration Forum. Chile spoke at the fourth meeting of the Reef Migration Forum.",
      apart: ["third conference of the Reef Migration Forum", "fourth meeting of the Reef Migration Forum"],
    },
    {
      text: "Peru hosted the first session of the Reef Migration Forum. Chile hosted the first session of the Lagoon Dialogue.",
      apart: ["first session of the Reef Migration Forum", "first session of the Lagoon Dialogue"],
    },
  ],
};
