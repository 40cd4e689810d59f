import { foldWords, nameKey } from "./fold.js";
import type { IdentityRule } from "./identityRules.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/**
 * CONVENTION_SHORT_TITLE: a treaty is often called by its topic followed by "Convention" ("the Seafarers' Welfare
 * Convention") after, or before, its full title "<Owner> Convention on <topic>" ("the Regional Convention on
 * Seafarers' Welfare at Sea"). The short title is that convention when its topic words, in their order, are
 * written together inside the complement of exactly one full title of the same document. Two full titles that
 * hold the topic, a topic of one word, or topic words the full title does not write together keep them apart.
 */
export const CONVENTION_SHORT_TITLE: IdentityRule = {
  id: "convention-short-title",
  what: "'<Topic> Convention' and '<Owner> Convention on/concerning/relating to … <Topic> …' in one document are one convention when the topic (two content words or more) is written word for word inside the complement of one full title only; a protocol 'to the Convention on …' is no full title.",
  words: ["on", "concerning", "relating", "against", "for", "of"],
  positive: [
    {
      text: "Status of the Harbour Pilots Safety Convention\n\nThe Regional Convention on Harbour Pilots Safety at Sea was adopted in Lome in 2004. Ghana ratified the Harbour Pilots Safety Convention in 2006.",
      same: ["Harbour Pilots Safety Convention", "Regional Convention on Harbour Pilots Safety at Sea"],
    },
    {
      text: "The Andean Convention on the Recognition of Nursing Diplomas entered into force in 2001. Peru joined the Nursing Diplomas Convention a year later.",
      same: ["Nursing Diplomas Convention", "Andean Convention on the Recognition of Nursing Diplomas"],
    },
  ],
  negative: [
    // Two full titles hold the topic: the short title does not say which one it is.
    {
      text: "The Regional Convention on Harbour Pilots Safety at Sea and the Riverine Convention on Harbour Pilots Safety in Ports were both adopted in 2004. Ghana ratified the Harbour Pilots Safety Convention in 2006.",
      apart: ["Harbour Pilots Safety Convention", "Regional Convention on Harbour Pilots Safety at Sea"],
    },
    // The topic words are not written together in the full title.
    {
      text: "The Regional Convention on Harbour Safety for Pilots was adopted in 2004. Ghana ratified the Harbour Pilots Convention in 2006.",
      apart: ["Harbour Pilots Convention", "Regional Convention on Harbour Safety for Pilots"],
    },
  ],
};

const TOPIC_START = new Set(CONVENTION_SHORT_TITLE.words);
const CONNECTORS = new Set(["the", "of", "in", "and", "for", "on", "to", "at", "a", "an"]);
const singular = (w: string) => (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w);
const words = (name: string) => foldWords(name).map((w) => w.replace(/'s?$/, "")).filter((w) => w && w !== "the").map(singular);

/** The topic of a short title "<Topic> Convention" (two content words or more), or null. */
function shortTopic(name: string): string[] | null {
  const w = words(name);
  if (w.at(-1) !== "convention" || w.slice(0, -1).some((x) => x === "convention" || TOPIC_START.has(x) && x !== "of")) return null;
  const topic = w.slice(0, -1);
  return topic.filter((x) => !CONNECTORS.has(x)).length >= 2 ? topic : null;
}

/** The complement of a full title "<Owner> Convention on …" whose head is the convention (no "Protocol to the"), or null. */
function fullComplement(name: string): string[] | null {
  const w = words(name);
  const at = w.indexOf("convention");
  if (at < 0 || at > 3 || !TOPIC_START.has(w[at + 1] ?? "") || w.slice(0, at).some((x) => CONNECTORS.has(x))) return null;
  return w.slice(at + 2);
}

const holds = (complement: string[], topic: string[]) => complement.some((_, i) => topic.every((t, j) => complement[i + j] === t));

/** Renames each short title that a document writes beside the one full title holding its topic to that title. */
export function foldConventionShortTitle(all: readonly DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const full = all.filter((d) => d.kind === "CONVENTION").map((d) => ({ d, complement: fullComplement(d.name) })).filter((f) => f.complement);
  if (full.length === 0) return;
  for (const d of all) {
    if (d.kind !== "CONVENTION" || isGeneric(d.name)) continue;
    const topic = shortTopic(d.name);
    if (!topic) continue;
    const docs = documentsOf(d.key);
    const targets = full.filter((f) => f.d !== d && holds(f.complement!, topic) && [...documentsOf(f.d.key)].some((doc) => docs.has(doc)));
    if (new Set(targets.map((f) => nameKey(f.d.name))).size === 1) rename(d, targets[0]!.d);
  }
}
