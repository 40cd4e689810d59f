import type { M } from "./mentionLists.js";
import { knownCityName } from "./meetingVenue.js";
import { CITY_WORDS } from "./seatCity.js";
import { NON_FACT } from "./rules/PhraseRule.js";

/**
 * The seat phrase: "is based in", "headquartered in", "has its headquarters in", "set up its seat in". What stands in
 * the phrase's place is where the body sits, so where it works (officeListRules.ts reads the same from a field line).
 */
const SEAT_PHRASE = /\b(?:(?:is|are|remains?|now)\s+)?(?:based|headquartered|seated)\s+in\s+(?:the\s+)?|\b(?:has|have|keeps?|set\s+up|established|moved)\s+(?:its|their)\s+(?:headquarters|head\s+office|seat|secretariat)\s+in\s+(?:the\s+)?/gi;
/**
 * What may stand between the body and the phrase: nothing, its bracketed short form, a comma ("IOM's centre, based
 * in Damak"), a copula, or an apposed class in lower case ("Moorlight, an NGO based in Tromsø", "is a network based
 * in"), which holds no other name and no "of" that could own the seat ("a member of the network based in Geneva").
 */
const BODY_TO_PHRASE = /^(?:\s*\([^()]{1,20}\))?(?:\s*,|\s+(?:is|are))?(?:\s+(?:an?|the)\s+(?:(?!(?:of|for|with|and|or|to|by|in)\s)(?:[a-z][\w-]*|[A-Z]{2,5}s?)\s+){0,5}?)?\s*$/;
/**
 * A seat once held, or one to come, is no seat now: "formerly based in", "a charity previously based in". The
 * negations, modals and plans are the phrase rules' (NON_FACT); the words of a past seat are this reader's own.
 */
const NOT_NOW = new RegExp(String.raw`(?:\b(?:was|were|had\s+been|formerly|previously|originally|until|no\s+longer|to\s+be|moves?\s+to)\b|${NON_FACT.source})\s*$`, "i");
/** The words of a body's clause before it that make it the agent or object of another phrase: "funded by the EU, is based in". */
const NOT_SUBJECT = /\b(?:by|at|of|from|with)\b/i;
/** A clause boundary: the body's clause runs from the last one before it. */
const CLAUSE_START = /[,;:()]|\.\s/g;

/** What closes a sentence after its seat phrase's place: capitalised names and commas only ("Damak, Nepal."). */
const PLACE_ENDS_SENTENCE = /^(?:\s*[A-Z][\p{L}'’-]*|\s*,)*\s*(?:\.\s*)?$/u;

/**
 * The body a seat phrase from `start` to `end` speaks of: the last name before it, with only the allowed words
 * between (`gap`), and the subject of its clause. A body after "by", "at", "of" ... in its clause is another phrase's
 * agent or object ("a researcher at UNHCR based in"). Set off by a comma, the phrase speaks of the clause's subject
 * ("The project, funded by the EU, is based in", "A delegation of UNHCR, based in Geneva, visited"), unless, with no
 * copula, it closes the sentence after the name it follows ("on behalf of IOM's Centre, based in Damak, Nepal.").
 */
function seatedBody(text: string, ms: M[], start: number, end: number, gap: RegExp): M | null {
  const body = ms.filter((m) => (m.kind === "ORGANIZATION" || m.kind === "INITIATIVE") && m.end <= start).sort((a, b) => b.end - a.end)[0];
  const between = body ? text.slice(body.end, start) : "";
  if (!body || !gap.test(between)) return null;
  const before = text.slice(0, body.start);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((c) => c.index! + c[0].length)));
  if (/^\s*(?:the\s+)?$/i.test(clause)) return body;
  if (!/^(?:\s*\([^()]*\))?\s*,/.test(between)) return NOT_SUBJECT.test(clause) ? null : body;
  return !/\b(?:is|are|remains?)\b/.test(text.slice(body.end, end)) && PLACE_ENDS_SENTENCE.test(text.slice(end)) ? body : null;
}

/** "Brussels, Belgium": a known city and, after its comma, the state the page names for it. */
function placeAt(text: string, at: number, ms: M[], cities: ReadonlyMap<string, string> | undefined): string | null {
  const state = ms.find((m) => m.kind === "COUNTRY" && m.start === at);
  if (state) return state.id;
  const words = new RegExp(`^${CITY_WORDS}`, "u").exec(text.slice(at));
  if (!words) return null;
  const city = knownCityName(words[0], cities) ?? words[0];
  const after = at + city.length;
  // "in Damak, Nepal": the state named after the city speaks for it, also where the catalog does not know the city.
  const named = ms.find((m) => m.kind === "COUNTRY" && /^\s*,\s*(?:the\s+)?$/.test(text.slice(after, m.start)) && m.start > after);
  return named?.id ?? cities?.get(city) ?? null;
}

/** "a Qatar-based organisation", "a Geneva-based institute": the place before "-based". */
const PLACE_BASED = /\b([A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*){0,2})-based\b/gu;
/** The body, then its copula or comma and the article of the class the place qualifies: "X is a ", "X, a ". */
const BODY_TO_CLASS = /^(?:\s*\([^()]{1,20}\))?(?:\s*,|\s+(?:is|are))\s+an?\s+$/;

/** [body, state] pairs the seat phrases of one sentence state. */
export function seatPhrases(text: string, ms: M[], cities: ReadonlyMap<string, string> | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of text.matchAll(SEAT_PHRASE)) {
    const start = p.index!;
    const body = seatedBody(text, ms, start, start + p[0].length, BODY_TO_PHRASE);
    if (!body || NOT_NOW.test(text.slice(0, start))) continue;
    const place = placeAt(text, start + p[0].length, ms, cities);
    if (place) out.push([body.id, place]);
  }
  for (const p of text.matchAll(PLACE_BASED)) {
    const start = p.index!;
    const body = seatedBody(text, ms, start, start + p[0].length, BODY_TO_CLASS);
    if (!body) continue;
    const state = ms.find((m) => m.kind === "COUNTRY" && m.start === start && m.end === start + p[1]!.length);
    const place = state?.id ?? cities?.get(p[1]!);
    if (place) out.push([body.id, place]);
  }
  return out;
}
