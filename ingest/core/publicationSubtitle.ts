import type { NameRule } from "./NameRule.js";
import { PUBLICATION_HEADS } from "./kindRules.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * "A compilation issued in 2011, entitled “Refugee Protection and Mixed Migration: The 10-Point Plan in Action”":
 * the words after the colon of a quoted title that a publication noun introduces are the work's subtitle, not a
 * programme. Only a name that runs from the colon to the closing quote is dropped; a body named inside the title
 * before the colon, or a project's quoted title, is still read.
 */
export const PUBLICATION_SUBTITLE: NameRule = {
  id: "publication-subtitle",
  what: "A name that is the subtitle of a quoted title introduced by a publication noun and 'entitled/titled' (from the colon to the closing quote) is no entity.",
  words: [...PUBLICATION_HEADS.words.map((w) => w.toLowerCase()), "compilation", "compilations", "publication", "publications", "book", "article", "volume", "toolkit"],
  positive: [
    { text: "The Coastal Fishers Initiative issued a booklet entitled “Safe Boats: Notes from the Harbour” in 2012.", name: "Coastal Fishers Initiative", kind: "INITIATIVE" },
    { text: "UNEP ran a project entitled “Harbour Safety: The Coastal Fishers Programme” from 2010.", name: "Harbour Safety: The Coastal Fishers Programme", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "A compilation issued in 2011, entitled “Coastal Protection and Mixed Fishing: The 5-Point Plan in Action” shows good practice.", name: "5-Point Plan in Action" },
    { text: "UNHCR, “Coastal Protection: The 5-Point Plan in Action” (2011). A compilation issued in 2011, entitled “Coastal Protection: The 5-Point Plan in Action” shows good practice.", name: "5-Point Plan in Action" },
    { text: "The study, titled “Boats and Borders: A Harbour Observatory for the Coast”, was published in May.", name: "Harbour Observatory for the Coast" },
  ],
};

const NOUNS = PUBLICATION_SUBTITLE.words.join("|");
/** A publication noun, a few words, "entitled", an opening quote, the title up to its colon. */
const OPENING = new RegExp(`\\b(?:${NOUNS})\\b[^“”"]{0,80}?\\b(?:entitled|titled)\\s+[“"][^“”"]*:\\s+(?:[Tt]he\\s+|[Aa]n?\\s+)?$`);

/** Is text[start, end) the subtitle of a quoted publication title? */
export function isPublicationSubtitle(text: string, start: number, end: number): boolean {
  return /^[.,;]?\s*[”"]/.test(text.slice(end, end + 3)) && OPENING.test(text.slice(Math.max(0, start - 260), start));
}

const titlesOf = new WeakMap<object, Set<string>>();

/** Notes a name the document has written as a publication's subtitle. */
export function notePublicationTitle(doc: object, name: string): void {
  titlesOf.set(doc, (titlesOf.get(doc) ?? new Set()).add(name));
}

/** One name, one reading: a name the document writes as a publication's subtitle is that work in its citations too. */
export function dropPublicationTitles(doc: object, discovered: Map<string, DiscoveredName>, mentions: Mention[]): void {
  const titles = titlesOf.get(doc);
  if (!titles) return;
  const gone = new Set([...discovered.values()].filter((d) => titles.has(d.name) && !d.parentId).map((d) => d.key));
  for (const key of gone) discovered.delete(key);
  for (let i = mentions.length - 1; i >= 0; i--) if (gone.has(mentions[i]!.key)) mentions.splice(i, 1);
}
