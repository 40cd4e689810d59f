import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind, headWord } from "./headKind.js";
import { ACRONYM_PROGRAMMES, GENERIC_OFFICES, NAME_CONNECTORS, QUOTED_NAMES, VENUE_HEADS } from "./nameRules.js";

/**
 * Shape tests on a candidate name, each driven by a rule in nameRules.ts
 * (words and example sentences there; the examples run in test/unit/nameRules.test.ts).
 */

const OFFICE_WORDS = new Set(GENERIC_OFFICES.words);
const OFFICE_HEADS = new Set(["Office", "Offices", "Mission", "Group", "Groups", "Force", "Forces"]);

/** "Regional Office", "Working Group": one of many unnamed offices or groups of a body (GENERIC_OFFICES). */
export function isGenericOffice(local: string): boolean {
  const words = local.split(/\s+/).filter(Boolean);
  return words.length > 0 && OFFICE_HEADS.has(words[words.length - 1]!) && words.every((w) => OFFICE_WORDS.has(w));
}

const VENUES = new Set(VENUE_HEADS.words.heads);
const JUDICIAL = new Set(VENUE_HEADS.words.bodies);
const CENTRES = new Set(VENUE_HEADS.words.centres);
const USES = new Set(VENUE_HEADS.words.uses);

/** "Milton Court": a building, not a body (VENUE_HEADS). */
export function isVenue(name: string): boolean {
  const head = headWord(name);
  // "Adelaide Convention Centre": a hall named for what is held in it.
  const words = name.split(/\s+/);
  if (head && CENTRES.has(head) && words.length >= 2 && USES.has(words[words.indexOf(head) - 1] ?? "")) return true;
  if (!head || !VENUES.has(head)) return false;
  if (/\s(?:of|for|on)\s/.test(name)) return false;
  return !name.split(/\s+/).some((w) => JUDICIAL.has(w));
}

const SMALL = new Set([...NAME_CONNECTORS.words, ...QUOTED_NAMES.words, "a", "an"]);
const QUOTED = /[“"]([A-Z][^”"\n]{3,160})[”"]/g;

export interface QuotedName {
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
}

/** Title-case quoted phrases whose own head noun gives a kind (QUOTED_NAMES): the quotes close the name. */
export function quotedNames(text: string): QuotedName[] {
  const out: QuotedName[] = [];
  for (const m of text.matchAll(QUOTED)) {
    // A colon or brackets mark a publication's title and subtitle, not a name; "The" opens many titles.
    if (/[:()]/.test(m[1]!)) continue;
    const name = m[1]!.replace(/[,.;:]+$/, "").replace(/^(?:The|A|An)\s+/, "").trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 16) continue;
    if (!words.every((w) => /^[A-Z0-9“"(]/.test(w) || SMALL.has(w))) continue;
    const kind = headKind(name);
    if (!kind || kind === "COUNTRY") continue;
    const start = m.index! + m[0].lastIndexOf(name);
    out.push({ start, end: start + name.length, name, kind });
  }
  return out;
}

/** An organization written by its acronym ("UNICEF", "IOM"): an acronym may be followed by a country to name its office there. */
export function isAcronymSurface(surface: string): boolean {
  return /^[A-Z][A-Z&\-]{1,11}$/.test(surface);
}

/**
 * A word in capitals and digits only ("CHIFT", "G20"), 2 to `maxLength` characters: the letters the identity folds
 * take for an acronym (acronymHeadFold.ts, acronymOnlyFold.ts), each with the length it allows. Unlike an
 * organization's surface above it admits digits and no "&" or hyphen.
 */
export function isAcronymWord(word: string, maxLength: number): boolean {
  return word.length >= 2 && word.length <= maxLength && /^[A-Z][A-Z0-9]+$/.test(word);
}

const SERIES_HEADS = new Set(ACRONYM_PROGRAMMES.words.heads);
const LAUNCH = new RegExp(`\\b(?:${ACRONYM_PROGRAMMES.words.verbs.join("|")})(?:\\s+up)?\\s+(?:the|a|an)\\s+(?:[\\w$-]+\\s+){0,3}$`, "i");

/** A name defined with an acronym but without a kind noun: an initiative when launched, or a survey series (ACRONYM_PROGRAMMES). */
/** "… (MGI) were developed by IOM": the launching verb after the definition, in the passive. */
const LAUNCHED_BY = new RegExp(`^\\)?\\s*(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:${ACRONYM_PROGRAMMES.words.verbs.filter((v) => /ed$|^set$|^ran$/.test(v)).join("|")}|developed|designed)(?:\\s+up)?\\s+(?:\\w+\\s+){0,3}?by\\b`, "i");

export function acronymProgramme(name: string, before: string, after = ""): EntityKind | null {
  if (name.split(/\s+/).length < 2) return null;
  const last = name.split(/\s+/).pop()!;
  if (SERIES_HEADS.has(last) || LAUNCH.test(before) || LAUNCHED_BY.test(after)) return "INITIATIVE";
  return null;
}
