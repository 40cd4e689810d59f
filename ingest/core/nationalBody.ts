import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import type { Hit } from "./nameTrim.js";
import { demonymOf } from "./demonymOf.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { labelState } from "./labelState.js";
import { listState } from "./listState.js";
import { openingState } from "./openingState.js";
import { paragraphState } from "./paragraphState.js";
import { cityOpeningState, governmentState } from "./sentenceState.js";
import { clauseAround, sentenceAround } from "./sentenceAround.js";
import { otherDemonym } from "./otherDemonym.js";
import { stateWord } from "./titleState.js";

// "Ministry of the Interior": an article may open the title's complement.
const HEAD = new RegExp(`^(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for|in)\\s+(?:the\\s+)?[A-Z]`);
/** "the Danish Ministry of Foreign Affairs": one or two words before the head, read as the state's demonym. */
const DEMONYM_LED = new RegExp(`^(\\S+(?:\\s\\S+)?)\\s+((?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z].*)$`);
/** "the Ministry of Health of the Government of Spain": the government is the state's, not a word of the name. */
/** "the Ministry of Inland Waters Decree": a law that takes the body's name is no body. */
const LAW_TITLE = /\s(?:Act|Law|Decree|Code|Bill|Ordinance|Regulations)$/;
const GOVERNMENT_TAIL = /\s+of\s+the\s+(?:Government|Republic|Kingdom)$/;

/** A state's ministry or department as the name reads it (NATIONAL_BODIES). */
export interface NationalBody {
  /** The state's demonym (or name) and the body's name: "Spanish Ministry of Health". */
  name: string;
  /** The mention's span: the body's name as written, without its state. */
  start: number;
  end: number;
  /** The name with its state after it, as written ("Ministry of Manpower of Indonesia") or as authors may write it. */
  written?: string;
  /**
   * The title as the text wrote it, bare, where the state was read from around it ("Kenya's State Department for X",
   * "In Ghana, the Ministry of X"): the page's own name for the body, kept as a name of it besides `written`.
   */
  bare?: string;
}

/**
 * "Kenya's State Department for X" (the possessive's country), "the Ministry of Manpower of Indonesia" (a country
 * closing the name after "of"), "the Department of X of South Africa" whose country an earlier step already cut off
 * (`cut`): a ministry or department of that state. Null for any other name, or one written without its state.
 */
/** "its Ministry of X" in a clause that names one country before it, and no body that "its" could stand for. */
function itsState(text: string, start: number, hits: Hit[]): Hit | undefined {
  if (!/\b(?:its|their)\s+$/.test(text.slice(Math.max(0, start - 7), start))) return undefined;
  const clause = clauseAround(text, start, start).from;
  const before = hits.filter((h) => h.start >= clause && h.end <= start);
  return before.length === 1 && before[0]!.kind === "COUNTRY" ? before[0] : undefined;
}

/**
 * "the Danish Ministry of Foreign Affairs": named by its state's demonym, the body is that state's; the other way
 * authors write it, "Ministry of Foreign Affairs of Denmark", is kept findable (NATIONAL_BODIES).
 */
function demonymLed(local: string, start: number, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string): NationalBody | null {
  const m = DEMONYM_LED.exec(local);
  if (!m) return null;
  const demonym = demonymOf(m[1]!, demonyms);
  if (!demonym) return null;
  const state = writtenState(demonyms.get(demonym)!, shortName);
  return { name: local, start, end: start + local.length, written: namesOwnState(m[2]!, demonyms.get(demonym)!, demonyms, shortName) ? m[2]! : `${m[2]!} of ${state}` };
}

/** "Republic of The Gambia": the formal name authors drop, keeping the state's article ("of The Gambia"). */
export function writtenState(stateId: string, shortName: (id: string) => string): string {
  return shortName(stateId).replace(/^Republic of (?=[Tt]he\s)/, "");
}

/**
 * "India's Ministry of Overseas Indian Affairs": a title that names its own state (its demonym, the demonym's plural
 * or the state's name) is that state's alone, so authors write it bare and never "… of India" (OWN_STATE_TITLE).
 */
