import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./IdentityRule.js";
import { isGeneric } from "./nameTrim.js";
import { sentenceAround } from "./sentenceAround.js";
import type { ParentLink } from "./PassageScan.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * GENERIC_TITLE_KEYED, in resolve before names are grouped. Some titles are made only of words any owner gives its own
 * text ("Comprehensive Plan of Action", "Joint Action Plan", "Common Strategic Framework"): one region's plan of 2017
 * and another's of 1989 wrote the same words, and keyed by their words alone they became one node. Such a title is
 * keyed by one thing only, the year it was adopted as its document writes it as the title's own: "the 1989
 * Comprehensive Plan of Action", "adopted … in 2017", "In 1989 … adopted the …". A city, an owner, or a year of a
 * later review or endorsement says nothing of which plan it is, and would split one plan into several ids. A mention
 * with no adoption year keeps the bare title, and joins the one keyed title of its name when the run holds only one.
 */
export const GENERIC_TITLE_KEYED: IdentityRule<{ modifiers: string[]; adopted: string[] }> = {
  id: "generic-title-keyed",
  what: "A title made only of generic words and these modifiers is keyed by its adoption year, written before it ('the 1989 <title>') or with an adoption verb in its sentence ('adopted/agreed/approved … in YEAR', 'In YEAR … adopted'): two such titles of two adoption years stay two, whatever their acronyms. A bare mention joins the one keyed title of its name when the run holds only one.",
  words: { modifiers: "Comprehensive Common Integrated Collective Overall Durable Sustainable Political Consolidated".split(" "), adopted: ["adopted", "agreed", "approved"] },
  positive: [
    {
      text: "Tidewater fisheries\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. The CPA closed in 1996.",
      others: ["Lagoon pact\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. It was reviewed later."],
      present: ["ini:comprehensive-plan-of-action-1987"],
      absent: ["ini:comprehensive-plan-of-action"],
    },
    // A bare mention on another page joins the only keyed title of its name.
    {
      text: "Tidewater fisheries\n\nThe 1987 Comprehensive Plan of Action gave boat crews a way home.",
      others: ["Lagoon pact\n\nThe Comprehensive Plan of Action was reviewed in Suva in 1994."],
      present: ["ini:comprehensive-plan-of-action-1987"],
      absent: ["ini:comprehensive-plan-of-action", "ini:comprehensive-plan-of-action-suva", "ini:comprehensive-plan-of-action-1994"],
    },
  ],
  negative: [
    {
      text: "Tidewater fisheries\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. The CPA closed in 1996.",
      others: ["Lagoon pact\n\nIn 2016 the reef states agreed a Comprehensive Plan of Action (CPA) for returning fishers. The CPA runs to 2030."],
      present: ["ini:comprehensive-plan-of-action-1987", "ini:comprehensive-plan-of-action-2016"],
    },
    // Two keyed titles in the run: a bare mention joins neither.
    {
      text: "Tidewater fisheries\n\nThe 1987 Comprehensive Plan of Action gave boat crews a way home.",
      others: ["Reef pact\n\nThe 2016 Comprehensive Plan of Action covers returning fishers.", "Lagoon pact\n\nThe Comprehensive Plan of Action was reviewed in Suva in 1994."],
      present: ["ini:comprehensive-plan-of-action-1987", "ini:comprehensive-plan-of-action-2016", "ini:comprehensive-plan-of-action"],
    },
    // A city or a year with no adoption verb keys nothing. A title with a word of its own is no generic title.
    { text: "Reef notes\n\nIn 2016 the reef states met in Suva and discussed a Comprehensive Plan of Action for fishers.", present: ["ini:comprehensive-plan-of-action"] },
    { text: "Reef notes\n\nThe coastal states follow a Comprehensive Plan of Action for boat crews.", present: ["ini:comprehensive-plan-of-action"] },
    { text: "Reef notes\n\nIn 1987 the states adopted the Tidewater Comprehensive Plan of Action.", present: ["ini:tidewater-comprehensive-plan-of-action"], absent: ["ini:tidewater-comprehensive-plan-of-action-1987"] },
  ],
};

const MODIFIERS = new Set(GENERIC_TITLE_KEYED.words.modifiers);

