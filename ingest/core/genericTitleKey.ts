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
 * keyed by what its document says of it where it first names it: the owner written just before it ("TMG's"), else
 * the city its sentence names (where it was adopted outlasts the year a page happens to state), else the year that
 * sentence states. Two documents that give the same owner, year or
 * city keep one node; a document that gives none keeps the bare title. The key comes from the document alone, so a
 * page read by itself and read with others gives the title the same id.
 */
export const GENERIC_TITLE_KEYED: IdentityRule<{ modifiers: string[] }> = {
  id: "generic-title-keyed",
  what: "A title made only of generic words and these modifiers is keyed by the owner written before it, else the city its first sentence names, else the year that sentence states: two such titles with another owner, year or city stay two, whatever their acronyms.",
  words: { modifiers: "Comprehensive Common Integrated Collective Overall Durable Sustainable Political Consolidated".split(" ") },
  positive: [
    {
      text: "Tidewater fisheries\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. The CPA closed in 1996.",
      others: ["Lagoon pact\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. It was reviewed later."],
      present: ["ini:comprehensive-plan-of-action-1987"],
      absent: ["ini:comprehensive-plan-of-action"],
    },
    // The owner written as its possessor keys it before any year of the sentence.
    { text: "Reef notes\n\nIn 2012 the TMG’s Comprehensive Plan of Action reached Suva.", present: ["ini:comprehensive-plan-of-action-tmg"], absent: ["ini:comprehensive-plan-of-action-2012"] },
  ],
  negative: [
    {
      text: "Tidewater fisheries\n\nIn 1987 the coastal states adopted a Comprehensive Plan of Action (CPA) for boat crews. The CPA closed in 1996.",
      others: ["Lagoon pact\n\nIn 2016 the reef states agreed a Comprehensive Plan of Action (CPA) for returning fishers. The CPA runs to 2030."],
      present: ["ini:comprehensive-plan-of-action-1987", "ini:comprehensive-plan-of-action-2016"],
    },
    // A city in the sentence keys it before the sentence's year.
    { text: "Reef notes\n\nIn 2016 the reef states met in Suva and agreed a Comprehensive Plan of Action for fishers.", present: ["ini:comprehensive-plan-of-action-suva"], absent: ["ini:comprehensive-plan-of-action-2016"] },
    // Nothing said of it: the bare title keeps its key. A title with a word of its own is no generic title.
    { text: "Reef notes\n\nThe coastal states follow a Comprehensive Plan of Action for boat crews.", present: ["ini:comprehensive-plan-of-action"] },
    { text: "Reef notes\n\nIn 1987 the states adopted the Tidewater Comprehensive Plan of Action.", present: ["ini:tidewater-comprehensive-plan-of-action"], absent: ["ini:tidewater-comprehensive-plan-of-action-1987"] },
  ],
};

const MODIFIERS = new Set(GENERIC_TITLE_KEYED.words.modifiers);
/** An owner's acronym written as the title's possessor: "TMG's Comprehensive Plan of Action". */
const OWNER_BEFORE = /\b([A-Z][A-Z0-9]{1,8})['’]s\s+(?:own\s+|new\s+)?$/;
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;

/** Whether a name is a title of generic words only, with at least one modifier that makes it a name at all. */
export function isGenericTitle(name: string): boolean {
  const words = name.replace(/^the\s+/i, "").split(/\s+/);
  return !isGeneric(name) && words.some((w) => MODIFIERS.has(w)) && words.every((w) => MODIFIERS.has(w) || isGeneric(w));
}

/** What a document says of the title where it first names it: an owner, a year or a city; null when nothing. */
function qualifierOf(m: Mention, text: string, isCity: (word: string) => boolean): string | null {
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, m.localStart - 30), m.localStart));
  if (owner) return owner[1]!;
  const at = sentenceAround(text, m.localStart, m.localEnd);
  const sentence = text.slice(at.from, at.to);
  const here = m.localStart - at.from;
  const nearest = (hits: Array<{ index: number; text: string }>) => hits.sort((a, b) => Math.abs(a.index - here) - Math.abs(b.index - here))[0]?.text ?? null;
  const cities = [...sentence.matchAll(/\b[A-Z][\p{Ll}'’-]+\b/gu)].filter((c) => (c.index! < here || c.index! >= m.localEnd - at.from) && isCity(c[0])).map((c) => ({ index: c.index!, text: c[0] }));
  if (cities.length) return nearest(cities);
  return nearest([...sentence.matchAll(YEAR)].map((y) => ({ index: y.index!, text: y[0] })));
}

interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
  parents: ParentLink[];
  headed?: Array<{ label: string; key: string }>;
}

/** Re-keys each document's generic titles by the owner, year or city it gives them. */
export function keyGenericTitles(recognised: DocumentNames[], passageText: (passageId: string) => string | undefined, isCity: (word: string) => boolean, isCatalogName: (name: string) => boolean): void {
  for (const r of recognised) {
    for (const d of [...r.discovered.values()]) {
      if (d.isEvent || d.parentId || d.sameAs || !isGenericTitle(d.name) || isCatalogName(d.name)) continue;
      const first = r.mentions.find((m) => m.key === d.key);
      const text = first ? passageText(first.passageId) : undefined;
      const qualifier = first && text !== undefined ? qualifierOf(first, text, isCity) : null;
      if (!qualifier) continue;
      const key = entityId(d.kind, `${d.name} ${qualifier}`);
      if (r.discovered.has(key)) continue;
      r.discovered.delete(d.key);
      r.discovered.set(key, { ...d, key, titleOf: qualifier });
      for (const m of r.mentions) if (m.key === d.key) m.key = key;
      for (const l of r.parents) if (l.parentId === d.key) l.parentId = key;
      for (const h of r.headed ?? []) if (h.key === d.key) h.key = key;
    }
  }
}
