/**
 * Spelling folds that decide when two written names are the same name.
 * Used by the catalog matcher (word by word) and by resolve (whole names).
 * Each fold is data with examples in test/unit/fold.test.ts.
 */

import { possessiveLength, wordEnd } from "./wordEdges.js";
import { remembered } from "./remembered.js";

/** British and American spellings of the words institution names are made of. */
export const SPELLINGS: Record<string, string> = {
  organisation: "organization",
  organisations: "organizations",
  labour: "labor",
  centre: "center",
  centres: "centers",
  programme: "program",
  programmes: "programs",
  defence: "defense",
  organised: "organized",
  harmonisation: "harmonization",
};

/** One word folded: accents and case gone, "&" read as "and", letters and digits only, one spelling. */
/** A Map, so that words such as "constructor" are never looked up on Object.prototype. */
const SPELLING = new Map(Object.entries(SPELLINGS));
const folded = new Map<string, string>();

export function foldWord(word: string): string {
  const hit = folded.get(word);
  if (hit !== undefined) return hit;
  const out = foldUncached(word);
  if (folded.size < 200_000) folded.set(word, out);
  return out;
}

function foldUncached(word: string): string {
  if (word === "&") return "and";
  if (word === ",") return ",";
  if (/^[a-z0-9]+$/.test(word)) return SPELLING.get(word) ?? word;
  const plain = word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  return SPELLING.get(plain) ?? plain;
}

/**
 * The words of a name, folded; a possessive ’s and hyphens split off. The words are those of
 * `/[\p{L}\p{N}]+(?:[’'.+][\p{L}\p{N}]+)*|&/gu`, found by hand (wordEdges.ts).
 */
export function foldWords(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < name.length) {
    const end = wordEnd(name, i);
    if (end === -1) {
      if (name.charCodeAt(i) === 0x26) out.push(foldWord("&"));
      i++;
      continue;
    }
    const w = foldWord(name.slice(i, end - possessiveLength(name, i, end)));
    if (w) out.push(w);
    i = end;
  }
  return out;
}

/** A plural and its singular fold together: "Programmes"/"Programme", "Workers"/"Worker". */
function singular(w: string): string {
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

/**
 * The identity key of a name: two names with the same key are one entity.
 * Folds hyphens and spaces ("High-level"/"High Level", "Timor-Leste"/"Timor Leste",
 * "Policy-makers"/"Policymakers"), "&"/"and", "UN"/"United Nations", a leading "the",
 * British/American spelling, plurals, "Oxford University"/"University of Oxford", and a "UN" inside a name.
 */
/** Folded words without a leading "UN" / "United Nations" owner, and whether one was written. */
export function withoutUnOwner(words: string[]): { un: boolean; rest: string[] } {
  if (words[0] === "un") return { un: true, rest: words.slice(1) };
  if (words[0] === "united" && words[1] === "nations") return { un: true, rest: words.slice(2) };
  return { un: false, rest: words };
}

export function nameKey(name: string): string {
  return nameKeys(name);
}

/** nameKey's answers by name: identity asks for the key of the same names many times, and it depends on the name alone. */
const nameKeys = remembered(readNameKey, 50_000);

function readNameKey(name: string): string {
  let words = foldWords(name);
  if (words[0] === "the") words = words.slice(1);
  words = words.flatMap((w) => (w === "un" ? ["united", "nations"] : [w]));
  // Inside a name, "UN" only qualifies: "Post-2015 UN Development Agenda" is the Post-2015 Development Agenda.
  // Leading, it names ("UN Development Programme" is not a "Development Programme").
  for (let i = 1; i + 1 < words.length; i++) if (words[i] === "united" && words[i + 1] === "nations") words.splice(i--, 2);
  if (words.length === 2 && words[1] === "university") words = ["university", "of", words[0]!];
  return words.map(singular).join("");
}
