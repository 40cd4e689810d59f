import { foldWords } from "./fold.js";
import { foldIntoOneLonger } from "./foldIntoOneLonger.js";
import { CUT_COMPLEMENT, type IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * MIDDLE_CUT: a later, shorter reference to a long programme name keeps its head and its closing complement and drops
 * the complement between them ("Joint Programme for Fisher Safety and Rescue in the Gulf of Tides" / "the Joint
 * Programme in the Gulf of Tides"). It is that name only when its document holds exactly one such longer name of its
 * kind: two programmes sharing the head and the ending leave the short one alone.
 */
export const MIDDLE_CUT: IdentityRule<{ complements: string[]; minHead: number; minTail: number; ignored: string[] }> = {
  id: "middle-cut",
  what: "A name that is a longer name's head ('Joint Programme') followed by that name's closing complement ('in the Gulf of Tides'), the longer name's middle complement ('for Fisher Safety and Rescue') left out, is that longer name when its document holds exactly one such longer name of the same kind; two candidates, or an ending the longer name does not close with, leave it its own name.",
  words: { complements: CUT_COMPLEMENT.words.complements, minHead: 2, minTail: 2, ignored: ["the"] },
  positive: [
    { text: "Harbour news\n\nThe Joint Programme for Fisher Safety and Rescue in the Gulf of Tides began in 2019 with FAO. Boats from Lagoonia joined the Joint Programme in the Gulf of Tides in 2021.", same: ["Joint Programme for Fisher Safety and Rescue in the Gulf of Tides", "Joint Programme in the Gulf of Tides"] },
    { text: "Harbour news\n\nUNDP leads the Coastal Partnership on Port Workers' Health and Housing in West Lagoonia. In 2022 the Coastal Partnership in West Lagoonia opened two clinics.", same: ["Coastal Partnership on Port Workers' Health and Housing in West Lagoonia", "Coastal Partnership in West Lagoonia"] },
  ],
  negative: [
    // Two programmes share the head and the ending: the short name does not say which.
    { text: "Harbour news\n\nThe Joint Programme for Fisher Safety in the Gulf of Tides began in 2019. The Joint Programme for Port Health in the Gulf of Tides began in 2020. Boats joined the Joint Programme in the Gulf of Tides in 2021.", apart: ["Joint Programme for Fisher Safety in the Gulf of Tides", "Joint Programme for Port Health in the Gulf of Tides"] },
    { text: "Harbour news\n\nThe Joint Programme for Fisher Safety in the Gulf of Tides began in 2019. The Joint Programme for Port Health in the Gulf of Tides began in 2020. Boats joined the Joint Programme in the Gulf of Tides in 2021.", present: ["ini:joint-programme-in-the-gulf-of-tides"] },
    // Another ending is another programme.
    { text: "Harbour news\n\nThe Joint Programme for Fisher Safety and Rescue in the Gulf of Tides began in 2019. Boats joined the Joint Programme in the Bay of Storms in 2021.", apart: ["Joint Programme for Fisher Safety and Rescue in the Gulf of Tides", "Joint Programme in the Bay of Storms"] },
  ],
};

const COMPLEMENTS = new Set(MIDDLE_CUT.words.complements);
const IGNORED = new Set(MIDDLE_CUT.words.ignored);
const wordsOf = (d: DiscoveredName) => foldWords(d.name).filter((w) => !IGNORED.has(w));

/** Whether `short` is `long`'s head and closing complement, a middle complement of `long` left out. */
export function isMiddleCut(short: string[], long: string[]): boolean {
  if (long.length <= short.length) return false;
  const { minHead, minTail } = MIDDLE_CUT.words;
  for (let k = minHead; k <= short.length - minTail; k++) {
    const m = short.length - k;
    if (!COMPLEMENTS.has(short[k]!) || !COMPLEMENTS.has(long[k]!)) continue;
    if (short.slice(0, k).every((w, i) => long[i] === w) && short.slice(k).every((w, i) => long[long.length - m + i] === w)) return true;
  }
  return false;
}

/** Folds each middle-cut name into the one longer name of its kind that shares a document with it. */
export function foldMiddleCut(all: DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const { minHead, minTail } = MIDDLE_CUT.words;
  foldIntoOneLonger(all, documentsOf, rename, wordsOf, {
    // The head is at least two words: only names of one kind opening on the same two words are compared.
    bucket: (d, w) => `${d.kind}|${w.slice(0, 2).join(" ")}`,
    mayBeCut: (_d, w) => w.length >= minHead + minTail,
    cutFrom: (_d, w, _b, bw) => isMiddleCut(w, bw),
  });
}
