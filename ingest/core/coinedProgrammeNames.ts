import { isStatedOrganisationNetwork } from "./organisationNetwork.js";
import type { Catalog } from "../catalog/catalog.js";
import { PROGRAMME_NOUNS } from "./programmeNouns.js";
import type { NameRule } from "./NameRule.js";
import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * A programme known by a coined word in capitals ("PROMIS", "MED-HIMS", "Erasmus+"-like shapes in capitals) that the
 * text never expands: no head noun and no initials tie it to a kind, so only the class noun beside it does.
 *   - "the SEAMAR project", "the joint UNODC-OHCHR SEAMAR project", "the ILO FAIRWAY programme": the word right
 *     before a lower-case programme noun; bodies written before it are its sponsors, no part of its name;
 *   - "MEDSTAT-MIG, the Mediterranean migration statistics programme funded by …": the word set off by a comma
 *     before "the/a … <programme noun>";
 *   - "the regional labour statistics programme, LABSTAT-MED, that …": the word set off after the noun.
 * A catalog body or an acronym the page defines is read as that (the caller skips words already mentioned), and so
 * is a word the initials of a name in the passage spell (UNDEFINED_INITIALS); words that are common abbreviations
 * ("NGO", "HIV") name no programme.
 */
export const COINED_PROGRAMME_NAMES: NameRule = {
  id: "coined-programme-names",
  what: "A word in capitals (three letters or more, hyphens or digits inside) that no catalog or definition reads, right before a lower-case programme noun ('the SEAMAR project', 'the joint UNODC-OHCHR SEAMAR project') or set off by commas beside 'the/a … programme' ('MEDSTAT-MIG, the Mediterranean statistics programme', 'the data programme, LABSTAT-MED,'), is an initiative of that name; so are two or three such words set off by commas ('HARBOUR WEST, an EU-funded project'); sponsors before it stay bodies of their own (coinedProgrammeNames.ts).",
  // A programme's own nouns (PROGRAMME_NOUNS), and the partnerships, networks and platforms a coined word also names.
  words: [...PROGRAMME_NOUNS, "partnership", "network", "platform"],
  positive: [
    { text: "UNODC launched the joint UNODC-OHCHR SEAMAR project in 2018.", name: "SEAMAR", kind: "INITIATIVE" },
    { text: "Sweden funds the FAIRWAY programme in Morocco.", name: "FAIRWAY", kind: "INITIATIVE" },
    { text: "Tinland hosted a meeting of PORTSTAT, the harbour statistics programme of the region.", name: "PORTSTAT", kind: "INITIATIVE" },
    { text: "The European Union funds the regional labour statistics programme, LABSTAT-MED, that Egypt joined.", name: "LABSTAT-MED", kind: "INITIATIVE" },
    { text: "Its partner is HARBOURNET, a regional fishers' data project run by the ILO.", name: "HARBOURNET", kind: "INITIATIVE" },
    // Two or three words in capitals set off beside the programme noun are one name.
    { text: "Ghana and Togo take part in HARBOUR WEST, an EU-funded regional project run by ICMPD.", name: "HARBOUR WEST", kind: "INITIATIVE" },
    { text: "Norway funds the regional crew training scheme, SAFE DECKS NOW, which Ghana joined.", name: "SAFE DECKS NOW", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "UNODC launched the joint UNODC-OHCHR SEAMAR project in 2018.", name: "UNODC-OHCHR SEAMAR" },
    { text: "The UNHCR programme in Chad ended in 2012.", name: "UNHCR" },
    { text: "The NGO network met in Accra.", name: "NGO" },
    { text: "Ghana hosted the HIV programme review.", name: "HIV" },
    { text: "TOGO, the country that hosted the programme, sent a minister.", name: "TOGO" },
    { text: "She said the ACCRA project office would close.", name: "ACCRA" },
    { text: "The MDG-F funded the YEM programme on youth.", name: "YEM" },
    { text: "The CFIC initiative was praised. IOM leads the Coastal Fishers in Crisis Initiative with Chile.", name: "CFIC" },
    { text: "Ghana and Togo take part in HARBOUR WEST, an EU-funded regional project run by ICMPD.", name: "WEST" },
    // A run of capitals set off beside no programme noun names nothing.
    { text: "Ghana and Togo signed the HARBOUR WEST ACCORD, a text on crews, in 2019.", name: "HARBOUR WEST ACCORD" },
  ],
};

