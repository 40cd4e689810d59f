import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { PassageScan } from "./PassageScan.js";
import { TRAILING_CONTEXT } from "./nameRules.js";
import { isGeneric } from "./nameTrim.js";
import { analyse } from "./analysis.js";

/**
 * A single word that may be a body's name: capitalised or all capitals, with a letter after the first. The lookahead
 * asks at the word's start for what NAME_SHAPED needs there (two capitals, or a capital after lower case), so the scan
 * stops only at words that test can pass: no letter, digit or hyphen of a word opens another match, so the words it
 * skips hide none, and every word it yields is the one the scan without it yielded. The lookahead comes before the
 * lookbehind: both only test, so their order changes no match, and most positions fail the capital at once.
 */
const WORD = /(?=\p{Lu}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu})(?<![\p{L}\p{N}’'\-–&./])\p{Lu}[\p{Ll}\p{Lu}\d]*(?:-\p{Lu}[\p{Ll}\p{Lu}\d]*)*(?![\p{L}\p{N}\-–&/])/gu;
/** Written as no common word is: all capitals ("FORIM") or a capital inside the word ("InterAction"). */
const NAME_SHAPED = /^\p{Lu}{3,}\d*$|^\p{Lu}\p{Ll}+\p{Lu}/u;
const MONTHS = new Set(TRAILING_CONTEXT.words);
/** What separates two items of a list: a comma, "and", "&", "or", a semicolon; "the" may open the next item. */
const BEFORE_NEXT = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+|;\s*)(?:the\s+)?$/;
const AFTER_PREVIOUS = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+|;\s*)$/;
export const FUNCTION_WORD = /^(?:The|This|That|These|Those|It|Its|Their|They|We|Our|He|She|His|Her|There|Here|Which|What|Who|One|Each|All|Both|Another|Such|Today|Now|Together|Also|However|Instead|Meanwhile|Finally|First|Second|Third|Then|Yes|No|Other|Others|Some|Many|Most|Several|None|And|Or|But|In|On|At|By|For|From|With|Of|To|As|If|When|While|Where|Since|Until|After|Before)$/;

/** Class words written in capitals: "NGO", "CSO", "UN" name a kind of body, not one. */
const CLASS_WORD = /^(?:NGO|INGO|CSO|CBO|UN|EU|IGO|RECs?|NGOs|CSOs)$/;

interface Item { start: number; end: number; kind: EntityKind }

/**
 * "funded by STATMARK, the OECD and UNICEF": one word that no rule names is a body when the page lists it among
 * bodies, the items beside it being organizations and none of another kind (LISTED_ACTORS). A place, a month, a
 * function word and a capitalised common word opening the sentence are not; a word beside a state is not either,
 * for a list of states and bodies says nothing of what the word is. Runs once per passage, after every other name.
 */
