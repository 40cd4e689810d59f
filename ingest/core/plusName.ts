import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";

export const PLUS_NAMES: NameRule = {
  id: "plus-names",
  what: "One capitalised word written with a closing '+' ('mobility actions under Harbourmus+', 'Skillsea+ grants') is a programme's coined name, the plus sign marking a programme's extended edition: an INITIATIVE wherever it stands. A word in capitals only ('LGBTQI+'), a number ('18+'), a conference counted in years ('Beijing+20') or a word the catalog reads names none.",
  words: [],
  positive: [
    { text: "The report counted 900 mobility actions under Harbourmus+ with five coastal states.", name: "Harbourmus+", kind: "INITIATIVE" },
    { text: "Skillsea+ grants paid for training in three ports.", name: "Skillsea+", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The shelter serves LGBTQI+ fishers and their families.", name: "LGBTQI+" },
    { text: "Crews aged 18+ may apply to the Coastal Jobs Programme.", name: "18+" },
    { text: "The report counted 900 mobility actions under Harbourmus with five coastal states.", name: "Harbourmus" },
    { text: "Ministers reviewed the Harbourtown+20 outcome in 2015.", name: "Harbourtown+" },
    { text: "Ministers reviewed the Harbourtown+ 20 outcome in 2015.", name: "Harbourtown+" },
  ],
};

/** A capitalised word with lower-case letters and a closing "+": a coined programme name (PLUS_NAMES). */
const PLUS_WORD = /^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{Ll}\p{Lu}]*\+$/u;

/** Reads one capitalised word closed by "+" as an initiative; false when the word is no such name. */
export function plusName(scan: PassageScan, word: string, start: number): boolean {
  const end = start + word.length;
  // "Beijing+20", "Rio+20", "Rio+ 20" (wrapped print): a plus sign before a number counts years since a conference.
  if (!word.endsWith("+") || !PLUS_WORD.test(word) || /^(?:[\p{L}\p{N}]|\s\d)/u.test(scan.text.slice(end, end + 2)) || scan.overlaps(start, end) || scan.hits.some((h) => h.start < end && start < h.end)) return false;
  const id = entityId("INITIATIVE", word);
  if (scan.doc.catalog.byId.has(id)) return false;
  scan.discover({ key: id, kind: "INITIATIVE", name: word, acronym: null, kindStated: true });
  scan.push({ localStart: start, localEnd: end, kind: "INITIATIVE", key: id, method: "name-pattern", confidence: 0.65 });
  return true;
}