function namesOwnState(body: string, stateId: string, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string): boolean {
  const complement = /\s(?:of|for)\s(.+)$/.exec(body)?.[1];
  if (!complement) return false;
  const words = new Set(complement.split(/[\s,]+/).map((w) => w.replace(/s$/, "")));
  return [...demonyms].some(([word, id]) => id === stateId && words.has(word.replace(/s$/, ""))) || new RegExp(`\\b${escapeRegExp(shortName(stateId))}\\b`).test(complement);
}

/**
 * "the Ministry of Labour, Invalids and Social Affairs (MOLISA)": a ministry whose own long title the page gives an
 * acronym is named, with no state written; a shorter title ("Ministry of Justice (MOJ)", "Ministry of Labour and Social Affairs (MOLSA)") is many states' and stays none.
 */
function acronymDefined(text: string, local: string, start: number): NationalBody | null {
  if (!/^\s*\([A-Z][A-Za-z&]{1,9}\)/.test(text.slice(start + local.length, start + local.length + 14))) return null;
  const complement = /\s(?:of|for)\s(.+)$/.exec(local)?.[1] ?? "";
  return complement.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length >= 4 ? { name: local, start, end: start + local.length } : null;
}

/**
 * "taken from the Department of Fisheries" on a page titled "X (ACR), Tinland - profile": the page's state
 * (titleState.ts, TITLE_STATE, PAGE_STATE), unless the paragraph names another state before the name or the sentence
 * names one after it, by its name, its demonym or one of its cities. The page writes the name bare: an alias.
 */
function pageStateBody(text: string, local: string, start: number, hits: Hit[], pageState: string | undefined, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string, cities?: ReadonlyMap<string, string>): NationalBody | null {
  if (!pageState) return null;
  const { from, to } = sentenceAround(text, start, start + local.length);
  // "Its office abroad opened in Tinland. There it works with the Ministry of X": the ministry is the host state's.
  const paragraph = text.lastIndexOf("\n", start);
  if (hits.some((h) => h.kind === "COUNTRY" && h.id !== pageState && h.start > paragraph && h.start < to)) return null;
  // "The Tinlandic Pilot Service of the Ministry of X": a state named by its demonym is another state too.
  if (otherDemonym(text.slice(from, to), pageState, demonyms)) return null;
  // "In Porto Alto its staff trained the Ministry of X": a catalog city of another state places the ministry there.
  if (cities && otherCity(text.slice(from, to), pageState, cities)) return null;
  return { name: `${stateWord(pageState, demonyms, shortName)} ${local}`, start, end: start + local.length, written: local };
}


/** Whether a sentence places something in a catalog city of another state than the page's ("in Porto Alto"). */
function otherCity(sentence: string, pageState: string, cities: ReadonlyMap<string, string>): boolean {
  return [...sentence.matchAll(/\b(?:[Ii]n|[Aa]t)\s+([A-Z][\p{L}-]*(?:\s[A-Z][\p{L}-]*)?)/gu)].some((m) => {
    const words = m[1]!.split(" ");
    return [m[1]!, words[0]!].some((c) => cities.has(c) && cities.get(c) !== pageState);
  });
}

/**
 * "the Ministry of Planning and International Cooperation": a title of three capitalised words or more after its head
 * is near one state's own, so the bare title names the body; a short one ("Ministry of Labour", "Ministry of Foreign
 * Affairs") is many states' and stays no name of it (as acronymDefined reads a title).
 */
function ownTitle(body: string): string | undefined {
  const complement = /\s(?:of|for)\s(.+)$/.exec(body)?.[1] ?? "";
  return complement.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length >= 3 ? body : undefined;
}

/** "In Accra, the Ministry of X", "The Estonian government …; the Ministry of X": the sentence's one state (sentenceState.ts). */
function sentenceState(text: string, start: number, end: number, hits: Hit[], demonyms: ReadonlyMap<string, string>, cities: ReadonlyMap<string, string> | undefined, seats: ReadonlyMap<string, string>): Hit | undefined {
  if (!cities) return undefined;
  const id = cityOpeningState(text, start, end, hits, demonyms, cities, seats) ?? governmentState(text, start, end, hits, demonyms, cities);
  return id ? { id, kind: "COUNTRY", start, end } : undefined;
}