export function listedActors(scan: PassageScan): void {
  const { text, hits, mentions, doc } = scan;
  const named: Item[] = mentions.map((m) => ({ start: m.localStart, end: m.localEnd, kind: m.kind }));
  // "the Centre for X of the University of Ghana": the state a body is named with closes that item of the list.
  for (const m of [...named]) {
    if (m.kind === "COUNTRY") continue;
    const state = hits.find((h) => h.kind === "COUNTRY" && h.start > m.end && h.start <= m.end + 9 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(m.end, h.start)));
    if (state) named.push({ start: m.start, end: state.end, kind: m.kind });
  }
  // A hit inside a longer name ("… of the University of Ghana") is a word of that name, not an item of the list.
  const inside = (h: Item) => named.some((m) => m.start <= h.start && h.end <= m.end && m.end - m.start > h.end - h.start);
  const items: Item[] = [...hits.map((h) => ({ start: h.start, end: h.end, kind: h.kind })), ...named].filter((h) => !inside(h));
  if (!items.some((i) => i.kind === "ORGANIZATION")) return;
  const byEnd = new Map<number, Item[]>();
  const byStart = new Map<number, Item[]>();
  for (const i of items) {
    byEnd.set(i.end, [...(byEnd.get(i.end) ?? []), i]);
    byStart.set(i.start, [...(byStart.get(i.start) ?? []), i]);
  }
  const found: Array<[number, number, string]> = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index!;
    const end = start + word.length;
    // A word written as any word is ("Report", "Health", "Oxford") is too often a title's word, a place or a person in
    // a list of references: only a word written as no common word is ("FORIM", "InterAction") is read. Every test
    // here only rules a word out, so this one, the cheapest that rules most out, comes first.
    if (word.length < 3 || !NAME_SHAPED.test(word)) continue;
    if (FUNCTION_WORD.test(word) || MONTHS.has(word) || scan.overlaps(start, end)) continue;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    // "the Commission", "EUR 5 million", "Members of the European Parliament", "investment in Africa": a head noun, a
    // currency before its amount, a word opening a longer name or a preposition's object is no listed body.
    if (isGeneric(word) || /^\s*\d|^\s+(?:of|for|on|in|to|at|de)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 24))) continue;
    // "Department of Immigration", "Envoy on Youth": after a capitalised word and "of", it ends that name; "made up of
    // STATMARK, IOM and …" opens a list.
    const before = text.slice(Math.max(0, start - 30), start);
    // "the 2009 HDR": a year before the word dates an edition of a report or a meeting, not a body.
    if (/\b(?:19|20)\d\d\s+$/.test(before) || /\b(?:in|to|at|from|into)\s+(?:the\s+)?$/.test(before) || /\p{Lu}[\p{L}’'-]*\s+(?:of|for|on|de)\s+(?:the\s+)?$/u.test(before)) continue;
    // "STATMARK's office", "Caritas Norden": a possessive or a capitalised word after it makes it part of something else.
    if (/^(?:[’']s\b|\s+\p{Lu})/u.test(text.slice(end, end + 3)) || /\p{Lu}[\p{L}]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    const previous = around(byEnd, text, start, -8, (at) => AFTER_PREVIOUS.test(text.slice(at, start)));
    const next = around(byStart, text, end, 12, (at) => BEFORE_NEXT.test(text.slice(end, at)));
    const beside = [...previous, ...next];
    if (beside.length === 0 || beside.some((h) => h.kind !== "ORGANIZATION")) continue;
    if (doc.isPlace(word) || CLASS_WORD.test(word)) continue;
    // "The Human Development Report (HDR)": an acronym the page spells out is what its definition says it is.
    if (text.includes(`(${word})`)) continue;
    if (modifiesCommonNoun(text, start, end)) continue;
    found.push([start, end, word]);
  }
  for (const [start, end, word] of found) {
    const id = entityId("ORGANIZATION", word);
    if (doc.catalog.byId.has(id)) continue;
    scan.discover({ key: id, kind: "ORGANIZATION", name: word, acronym: null, kindStated: true });
    scan.push({ localStart: start, localEnd: end, kind: "ORGANIZATION", key: id, method: "name-pattern", confidence: 0.6 });
  }
}

/**
 * "CEASEVAL partner page for ECRE; ASU course profile of ECRE": a word that opens a noun phrase headed by a common
 * noun after it is that noun's modifier, and the list item is the page or profile, not a body (the noun phrases of
 * the wink-nlp analysis of the words from it on).
 */
export function modifiesCommonNoun(text: string, start: number, end: number): boolean {
  const { tokens, nounPhrases } = analyse(text, start, Math.min(text.length, end + 60));
  const np = nounPhrases.find((p) => p.from === 0);
  if (!np || np.to < 2) return false;
  const head = tokens[np.to - 1]!;
  return head.pos === "NOUN" && /^\p{Ll}/u.test(head.text);
}

/** The items that end (or start) within reach of a position, the text between passing the separator test. */
function around(index: Map<number, Item[]>, text: string, from: number, reach: number, separates: (at: number) => boolean): Item[] {
  const out: Item[] = [];
  const [a, b] = reach < 0 ? [from + reach, from] : [from, from + reach];
  for (let at = Math.max(0, a); at <= Math.min(text.length, b); at++) {
    const got = index.get(at);
    if (got && separates(at)) out.push(...got);
  }
  return out;
}
