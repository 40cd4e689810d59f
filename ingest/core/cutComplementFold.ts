import { foldWords, nameKey } from "./fold.js";
import { CUT_COMPLEMENT } from "./identityRules.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/** What CUT_COMPLEMENT needs of the resolver (variantFold.ts FoldContext has these). */
export interface CutContext {
  isCountry: (words: string) => boolean;
  isCity?: (word: string) => boolean;
  documentsOf: (key: string) => Set<number>;
  sentencesOf?: (key: string) => string[];
}

const COMPLEMENTS = new Set([...CUT_COMPLEMENT.words.complements, ","]);
const YEARS = /\b(?:19|20)\d\d\b/g;

/**
 * CUT_COMPLEMENT (identityRules.ts): a name cut before "of/for/in …", in a document that writes the whole one, is that
 * name; longest names first. Every longer name in reach counts towards "one", a dated sitting ("Coral Sea Summit on
 * Fisheries", held in 2015) as much as a standing name, and two sittings of one name (two years) are two; a sitting
 * as the one longer name is left to CUT_TO_SITTING (sittingCutFold.ts), page by page.
 */
export function foldCutComplement(all: DiscoveredName[], events: DiscoveredName[], ctx: CutContext, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const byStart = new Map<string, DiscoveredName[]>();
  // Commas are words here: "Working Group on Human Rights" is cut at the comma of "…Human Rights, Gender and Migration".
  // A treaty keyed by its title is still written with its city here: "Suva Charter" is cut from "Suva Charter on X".
  const wordsOf = (d: DiscoveredName) => (d.cityWritten ?? d.name).replace(/,/g, " , ").split(/\s+/).flatMap((t) => (t === "," ? [","] : foldWords(t)));
  for (const d of [...all, ...events]) {
    const w = wordsOf(d);
    if (w.length >= 2) byStart.set(`${d.kind}|${w[0]} ${w[1]}`, [...(byStart.get(`${d.kind}|${w[0]} ${w[1]}`) ?? []), d]);
  }
  // A sitting is told apart by its year as well as its name.
  const keyOf = (b: DiscoveredName) => (b.isEvent ? `${nameKey(b.name)}|${b.year ?? ""}` : nameKey(b.name));
  for (const d of [...all].sort((a, b) => b.name.length - a.name.length)) {
    const w = wordsOf(d);
    if (w.length < 2 || isGeneric(d.name)) continue;
    const docs = ctx.documentsOf(d.key);
    const anywhere = (byStart.get(`${d.kind}|${w[0]} ${w[1]}`) ?? []).filter((b) => {
      if (b === d) return false;
      const bw = wordsOf(b);
      if (bw.length <= w.length || !w.every((x, i) => bw[i] === x) || !COMPLEMENTS.has(bw[w.length]!)) return false;
      return !(b.parentId !== d.parentId && d.parentId);
    });
    const longer = anywhere.filter((b) => [...ctx.documentsOf(b.key)].some((doc) => docs.has(doc)));
    const keys = new Set(longer.map(keyOf));
    // Two words alone: every document that writes them must write the longer name too, unless they are a place's
    // instrument ("Tidewater Charter") and the run holds one longer name of it, written beside them on some page.
    const placeInstrument = w.length === 2 && CUT_COMPLEMENT.words.instruments.includes(w[1]!) && (ctx.isCountry(d.name.split(/\s+/)[0]!) || !!ctx.isCity?.(d.name.split(/\s+/)[0]!));
    // A wrong merge is worse than a duplicate: the two words written with a year of their own ("… of 1998") that the
    // longer name's sentences never give are an earlier instrument of the same place.
    const onlyOne = keys.size === 1 && new Set(anywhere.map(keyOf)).size === 1 && !(placeInstrument && ownYearElsewhere(d, anywhere[0]!, ctx.sentencesOf));
    if (w.length <= CUT_COMPLEMENT.words.shortWords && ![...docs].every((doc) => ctx.documentsOf(longer[0]?.key ?? "").has(doc)) && !(placeInstrument && onlyOne)) continue;
    // A sitting as the one longer name is read page by page (sittingCutFold.ts): another page's short name may be another year's.
    if (keys.size === 1 && !longer[0]!.isEvent) rename(d, longer[0]!);
  }
}

/**
 * Whether `short` is written with a year of its own right after it ("of 1998", "(1998)") that `long`'s sentences never
 * give. "signed the Suva Charter in 1991" dates a signing, not the instrument, and says nothing.
 */
function ownYearElsewhere(short: DiscoveredName, long: DiscoveredName, sentencesOf: CutContext["sentencesOf"] = () => []): boolean {
  const after = new RegExp(`${short.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(?:\\(|of\\s+)((?:19|20)\\d\\d)\\b`, "g");
  const own = new Set(sentencesOf(short.key).flatMap((s) => [...s.matchAll(after)].map((m) => m[1]!)));
  const longYears = new Set(sentencesOf(long.key).flatMap((s) => s.match(YEARS) ?? []));
  return [...own].some((y) => !longYears.has(y));
}