/** Whether a name is a title of generic words only, with at least one modifier that makes it a name at all. */
export function isGenericTitle(name: string): boolean {
  const words = name.replace(/^the\s+/i, "").split(/\s+/);
  return !isGeneric(name) && words.some((w) => MODIFIERS.has(w)) && words.every((w) => MODIFIERS.has(w) || isGeneric(w));
}

const YEAR_WORD = "(?:1[89]\\d\\d|20\\d\\d)";
/** "the 1989 Comprehensive Plan of Action": the year written as the title's own, right before it. */
const YEAR_BEFORE = new RegExp(`\\b(${YEAR_WORD})\\s+$`);
const ADOPTED = GENERIC_TITLE_KEYED.words.adopted.join("|");
/** "adopted in Nairobi in 2017", "agreed in 2016": the verb's own year, a place at most between (no clause break). */
const ADOPTED_IN = new RegExp(`\\b(?:${ADOPTED})\\s+(?:(?:at|in)\\s+[A-Z][\\p{L}'’-]+\\s+)?(?:in\\s+)(${YEAR_WORD})\\b`, "u");
/** "In 1989 the conference adopted …": the year opening a sentence whose verb is the adoption. */
const YEAR_OPENS = new RegExp(`^\\s*In\\s+(${YEAR_WORD}),?\\s+[^;]*?\\b(?:${ADOPTED})\\b`);

/** The adoption year the document writes as the title's own where it first names it; null when none. */
function adoptionYear(m: Mention, text: string): string | null {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, m.localStart - 12), m.localStart).replace(/^.*?\bthe\s+/i, ""));
  if (before) return before[1]!;
  const at = sentenceAround(text, m.localStart, m.localEnd);
  const sentence = text.slice(at.from, at.to);
  return ADOPTED_IN.exec(sentence)?.[1] ?? YEAR_OPENS.exec(sentence)?.[1] ?? null;
}

interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
  parents: ParentLink[];
  headed?: Array<{ label: string; key: string }>;
}

/** Re-keys each document's generic titles by their adoption year; a bare one joins the run's only keyed title of its name. */
export function keyGenericTitles(recognised: DocumentNames[], passageText: (passageId: string) => string | undefined, isCatalogName: (name: string) => boolean): void {
  const rekey = (r: DocumentNames, d: DiscoveredName, key: string, qualifier: string) => {
    r.discovered.delete(d.key);
    r.discovered.set(key, { ...d, key, titleOf: qualifier });
    for (const m of r.mentions) if (m.key === d.key) m.key = key;
    for (const l of r.parents) if (l.parentId === d.key) l.parentId = key;
    for (const h of r.headed ?? []) if (h.key === d.key) h.key = key;
  };
  const generic = (d: DiscoveredName) => !d.isEvent && !d.parentId && !d.sameAs && isGenericTitle(d.name) && !isCatalogName(d.name);
  const bare: Array<[DocumentNames, DiscoveredName]> = [];
  const keyedBy = new Map<string, Map<string, string>>();
  const note = (d: DiscoveredName, key: string, qualifier: string) => {
    const byKey = keyedBy.get(d.key) ?? new Map<string, string>();
    keyedBy.set(d.key, byKey.set(key, qualifier));
  };
  for (const r of recognised) {
    for (const d of [...r.discovered.values()]) {
      if (!generic(d)) continue;
      if (d.titleOf) continue;
      const first = r.mentions.find((m) => m.key === d.key);
      const text = first ? passageText(first.passageId) : undefined;
      const qualifier = first && text !== undefined ? adoptionYear(first, text) : null;
      if (!qualifier) {
        bare.push([r, d]);
        continue;
      }
      const key = entityId(d.kind, `${d.name} ${qualifier}`);
      note(d, key, qualifier);
      if (r.discovered.has(key)) continue;
      rekey(r, d, key, qualifier);
    }
  }
  for (const [r, d] of bare) {
    const keyed = keyedBy.get(d.key);
    if (keyed?.size !== 1 || r.discovered.get(d.key) !== d) continue;
    const [[key, qualifier]] = [...keyed];
    if (!r.discovered.has(key)) rekey(r, d, key, qualifier!);
  }
}