const NOUNS = COINED_PROGRAMME_NAMES.words.join("|");
/** A coined word: capitals, with digits, hyphens or a closing "+" ("MED-HIMS", "LABSTAT-MED", "EU4FAIR"). */
const COINED = "[A-Z][A-Z0-9]{2,}(?:[-–][A-Z0-9]{2,})*\\+?";
/** Common abbreviations and words written in capitals for emphasis, no programme's name. */
const NOT_COINED = new Set("NGO NGOS HIV AIDS COVID ICT SDG SDGS GDP USD EUR CEO FAQ PDF URL NOTE NEW ALL AND THE".split(" "));
/** Up to three coined words in a row, set off by commas beside a programme noun ("MIGRATION EAST, an EU-funded project"). */
const COINED_RUN = `${COINED}(?:[^\\S\\n]+${COINED}){0,2}`;
const BEFORE_NOUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${COINED})\\s+(?:${NOUNS})\\b(?!\\s+(?:of|for)\\s+[A-Z])`, "gu");
/** "X, the/a <up to eight words> programme" (no full stop, comma or bracket inside). */
const APPOSED_AFTER = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${COINED_RUN}),\\s+(?:the|a|an)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,8}?(?:${NOUNS})\\b`, "gu");
/** "the <lower-case words> programme, X," / "… programme, X." */
const APPOSED_BEFORE = new RegExp(`\\b(?:the|a|an|its|their)\\s+(?:[\\p{Ll}\\p{N}'’-]+\\s+){0,6}(?:${NOUNS}),\\s+(${COINED_RUN})(?=\\s*[,.;)]|\\s+(?:that|which|whose)\\b)`, "gu");
const PROGRAMME_NOUN = new RegExp(NOUNS);
/** Only a sentence's first word can be capitals for emphasis before an apposition; a page's own heading case too. */
const SHOUTED = /^[A-Z0-9\s\-–:,.'’&+]+$/;

export interface CoinedName {
  name: string;
  start: number;
}

/** The title run (titleRun.ts) as initials are spelled from: no apostrophes, five small words, one at a time. */
const TITLE_RUN = new RegExp(titleRunPattern({ onlySmall: ["in", "of", "on", "for", "and"], maxSmall: 1, apostrophes: false, minWords: 2 }), "gu");

/** Whether a capitalised run of the passage spells the word by its initials: then it abbreviates that name (UNDEFINED_INITIALS). */
function spelledInText(text: string, word: string): boolean {
  const letters = word.replace(/[^A-Z]/g, "");
  for (const m of text.matchAll(TITLE_RUN)) {
    const words = m[0].split(/\s+/);
    const caps = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    const all = words.map((w) => w[0]!.toUpperCase()).join("");
    if (caps.includes(letters) || all.includes(letters)) return true;
  }
  return false;
}

/** Coined programme names in a passage (COINED_PROGRAMME_NAMES); the caller skips words a catalog or definition read. */
export function coinedProgrammeNames(text: string): CoinedName[] {
  // Every pattern needs a word in capitals and one of the programme nouns: most passages lack one of them.
  if (!/[A-Z]{3}/.test(text) || !PROGRAMME_NOUN.test(text)) return [];
  const out: CoinedName[] = [];
  const seen = new Set<number>();
  for (const re of [BEFORE_NOUN, APPOSED_AFTER, APPOSED_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      const start = m.index! + m[0].indexOf(name, re === APPOSED_BEFORE ? m[0].lastIndexOf(",") : 0);
      if (seen.has(start) || name.split(/\s+/).some((w) => NOT_COINED.has(w.replace(/\+$/, ""))) || spelledInText(text, name)) continue;
      // A line written all in capitals (a heading) coins nothing.
      const lineStart = text.lastIndexOf("\n", start) + 1;
      const lineEnd = text.indexOf("\n", start);
      if (SHOUTED.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) continue;
      seen.add(start);
      out.push({ name, start });
    }
  }
  return out;
}

const CODES = new WeakMap<Catalog, Set<string>>();

/** A state's three-letter code ("YEM" in "the YEM programme") is the state, no coined name. */
export function countryCodes(catalog: Catalog): Set<string> {
  let codes = CODES.get(catalog);
  if (!codes) {
    codes = new Set([...catalog.byId.values()].flatMap((e) => (e.iso3 ? [e.iso3] : [])));
    CODES.set(catalog, codes);
  }
  return codes;
}

/**
 * The coined name a run of capitals gives once words already read are set aside: the whole run where nothing in it
 * was read; else the words after the last one read ("ILO FAIRWAY": the ILO sponsors FAIRWAY); null where the run's
 * last word was read.
 */
export function coinedName(c: CoinedName, read: (start: number, end: number) => boolean): CoinedName | null {
  let { name, start } = c;
  for (;;) {
    if (!read(start, start + name.length)) return { name, start };
    const space = name.search(/\s/);
    if (space < 0) return null;
    const rest = name.slice(space).trimStart();
    start += name.length - rest.length;
    name = rest;
  }
}

/** The coined programme names a passage types by a programme noun, as mentions and discovered names (recognise.ts, step 3d'). */
export function coinedProgrammeMentions(scan: PassageScan): void {
  const { text, scope } = scan;
  const { catalog, localAcronyms } = scan.doc;
  for (const coined of coinedProgrammeNames(text)) {
    // "the ILO FAIRWAY, a … programme": a known body opening a run of capitals is its sponsor; the name is the rest.
    const c = coinedName(coined, (a, b) => scan.overlaps(a, b) || scan.hits.some((h) => h.start < b && a < h.end));
    if (!c) continue;
    const end = c.start + c.name.length;
    if (localAcronyms.has(`${scope}|${c.name}`) || scan.doc.isPlace(c.name[0] + c.name.slice(1).toLowerCase()) || countryCodes(catalog).has(c.name)) continue;
    // "TIDERA, a network of NGOs": a network of organizations is one body of them (ORGANISATION_NETWORKS).
    const kind = isStatedOrganisationNetwork(text.slice(end, end + 90)) ? "ORGANIZATION" : "INITIATIVE";
    const key = entityId(kind, c.name);
    if (catalog.byId.has(key)) continue;
    const word = !/\s/.test(c.name);
    scan.discover({ key, kind, name: c.name, acronym: word ? c.name : null });
    if (word) localAcronyms.set(`${scope}|${c.name}`, { id: key, kind });
    scan.push({ localStart: c.start, localEnd: end, kind, key, method: "name-pattern", confidence: 0.7 });
  }
}