export function nationalBody(text: string, local: string, start: number, hits: Hit[], possessiveState: Hit | undefined, cut: Hit | undefined, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string, pageState: string | undefined, cities: ReadonlyMap<string, string> | undefined, seatCities: ReadonlyMap<string, string>): NationalBody | null {
  if (LAW_TITLE.test(local)) return null;
  if (!HEAD.test(local)) return cut || possessiveState ? null : demonymLed(local, start, demonyms, shortName);
  // A state written with the body ("Kenya's State Department for X") is part of how the page names it; one read from
  // around it leaves the body written bare, and that bare title is the page's name for it too.
  const written = possessiveState;
  // "Nigeria takes part through its Ministry of Foreign Affairs": the one country the clause names before "its".
  possessiveState ??= itsState(text, start, hits);
  // "In Belarus: the Ministry of X": a line labelled by one state (STATE_LABEL_LINE).
  possessiveState ??= labelState(text, start, hits);
  // "Present were the Tinlandic Ministry of Ports, the Department of X and …": the list's state (STATE_LIST_ITEM).
  possessiveState ??= cut ? undefined : listState(text, start, start + local.length, hits, demonyms);
  // "the Ministry of X of Nigeria", the other way authors write it, is kept findable; a title naming its state is written bare.
  const ofState = (body: string, state: Hit) => (namesOwnState(body, state.id, demonyms, shortName) ? body.replace(GOVERNMENT_TAIL, "") : `${body.replace(GOVERNMENT_TAIL, "")} of ${writtenState(state.id, shortName)}`);
  const nameOf = (state: Hit, body: string) => `${[...demonyms].find(([, id]) => id === state.id)?.[0] ?? shortName(state.id)} ${body.replace(GOVERNMENT_TAIL, "")}`;
  // The state stays a mention of its own: "Kenya's State Department for X chairs Y" is Kenya's act as well.
  const bare = ownTitle(local.replace(GOVERNMENT_TAIL, ""));
  if (possessiveState) return { name: nameOf(possessiveState, local), start, end: start + local.length, written: ofState(local, possessiveState), ...(written || !bare ? {} : { bare }) };
  const after = cut ?? hits.find((h) => h.kind === "COUNTRY" && h.end === start + local.length && h.start > start);
  const of = after && !cut ? /\s+of\s+(?:[Tt]he\s+)?$/.exec(local.slice(0, after.start - start)) : null;
  // "In Ghana, the Ministry of X": a clause opened by one state (STATE_OPENING), where no state is written with the body.
  const opening = !after && !cut ? openingState(text, start, hits, demonyms) ?? sentenceState(text, start, start + local.length, hits, demonyms, cities, seatCities) : undefined;
  if (opening) return { name: nameOf(opening, local), start, end: start + local.length, written: ofState(local, opening), ...(bare ? { bare } : {}) };
  if (!after || (!cut && !of)) {
    const named = pageStateBody(text, local, start, hits, pageState, demonyms, shortName, cities) ?? acronymDefined(text, local, start);
    // "Italy has used its Fund …; the Fund is managed by the Ministry of X (MAECI), whose … for Italians Abroad": a long
    // title the page named by its acronym is the state's its paragraph names before it and again in its sentence (PARAGRAPH_STATE).
    const state = named && !named.written ? paragraphState(text, start, start + local.length, hits, demonyms, cities) : undefined;
    return state ? { name: nameOf({ id: state, kind: "COUNTRY", start, end: start }, local), start, end: start + local.length, written: ofState(local, { id: state, kind: "COUNTRY", start, end: start }) } : named;
  }
  const body = of ? local.slice(0, of.index) : local;
  return { name: nameOf(after, body), start, end: start + body.length, written: text.slice(start, after.end) };
}
