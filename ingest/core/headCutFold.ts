import { foldWords } from "./fold.js";
import { foldIntoOneLonger } from "./foldIntoOneLonger.js";
import { headKind } from "./headKind.js";
import { CUT_COMPLEMENT, type IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * HEAD_CUT: a name whose complement stands between its opening words and its closing head noun ("the Summits of the
 * Pacific Secretariat") is written again without that complement ("the Summits Secretariat"). The short name keeps the
 * long one's opening words and its head, so it is that name when its document holds exactly one such longer name of
 * its kind; the short name never becomes an id of its own.
 */
export const HEAD_CUT: IdentityRule<{ complements: string[]; ignored: string[] }> = {
  id: "head-cut",
  what: "A name made of a longer name's opening words and its closing head noun ('Summits Secretariat' for 'Summits of the Pacific Secretariat', 'Congresses Secretariat' for 'Congresses of the Lake States Secretariat'), the complement between them left out, is that longer name when its document holds exactly one such longer name of the same kind; two candidates, a head the longer name does not close on, or no longer name on the page leave it its own name.",
  words: { complements: CUT_COMPLEMENT.words.complements, ignored: ["the"] },
  positive: [
    { text: "How the process is run\n\nThe Summits of the Pacific Secretariat, an office of the Reef Commission, services the process. The Reef Commission, through the Summits Secretariat, chairs the working group.", same: ["Summits of the Pacific Secretariat", "Summits Secretariat"] },
    { text: "Lake news\n\nThe Congresses of the Lake States Secretariat keeps the records. Papers go to the Congresses Secretariat each spring.", same: ["Congresses of the Lake States Secretariat", "Congresses Secretariat"] },
    // The short name may come first.
    { text: "Coral news\n\nMinutes: the Summits Secretariat writes them up.\n\nSecretariat: the Summits of the Coral Islands Secretariat, an office of the Reef Commission, keeps the list of delegates.", same: ["Summits of the Coral Islands Secretariat", "Summits Secretariat"] },
  ],
  negative: [
    // Two longer names share the opening words and the head: the short name does not say which.
    { text: "Offices\n\nThe Summits of the Pacific Secretariat and the Summits of the Atlantic Secretariat met in Apia. The Summits Secretariat chairs the working group.", apart: ["Summits of the Pacific Secretariat", "Summits Secretariat"] },
    // No longer name on the page: the short name is its own.
    { text: "Offices\n\nThe Summits Secretariat chairs the working group.", present: ["org:summits-secretariat"] },
    // Another head is another body.
    { text: "Offices\n\nThe Summits of the Pacific Secretariat services the process. The Summits Council meets in Apia.", apart: ["Summits of the Pacific Secretariat", "Summits Council"] },
  ],
};

const COMPLEMENTS = new Set(HEAD_CUT.words.complements);
const IGNORED = new Set(HEAD_CUT.words.ignored);
const wordsOf = (d: DiscoveredName) => foldWords(d.name).filter((w) => !IGNORED.has(w));

/** Whether `short` is `long`'s words before its first complement and its closing word, the complement left out. */
export function isHeadCut(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length < short.length + 2) return false;
  const k = short.length - 1;
  if (!COMPLEMENTS.has(long[k]!) || short[k] !== long[long.length - 1]) return false;
  return short.slice(0, k).every((w, i) => long[i] === w) && !short.some((w) => COMPLEMENTS.has(w));
}

/** Folds each head-cut name into the one longer name of its kind, headed by the same noun, that shares a document with it. */
export function foldHeadCut(all: DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  foldIntoOneLonger(all, documentsOf, rename, wordsOf, {
    // Only names of one kind opening on the same word and closing on the same word are compared.
    bucket: (d, w) => `${d.kind}|${w[0]} ${w[w.length - 1]}`,
    mayBeCut: (d, w) => w.length >= 2 && !d.isEvent,
    // The longer name is headed by its closing noun, as the short one is ("Secretariat", never "Summits").
    cutFrom: (d, w, b, bw) => !b.isEvent && isHeadCut(w, bw) && headKind(b.name) === headKind(d.name),
  });
}
