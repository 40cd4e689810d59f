import { headKind } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import { LEADING_NOISE, type Hit } from "./nameTrim.js";

export const KNOWN_BEFORE_COMPLEMENT: NameRule = {
  id: "known-before-complement",
  what: "A name already read (a catalog body, a state, a place) followed by a preposition and 'the' closes before them: 'worked with UNICEF on the Coastal Child Scheme', 'advised Ghana on the Harbour Jobs Programme' name UNICEF or Ghana and then the scheme, not one name 'UNICEF on the Coastal Child Scheme'. Only where the words after 'the' have a programme's or a body's head noun of their own (a meeting after it is the meeting reader's: 'invited them to Kathmandu for the Sixth Ministerial Consultation'); a complement of a head noun ('Working Group on the Rights of Fishers') is untouched.",
  words: ["on", "for", "in", "to", "from", "at", "against", "into", "with"],
  positive: [
    { text: "Since 2010 UNICEF has worked with IOM on the Coastal Child Protection Scheme.", name: "Coastal Child Protection Scheme", kind: "INITIATIVE" },
    { text: "The ILO advised Ghana on the Harbour Jobs Programme in 2019.", name: "Harbour Jobs Programme", kind: "INITIATIVE" },
    { text: "Officials trained staff from Ghana in the Coastal Border Academy last year.", name: "Coastal Border Academy", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Since 2010 UNICEF has worked with IOM on the Coastal Child Protection Scheme.", name: "IOM on the Coastal Child Protection Scheme" },
    { text: "The ILO advised Ghana on the Harbour Jobs Programme in 2019.", name: "Ghana on the Harbour Jobs Programme" },
    // The words after "the" head nothing: no name is read from them.
    { text: "The ILO advised Ghana on the Rights of Fishers.", name: "Rights of Fishers" },
    // A head noun before the complement keeps it: the whole is one name.
    { text: "The Working Group on the Rights of Coastal Fishers met in Accra.", name: "Rights of Coastal Fishers" },
  ],
};

const COMPLEMENT = new RegExp(`\\s+(?:${KNOWN_BEFORE_COMPLEMENT.words.join("|")})\\s+the\\s+(?=[A-Z])`, "g");

/**
 * Where a capitalised phrase opens with a name read before and goes on with "<preposition> the <Name>", the start
 * of the name after it (KNOWN_BEFORE_COMPLEMENT); else -1. `known` holds the spans read so far, in passage offsets.
 */
export function nameAfterKnown(phrase: string, phraseStart: number, known: Hit[], isPlace: (words: string) => boolean): number {
  const noise = LEADING_NOISE.exec(phrase)?.[0].length ?? 0;
  for (const m of phrase.matchAll(COMPLEMENT)) {
    const at = m.index!;
    if (at <= noise) continue;
    const left = phrase.slice(noise, at);
    const isKnown = known.some((h) => h.start === phraseStart + noise && h.end === phraseStart + at) || isPlace(left);
    if (!isKnown) return -1; // only the first complement after the opening words can close a known name
    const rest = phrase.slice(at + m[0].length);
    const kind = headKind(rest);
    return kind === "INITIATIVE" || kind === "ORGANIZATION" ? at + m[0].length : -1;
  }
  return -1;
}
