import { entityId } from "../../src/ontology/ids.js";
import { ENTITY_KIND_NAMES, type EntityKind } from "../../src/ontology/ontology.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { headKind } from "./headKind.js";
import { inLexicon } from "./inLexicon.js";
import { HEAD_NOUNS } from "./headNouns.js";
import { FUNCTION_WORD, modifiesCommonNoun } from "./listedActor.js";
import { TRAILING_CONTEXT } from "./nameRules.js";
import { isGeneric } from "./nameTrim.js";
import type { DocumentScan, PassageScan } from "./PassageScan.js";
import { PERSON_TITLES } from "./personTitles.js";

/**
 * A run of capitalised words, with the particles of foreign names ("Maatwerk bij Terugkeer") and the complements of
 * titles ("Ministry of Social Development", "Commissioner for Migration") between them, so that a title is one run,
 * not a list item of its complement's words; spaces only: a line break ends it.
 */
const WORD = String.raw`\p{Lu}[\p{L}\d’'-]*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'\-–&./])${WORD}(?:[ \t](?:(?:de|del|des|du|da|für|bij|van|voor|la|le|of|for|on)[ \t](?:the[ \t])?)?${WORD}){0,5}(?![\p{L}\p{N}\-–&/])`, "gu");
/** Written as no common word is (LISTED_ACTORS reads these one-word names). */
const NAME_SHAPED = /^\p{Lu}{3,}\d*$|^\p{Lu}\p{Ll}+\p{Lu}/u;
const MONTHS = new Set(TRAILING_CONTEXT.words);
/** Head nouns and the words of states' formal names: a name holding one is read by its head, not by its list. */
const KIND_WORDS = new Set([...Object.values(HEAD_NOUNS.words).flat(), "Nations", "States", "Republic", "Kingdom", "Government"]);
/** What separates two items of a list; "the" and a possessor may open the next item ("the Commission's Joint Research Centre"). */
const SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+|;\s*)(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?$/u;
/** What an item may carry after its name: its bracketed acronym or other name, its country ("Accem in Spain"). */
const BRACKET_AFTER = /^\s*\([^()\n]{1,40}\)/;
const COUNTRY_AFTER = /^\s+(?:in|from)\s+(?:the\s+)?$/;
/** A person's title or post: PERSON_TITLES and the posts a page names beside its holder ("the High Commissioner"). */
const ROLES = [...PERSON_TITLES.words, "Commissioner", "Envoy", "Rapporteur", "Representative", "Adviser", "Advisor", "Chancellor", "Governor", "Mayor", "Deputy", "Executive", "General", "Coordinators?", "Directors?", "Advisors?", "Chief", "Founder", "Spokesperson"];
const ROLE_WORD = new RegExp(`^(?:${ROLES.join("|")})$`);
/** "Dr Maria Lopez", "the Resident Coordinator, Charles Abani", "policy chief Federica Mogherini": a post right before. */
const ROLE_BEFORE = new RegExp(`\\b(?:${ROLES.join("|")})\\.?,?\\s+$`, "i");
/** "Katja Keul, Minister of State", "William Lacy Swing, IOM's Director General": a post in apposition right after. */
const ROLE_AFTER = new RegExp(`^,\\s+(?:the\\s+|its\\s+|their\\s+|\\p{Lu}[\\p{L}-]*[’']s\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLES.join("|")})\\b`, "iu");
/** A capitalised word and "of", "for", "on" right before: what follows completes that title. */
const COMPLEMENT_BEFORE = /\p{Lu}[\p{L}’'-]*\s+(?:of|for|on|de)\s+(?:the\s+)?$/u;
/** "Co-hosts": a capitalised word whose hyphened part is in lower case is a common word opening a line or sentence. */
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}/u;
/** "Horn of Africa", "Gulf of Guinea": a geographic head before its complement names a place. */
const GEOGRAPHIC = /^(?:Horn|Gulf|Sea|Coast|Basin|Lake|Bay|Cape|Mount|River|Islands?|Republic|Kingdom|City|Province|Region|State)\s+of\b/;
/** A street, a zone or a region is a place, not a body ("Vesilennuki Street", "Schengen Area"). */
const PLACE_END = /\s(?:Street|Road|Avenue|Boulevard|Square|Lane|Building|Area|Zone|Region|Corridor|Islands?|Valley|Province|County|District)$/;

/** A list item: a name read before (its kind), an unread name (`name`), or a run that is no name (`spoils`) or of no kind. */
interface Item { start: number; end: number; kind: EntityKind | null; name?: string; spoils?: boolean; stated?: boolean }

/**
 * "co-chaired by UNHCR, Statistics Norway and the OECD", "the partners were the WFP, Inkomoko, KDII, UNICEF and Peace
 * Winds Japan": a capitalised name no rule reads and no word of which says a kind is an organization when a list puts
 * it among organizations and beside nothing of another kind (LISTED_NAMES). Coordinated names name things of one
 * kind. A name of several words needs one organization in its list and a list of three items or two joined by "and"
 * (joined): a single word written
 * as any word is ("Oxford", "Rivera") may be a place, a person or a title's word, so it needs three organizations in
 * its list. A list that also holds a place, a person (a post beside the name anywhere on the page), a month or a
 * phrase the page writes in lower case ("Member States") is a list of words, not of bodies, and lends no kind; nor
 * does one opening on a title's complement ("Commissioner for Migration, Home Affairs and …"). A preposition's
 * object, a possessor, a short form the page defines in brackets, a modifier of a common noun, a name read as another
 * kind elsewhere on the page and a name joined by "and" to a run no rule read (one name may hold the "and") are not read.
 * Runs once per passage, after every other name.
 */
export function listedNames(scan: PassageScan): void {
  const { text, hits, mentions, doc } = scan;
  const known: Item[] = [
    ...hits.map((h) => ({ start: h.start, end: h.end, kind: h.kind })),
    ...mentions.map((m) => ({ start: m.localStart, end: m.localEnd, kind: m.kind })),
  ];
  if (!known.some((i) => i.kind === "ORGANIZATION")) return;
  const candidates = candidateNames(scan);
  if (candidates.length === 0) return;
  // A hit inside a longer item ("Kenya" in "Kenya Red Cross Society") is a word of it, not an item of the list.
  const all = [...known, ...candidates];
  // A catalog hit and the mention kept for it share a span: one item.
  const items = all.filter((i, n) => !all.some((o, k) => o !== i && o.start <= i.start && i.end <= o.end && (o.end - o.start > i.end - i.start || (k < n && o.start === i.start))));
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Accem in Spain", "the EUAA (formerly EASO)": an item's country and bracket belong to it, not to the list.
  const tails = new Map<Item, number>();
  for (const item of items) {
    let end = item.end;
    const bracket = BRACKET_AFTER.exec(text.slice(end, end + 44));
    if (bracket) end += bracket[0].length;
    const country = items.find((c) => c.kind === "COUNTRY" && c.start > end && c.start <= end + 12 && COUNTRY_AFTER.test(text.slice(end, c.start)));
    if (country) end = country.end;
    tails.set(item, end);
  }
  const absorbed = new Set(items.filter((c) => items.some((i) => i !== c && i.start < c.start && i.end <= c.start && tails.get(i)! >= c.end)));
  const list = items.filter((i) => !absorbed.has(i));
  // Chains of items, each joined to the next by a separator on one line.
  const chains: Item[][] = [];
  for (const item of list) {
    const last = chains.at(-1)?.at(-1);
    const gap = last ? text.slice(tails.get(last)!, item.start) : null;
    if (last && gap !== null && tails.get(last)! <= item.start && !gap.includes("\n") && SEPARATOR.test(gap)) chains.at(-1)!.push(item);
    else chains.push([item]);
  }
  for (const chain of chains) {
    const named = chain.filter((i) => i.kind !== null);
    if (named.length === 0 || chain.some((i) => i.spoils) || named.some((i) => i.kind !== "ORGANIZATION")) continue;
    // "Commissioner for Migration, Home Affairs and Citizenship", "Ministry of Labour, Invalids and Social Affairs": a
    // list that opens on a post's or a name's complement is the words of that title, not names.
    if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, chain[0]!.start - 40), chain[0]!.start))) continue;
    // "Speakers: Maria Lopez, UNICEF; Juan Perez, IOM": commas inside semicolon-separated items pair a person with a body.
    const gaps = chain.slice(1).map((item, i) => text.slice(tails.get(chain[i]!)!, item.start));
    if (gaps.some((g) => g.startsWith(";")) && gaps.some((g) => g.startsWith(","))) continue;
    const page = doc.pageText?.() ?? text;
    if (chain.some((i) => i.name && (notABody(scan, i) || onPage(doc, `common ${i.name}`, () => commonWords(page, i.name!)) || onPage(doc, `person ${i.name}`, () => personOnPage(page, i.name!))))) continue;
    for (const [at, item] of chain.entries()) {
      if (!item.name) continue;
      // "DG Migration and Home Affairs", "Ministry of Labour and Vocational Training": a name joined by "and" to a run
      // no rule read may be the second half of one name with "and" in it.
      const pair = [chain[at - 1], chain[at + 1]].some((o) => o && o.kind === null && /\s(?:and|&)\s/.test(text.slice(Math.min(tails.get(o)!, tails.get(item)!), Math.max(o.start, item.start))));
      if (pair) continue;
      const single = !item.name.includes(" ");
      if (single ? named.length < 3 : !joined(text, chain, tails)) continue;
      if (headKind(item.name) !== null || !readable(scan, item.name, item.start, item.end)) continue;
      readAsOrganization(scan, item);
    }
  }
}

