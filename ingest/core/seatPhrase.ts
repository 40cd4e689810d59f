import type { M } from "./mentionLists.js";
import { knownCityName } from "./meetingVenue.js";

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
/** A seat once held, or one to come, is no seat now: "was based in", "will be based in", "formerly based in". */
const NOT_NOW = /\b(?:was|were|had\s+been|formerly|previously|originally|until|no\s+longer|not|never|will|would|may|might|could|should|plans?|planned|to\s+be|moves?\s+to)\s*$/i;

/** "Brussels, Belgium": a known city and, after its comma, the state the page names for it. */
function placeAt(text: string, at: number, ms: M[], cities: ReadonlyMap<string, string> | undefined): string | null {
  const state = ms.find((m) => m.kind === "COUNTRY" && m.start === at);
  if (state) return state.id;
  const words = /^[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2}/u.exec(text.slice(at));
  if (!words) return null;
  // "in Damak, Nepal": a town the catalog does not know still lies in the state the page names after its comma.
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
    const body = ms.filter((m) => (m.kind === "ORGANIZATION" || m.kind === "INITIATIVE") && m.end <= start).sort((a, b) => b.end - a.end)[0];
    if (!body || !BODY_TO_PHRASE.test(text.slice(body.end, start)) || NOT_NOW.test(text.slice(0, start))) continue;
    const place = placeAt(text, start + p[0].length, ms, cities);
    if (place) out.push([body.id, place]);
  }
  for (const p of text.matchAll(PLACE_BASED)) {
    const start = p.index!;
    const body = ms.filter((m) => (m.kind === "ORGANIZATION" || m.kind === "INITIATIVE") && m.end <= start).sort((a, b) => b.end - a.end)[0];
    if (!body || !BODY_TO_CLASS.test(text.slice(body.end, start))) continue;
    const state = ms.find((m) => m.kind === "COUNTRY" && m.start === start && m.end === start + p[1]!.length);
    const place = state?.id ?? cities?.get(p[1]!);
    if (place) out.push([body.id, place]);
  }
  return out;
}
