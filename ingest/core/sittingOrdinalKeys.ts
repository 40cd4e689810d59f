import type { IdentityRule } from "./IdentityRule.js";
import type { DiscoveredName } from "./types.js";

/**
 * The numbered kind a sitting reading carries ("1 ministerial consultation"): its own ordinal, else the one its
 * occasion was given when readings of one dated sitting were merged (a year's sitting another passage numbers).
 */
const ordinalKind = (d: DiscoveredName): string | undefined =>
  d.ordinal ?? (d.occasion?.ordinal && d.occasion.kind ? d.occasion.kind : undefined);

/**
 * "4 senior officials' meeting" → number 4, qualifier "senior officials'", head "meeting". A session, meeting or
 * sitting is any series' sitting, so its head noun names no kind; a summit, a workshop or a conference does.
 */
const parts = (kind: string): { n: string; qualifier: string; head: string } => {
  const words = kind.split(" ");
  const head = words[words.length - 1]!;
  return { n: words[0]!, qualifier: words.slice(1, -1).join(" "), head: /^(?:session|meeting|sitting)$/.test(head) ? "" : head };
};

/** What the readings of one series' number state: their qualifiers, head nouns and cities, and whether one is special. */
interface Readings {
  qualifiers: Set<string>;
  heads: Set<string>;
  cities: Set<string>;
  special: boolean;
}

/**
 * SAME_ORDINAL_ANY_NOUN: the key under which resolve groups the numbered sittings of one series. A series' n-th
 * sitting is one sitting whatever generic noun a page gives it ("the first session" beside "the first Ministerial
 * Consultation" or "the first conference"), so the key is the series and the number. Where the readings of that number
 * name two kinds of sitting (two qualifiers: "the 4th Senior Officials' Meeting", "the 4th Ministerial Consultation";
 * two head nouns other than session, meeting or sitting: "the first Ministerial Conference", "the first Summit"),
 * meet in two cities, or one is called special, extraordinary, preparatory or informal, the number alone does not
 * tell which is meant: each keeps its full kind, and a bare "fourth meeting" joins none. Decided from all readings
 * at once, so the grouping does not hang on their order.
 */
export function sittingOrdinalKeys(readings: readonly DiscoveredName[]): (d: DiscoveredName) => string | undefined {
  const byNumber = new Map<string, Readings>();
  for (const d of readings) {
    const kind = d.isEvent && d.parentId ? ordinalKind(d) : undefined;
    if (!kind) continue;
    const { n, qualifier, head } = parts(kind);
    const at = `${d.parentId}|${n}`;
    const seen = byNumber.get(at) ?? { qualifiers: new Set(), heads: new Set(), cities: new Set(), special: false };
    byNumber.set(at, seen);
    if (qualifier) seen.qualifiers.add(qualifier);
    if (head) seen.heads.add(head);
    if (d.occasion?.city) seen.cities.add(d.occasion.city);
    if (d.otherSitting) seen.special = true;
  }
  const oneKind = (at: string) => {
    const seen = byNumber.get(at)!;
    return !seen.special && seen.qualifiers.size <= 1 && seen.heads.size <= 1 && seen.cities.size <= 1;
  };
  return (d) => {
    const kind = d.isEvent && d.parentId ? ordinalKind(d) : undefined;
    if (!kind) return undefined;
    const at = `${d.parentId}|${parts(kind).n}`;
    return oneKind(at) ? at : `${d.parentId}|${kind}`;
  };
}

export const SAME_ORDINAL_ANY_NOUN: IdentityRule = {
  id: "same-ordinal-any-noun",
  what:
    "A series' n-th sitting is one sitting whatever generic noun a page calls it by ('the first session' beside " +
    "'the first Ministerial Consultation' or 'the first Conference'), and joins the dated sitting another passage " +
    "numbers the same. Two kinds of sitting of one number ('the 4th Senior Officials' Meeting' beside 'the 4th " +
    "Ministerial Consultation'; 'the first Ministerial Conference' beside 'the first Summit'), two cities, a special " +
    "or informal one, another number or another series keep them apart.",
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
    {
      // Two head nouns that each name a kind of sitting: a conference and a summit of one number are two sittings.
      text: "Peru hosted the first Ministerial Conference of the Reef Migration Forum in Lima. Chile hosted the first Summit of the Reef Migration Forum in Santiago.",
      apart: ["first Ministerial Conference of the Reef Migration Forum", "first Summit of the Reef Migration Forum"],
    },
    {
      // A round is a kind of sitting of its own, as a summit or a workshop is (a workshop is read as no sitting).
      text: "Peru hosted the first round of the Reef Migration Forum. Chile hosted the first conference of the Reef Migration Forum.",
      apart: ["first round of the Reef Migration Forum", "first conference of the Reef Migration Forum"],
    },
  ],
};
