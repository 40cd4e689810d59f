import { analyse } from "./analysis.js";
import { headWord } from "./headKind.js";

/**
 * ADJECTIVE_BEFORE_TAIL: "the Andean Committee of Migration Authorities (CAAM)". An acronym coined in another language
 * may happen to fit the letters of a tail of the name ("Committee of Migration Authorities"); when the words it leaves
 * out are only adjectives of the head ("Andean", "Nordic", "Baltic"), they qualify the body and belong to its name, so
 * the tail is no name of its own. Read by wink-nlp's tags on the words written in lower case before the head noun, where
 * a capital no longer makes every word a proper noun. A body or a place written before it ("the ILO …", "the Tinland …")
 * stays out, as before: an owner or a state, not a word of the name. The same holds when the letters spell the tail exactly
 * ("the National Office for Harbour Safety (OHS)"): the adjective still qualifies the head, but only where it opens the
 * noun phrase, after "the" or a possessive (opensNounPhrase).
 */
export const ADJECTIVE_BEFORE_TAIL = {
  examples: {
    positive: [
      { text: "The Baltic Committee of Border Authorities (CAF) met in Riga in 2019.", name: "Baltic Committee of Border Authorities" },
      // An acronym that fits no tail leaves the whole name (read so before this rule too; kept as a guard).
      { text: "Delegates of the Andean Committee of Labour Inspectors (CALI) met in Quito.", name: "Andean Committee of Labour Inspectors" },
      // The letters may spell the tail exactly (an acronym from a language that writes the adjective after its noun):
      // the adjective still belongs to the name.
      { text: "Inspectors from the National Office for Harbour Safety and Pilotage (OHSP) boarded the ferry.", name: "National Office for Harbour Safety and Pilotage" },
      // A possessive opens the noun phrase as "the" does.
      { text: "Benin’s National Bureau for Ferry Crossings (BFC) fined two boat owners.", name: "National Bureau for Ferry Crossings" },
    ],
    negative: [
      // A word the tagger reads as a noun (here a coined place) is no adjective: the acronym keeps naming the tail it
      // spells, as before this rule (whether that place belongs to the name is left to other rules).
      { text: "The Tinland Committee of Border Authorities (CBA) met in 2019.", name: "Tinland Committee of Border Authorities" },
      // A word in lower case before the name is no word of it.
      { text: "Inspectors from the national Office for Harbour Safety and Pilotage (OHSP) boarded the ferry.", name: "national Office for Harbour Safety and Pilotage" },
      // After a verb or at the sentence's start, the capitalised adjective qualifies the noun after the brackets
      // ("staff"), not the body the letters spell.
      { text: "Last spring the UNHCR coached Senior Bureau for Ferry Crossings (BFC) staff in Tema.", name: "Senior Bureau for Ferry Crossings" },
      { text: "Senior Bureau for Ferry Crossings (BFC) staff boarded the night boat in Tema.", name: "Senior Bureau for Ferry Crossings" },
    ],
  },
};

/** Whether every word of `skipped` (what an acronym left out before `tail`) is an adjective of the tail's head. */
export function adjectivesOfHead(skipped: string, tail: string): boolean {
  const words = skipped.split(/\s+/).filter(Boolean);
  const head = headWord(tail);
  if (words.length === 0 || words.length > 2 || !head || !words.every((w) => /^[A-Z][a-z]+$/.test(w))) return false;
  const probe = `the ${words.join(" ").toLowerCase()} ${head.toLowerCase()}`;
  const tags = analyse(probe).tokens;
  return tags.length === words.length + 2 && tags.slice(1, 1 + words.length).every((t) => t.pos === "ADJ");
}

/**
 * Whether words starting at `at` open a noun phrase: right after "the" or a possessive ("the National Office …", "Benin’s
 * National Bureau …"). Elsewhere (after a verb, at a sentence's start) the adjective may qualify a noun written after the
 * acronym ("coached Senior Bureau for X (BX) staff"), and the name is the tail the letters spell.
 */
export const opensNounPhrase = (text: string, at: number): boolean => /(?:\b[Tt]he|\S[’']s?)\s+$/.test(text.slice(Math.max(0, at - 12), at));