/**
 * A list of three items or more, or two joined by "and", "&" or "or": a bare comma between two names may be an
 * affiliation ("Maria Lopez, UNICEF"), a semicolon between two may end a clause ("UNFPA chairs the X; UNICEF funds it").
 */
function joined(text: string, chain: Item[], tails: Map<Item, number>): boolean {
  if (chain.length >= 3) return true;
  const [a, b] = [chain[0]!, chain[1]!];
  return /^(?:,\s*)?\s*(?:and|&|or)\s/.test(text.slice(tails.get(a)!, b.start));
}

/**
 * The capitalised runs of the passage that no rule read: a name no word of which says a kind (an item with its name),
 * a run of common words, a place or a person (an item that spoils its list: a list of words, places or people says
 * nothing of what its other items are), or a run that is neither (an item of no kind: an unread acronym, a name with a
 * head noun, a word the context takes elsewhere).
 */
function candidateNames(scan: PassageScan): Item[] {
  const { text, hits, doc } = scan;
  const out: Item[] = [];
  for (const m of text.matchAll(RUN)) {
    let name = m[0];
    let start = m.index!;
    // "Since Eurostat", "The People": a function word opening the run is no word of the name.
    const words = name.split(/[ \t]+/);
    while (words.length > 1 && FUNCTION_WORD.test(words[0]!)) start += words.shift()!.length + 1;
    name = words.join(" ");
    const end = start + name.length;
    if (text.slice(start, end) !== name || (words.length === 1 && FUNCTION_WORD.test(name))) continue;
    // A state inside a longer name ("Peace Winds Japan") is a word of it; any other hit or mention makes it part of another name.
    const states = scan.mentions.filter((x) => x.kind === "COUNTRY" && x.localStart >= start && x.localEnd <= end && x.localEnd - x.localStart < end - start);
    if (scan.taken.some(([a, b]) => a < end && start < b && !states.some((x) => x.localStart === a && x.localEnd === b))) continue;
    const inside = hits.filter((h) => h.start < end && start < h.end);
    if (inside.some((h) => h.kind !== "COUNTRY" || h.start < start || h.end > end || (h.start === start && h.end === end))) continue;
    // "Human Resources Development Service of Korea (HRD Korea)", "Ministry of Social Development": a bracket's words
    // and a title's complement belong to the name around them, neither an item nor a spoiler of the list.
    const before = text.slice(Math.max(0, start - 60), start);
    if (before.lastIndexOf("(") > before.lastIndexOf(")") || COMPLEMENT_BEFORE.test(before)) {
      out.push({ start, end, kind: null });
      continue;
    }
    // The cheap tests here; those that search the page wait until a list of organizations holds the run.
    const spoils = GEOGRAPHIC.test(name) || words.some((w) => FUNCTION_WORD.test(w) || MONTHS.has(w) || ROLE_WORD.test(w) || LOWER_COMPOUND.test(w)) || PLACE_END.test(name) || isGeneric(name) || doc.isPlace(name);
    if (spoils) {
      out.push({ start, end, kind: null, spoils: true });
      continue;
    }
    const unread = name.length < 3 || (words.length === 1 && NAME_SHAPED.test(name)) || words.some((w) => KIND_WORDS.has(w) || /[’']s$/.test(w));
    out.push(unread ? { start, end, kind: null } : { start, end, kind: null, name, stated: states.length > 0 || inside.length > 0 });
  }
  return out;
}

/**
 * What a name's words say it is not: a person ("Maria Lopez", "Filippo Grandi": two or three words, no state among
 * them, the last a word the English lexicon lacks, as family names are), a class of people ("Syrian Refugees": a
 * demonym first; "Host Communities": a plural common noun last), or a place (a single word the page writes after "in",
 * "at" or "near": "Kakuma"). "Tidewater Hope", "Peace Winds Japan" and "Inkomoko" stay.
 */
function notABody(scan: PassageScan, item: Item): boolean {
  const words = item.name!.split(/\s+/);
  const last = words.at(-1)!;
  if (words.length === 1) return onPage(scan.doc, `place ${last}`, () => new RegExp(`\\b(?:in|at|near)\\s+(?:the\\s+)?${escapeRegExp(last)}(?![\\p{L}])`, "u").test(scan.doc.pageText?.() ?? scan.text));
  if (scan.doc.catalog.demonyms.has(words[0]!)) return true;
  if (item.stated) return false;
  if (/[^s]s$/.test(last) && inLexicon(last)) return true;
  return words.length <= 3 && !inLexicon(last);
}

/** A page-wide test of a name, run once per page: the tests search the whole page's text (a passage's without a page). */
const pageTests = new WeakMap<DocumentScan, Map<string, boolean>>();
function onPage(doc: DocumentScan, key: string, test: () => boolean): boolean {
  if (!doc.pageText) return test();
  let tests = pageTests.get(doc);
  if (!tests) pageTests.set(doc, (tests = new Map()));
  let found = tests.get(key);
  if (found === undefined) tests.set(key, (found = test()));
  return found;
}

/** "Member States", "Civil Society": a phrase the page also writes in lower case is common words, not a name. */
function commonWords(page: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name.toLowerCase())}(?![\\p{L}])`, "u").test(page);
}

/** The tests that rule a capitalised name out where it stands: each only rules out. */
function readable(scan: PassageScan, name: string, start: number, end: number): boolean {
  const { text, doc } = scan;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 24);
  // "in Oxford", "the 2009 Report", "Department of X": a preposition's object, an edition or the end of a longer name.
  if (/\b(?:in|to|at|from|into|near)\s+(?:the\s+)?$/.test(before) || /\b(?:19|20)\d\d\s+$/.test(before)) return false;
  if (COMPLEMENT_BEFORE.test(before)) return false;
  // "Rivera's savings", "Caritas Norden", "X of the Y": a possessor, or a word opening a longer name.
  if (/^(?:[’']s\b|\s*\d|\s+(?:of|for|on|de)\s+(?:the\s+)?\p{Lu})/u.test(after)) return false;
  // "the Human Resources Development Service of Korea (HRD Korea)": a short form the page defines is the defined body's.
  if ((doc.pageText?.() ?? text).includes(`(${name})`)) return false;
  // "Walk Free" read as a programme elsewhere on the page: the list does not make it a body.
  if (ENTITY_KIND_NAMES.some((kind) => doc.discovered.has(entityId(kind, name)) || doc.catalog.byId.has(entityId(kind, name)))) return false;
  return !modifiesCommonNoun(text, start, end);
}

/** Whether the page writes the name with a person's post right before it or in apposition right after it. */
function personOnPage(page: string, name: string): boolean {
  for (const m of page.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu"))) {
    if (ROLE_BEFORE.test(page.slice(Math.max(0, m.index! - 40), m.index!))) return true;
    if (ROLE_AFTER.test(page.slice(m.index! + name.length, m.index! + name.length + 60))) return true;
  }
  return false;
}

function readAsOrganization(scan: PassageScan, item: Item): void {
  const { start, end, name } = item;
  // "Peace Winds Japan": the state is a word of this name, not a mention of the state.
  if (!scan.releaseWithin(start, end, "COUNTRY") && scan.overlaps(start, end)) return;
  for (let i = scan.hits.length - 1; i >= 0; i--) if (scan.hits[i]!.kind === "COUNTRY" && scan.hits[i]!.start >= start && scan.hits[i]!.end <= end) scan.hits.splice(i, 1);
  const id = entityId("ORGANIZATION", name!);
  scan.discover({ key: id, kind: "ORGANIZATION", name: name!, acronym: null, kindStated: true });
  scan.push({ localStart: start, localEnd: end, kind: "ORGANIZATION", key: id, method: "name-pattern", confidence: 0.6 });
}
