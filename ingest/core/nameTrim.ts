import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind, headWord } from "./headKind.js";
import { isRegionScope } from "./regionScope.js";
import { isActionCompanion, isMeetingCompanion } from "./actionCompanion.js";
import { foreignBeforeAnd } from "./foreignBeforeAnd.js";
import { titleQualifierLength } from "./titleQualifier.js";
import { BEFORE_PAIRED_IN } from "./insidePlacesInName.js";
import { isTitledStateScope } from "./titledStateScope.js";
import { CARD_LABELS, COMMA_COORDINATION, GENERIC_NAMES, HEAD_NOUNS, NAME_CONNECTORS, TRAILING_CONTEXT } from "./nameRules.js";

/**
 * Where a name starts and ends inside a capitalised phrase: leading function words, trailing dates and
 * places, comma lists inside names, and "X and the Y" read as one name or two. Pure string work for recognise.ts.
 */
export const LEADING_NOISE = /^(?:(?:The|A|An|In|On|At|By|Its|Their|This|These|That|Those|Under|Through|With|From|For|And|Since|During|As|Both|Our|Other|Alongside|Among|Amongst|Within|Including|Each|Every|All|Many|Some|Such|Several|New|Two|Three|Four|Five|See|Also|If|When|While|Where|However|Moreover|Furthermore|Following|According|Via|Between|To|Of|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Outside|Inside|Beyond|Across|Towards|Unlike|Like|Despite|Given|Upon|After|Before|Against|Into|Over|Until|Although|Because|Once|Thus|Then|Here|There|Dear|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|May|Must|Later|Earlier|Today|Now|Currently|Initially|Subsequently|Recently|Meanwhile|Previously|Originally|Eventually|Formerly|Finally|Soon|Ultimately|Jointly|Together|Likewise|Similarly|Hence|Therefore|Indeed|Notably|Overall)\s+)+|^[A-Z][a-z]+ing\s+the\s+/;
const MONTHS = TRAILING_CONTEXT.words.join("|");
/** "In June the … Working Group", "On 3 June the …": a date before a name opens the clause; no name starts with a month. */
const LEADING_DATE = new RegExp(`^(?:(?:early|late|mid)\\s+)?(?:${MONTHS})(?:\\s+\\d{4})?,?\\s+(?=\\S)`);
const TRAILING_DATE = new RegExp(`\\s+(?:in|of|on|at|during)\\s+(?:(?:early|late|mid)\\s+)?(?:${MONTHS})(?:\\s+\\d{4})?$`);
const FORUM_HEADS = new Set(HEAD_NOUNS.words.FORUM);
export const HEAD_WORDS = new Set(Object.values(HEAD_NOUNS.words).flat());
const GENERIC = new Set([...GENERIC_NAMES.words, ...Object.values(HEAD_NOUNS.words).flat(), ...NAME_CONNECTORS.words]);
const PREPOSITIONS = new Set(COMMA_COORDINATION.words);

/**
 * The first letters of `words`, upper-cased, run together ("third country nationals" gives TCN). With `keepAcronyms`
 * an all-capitals word of two to four letters gives all its letters ("UN Commission" gives UNC).
 */
export function wordInitials(words: readonly string[], keepAcronyms = false): string {
  return words.map((w) => (keepAcronyms && /^[A-Z]{2,4}$/.test(w) ? w : w[0]!.toUpperCase())).join("");
}

/**
 * Whether the name's capitalised words spell the acronym's letters in order, the first word its first letter (see
 * spelledByPrefixes for longer parts). `strict` asks that every capital of the acronym, two at least, be one word's
 * initial, nothing else: a table puts any short code beside a name (a country code, a status, a region), so the looser
 * fits an acronym in brackets is allowed would pair a name with codes that are not its own (tableAcronymCells.ts).
 */
export function initialsMatch(name: string, acronym: string, strict = false): boolean {
  const words = name.split(/[\s\-]+/).filter((w) => (strict ? /^\p{Lu}/u : /^[A-Z]/).test(w));
  // An acronym inside the name gives all its letters: "UN Commission on Human Rights" is UNCHR, not UCHR.
  const initials = wordInitials(words, !strict);
  const letters = acronym.replace(/[^A-Z]/g, "");
  if (letters.length < (strict ? 2 : 1) || initials[0] !== letters[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  if (strict) return k === letters.length;
  return k >= Math.min(letters.length, 2) || spelledByPrefixes(words.map((w) => w.toUpperCase()), letters);
}

/**
 * "Network of Researchers on International Migration … in Africa (NETRIMA)": an acronym may take the first few letters
 * of one word ("NET-work") and the initials of later ones. All its letters must be spelled, in order, from the first
 * word on, with at most one word giving more than its initial. A syllabic acronym, common in Spanish and Portuguese
 * names ("Secretaría de Gobernación (SEGOB)"), may take more than the initial of several words, but then it spells
 * every capitalised word of the name, none skipped.
 */
function spelledByPrefixes(words: string[], letters: string, i = 0, k = 0, longs = 0, skipped = false): boolean {
  if (k === letters.length) return longs <= 1 || (!skipped && i === words.length);
  if (i === words.length) return false;
  if (i > 0 && spelledByPrefixes(words, letters, i + 1, k, longs, true)) return true;
  const w = words[i]!;
  for (let j = 1; j <= Math.min(4, w.length, letters.length - k); j++) {
    if (w.slice(0, j) !== letters.slice(k, k + j)) break;
    if (spelledByPrefixes(words, letters, i + 1, k + j, longs + (j > 1 ? 1 : 0), skipped)) return true;
  }
  return false;
}

/** A comma list of one- or two-word items ending in "and X": both readings are tried, two-word items first. */
const COMMA_LISTS = [
  /^(?:,\s+[A-Z][\p{L}\-]*(?:\s+[A-Z][\p{L}\-]*)?)*,?\s+(?:and|&)\s+[A-Z][\p{L}\-]*(?:\s+[A-Z][\p{L}\-]*)?/u,
  /^(?:,\s+[A-Z][\p{L}\-]*)*,?\s+(?:and|&)\s+[A-Z][\p{L}\-]*/u,
];

/** A comma list inside a name must follow of/for/on or lead to a further word of the name; otherwise the name ends at the comma. */
export function checkCommas(name: string): string {
  let out = name;
  for (let at = out.indexOf(","); at !== -1; at = out.indexOf(",", at + 1)) {
    const before = out.slice(0, at).split(/\s+/);
    const listStart = before.length - 1; // the first list item is the word before the first comma
    // "on Policy Coherence, Data and Research": the first list item may be two words.
    const prep = before[listStart - 1] && /^[A-Z]/.test(before[listStart - 1]!) && PREPOSITIONS.has(before[listStart - 2] ?? "") ? before[listStart - 2] : before[listStart - 1];
    const afters = COMMA_LISTS.map((re) => out.slice(at).replace(re, ""));
    if (prep && PREPOSITIONS.has(prep)) {
      at = out.length - afters[0]!.length;
      continue;
    }
    // "… in Persons, Especially Women and Children": a title's capitalised closing qualifier (TITLE_QUALIFIER).
    const qualifier = titleQualifierLength(out.slice(at));
    if (qualifier > 0) {
      at += qualifier - 1;
      continue;
    }
    const continued = afters.find((a) => /^\s+[A-Z\d]/.test(a));
    if (continued !== undefined && (!prep || /^[A-Z]/.test(prep))) {
      at = out.length - continued.length;
      continue;
    }
    return out.slice(0, at);
  }
  return out;
}

const PEOPLE_FROM = /\b(?:Migrants|Refugees|Workers|Women|Youth|Students|Returnees|Diaspora|Nationals|Citizens|Communities|Professionals)$/;

/** Drops what is not part of a name: leading function words and dates, trailing dates, "in <place>" after an institution's head noun. */
export function trimName(raw: string, isPlace: (words: string) => boolean = () => false, isState: (words: string) => boolean = () => false): string {
  let name = raw;
  for (let before = ""; before !== name; ) {
    before = name;
    name = dropNoise(name, isPlace).replace(/^(?:[a-z&]+\s+)+/, "").replace(LEADING_DATE, "").replace(LEADING_SPONSOR, "").replace(LEADING_ACT, "").replace(LEADING_CARD_LABEL, "");
  }
  name = checkCommas(name);
  for (let guard = 0; guard < 3; guard++) {
    const before = name;
    name = name.replace(TRAILING_DATE, "");
    // "Nordic Migration Institute in Oslo": the place is where the institute is, not its name.
    const at = name.search(/\s+in\s+[A-Z][^\s]*(?:\s+[A-Z][^\s]*)?$/);
    const kept = at > 0 ? name.slice(0, at) : "";
    // … and a meeting is not named after its venue ("Global Consultation on Migrant Health in Madrid"); a region
    // closing a complement is the name's scope, not a venue (REGION_SCOPE).
    const scope = at > 0 && isRegionScope(kept, name.slice(at).replace(/^\s+in\s+/, ""));
    // "Working Group on Trafficking in Persons": a gerund takes "in" as its own complement (GERUND_COMPLEMENT).
    const complement = at > 0 && /ing$/.test(kept) && !isPlace(name.slice(at).replace(/^\s+in\s+/, ""));
    // "… Persons inside Iraq and in Neighbouring Countries": the second place of a title's pair is no venue (INSIDE_PLACES_IN_NAME).
    const paired = at > 0 && BEFORE_PAIRED_IN.test(kept);
    if (at > 0 && !scope && !complement && !paired && ((HEAD_WORDS.has(kept.split(/\s+/).pop()!) && kept.split(/\s+/).length >= 3) || FORUM_HEADS.has(headWord(kept) ?? ""))) name = kept;
    // "the US Department of State in Geneva": a known place after "in" closes no name.
    const place = /\s+in\s+((?:[A-Z][^\s]*\s*){1,3})$/.exec(name);
    // A head alone before the place ("the Commission in Nairobi") is cut there too (GENERIC_HEAD_AT_PLACE).
    // "Facility for Refugees in Turkey": a titled fund or office keeps the state it serves (TITLED_STATE_SCOPE).
    const served = !!place && isTitledStateScope(name.slice(0, place.index), place[1]!, isState);
    if (place && !served && isPlace(place[1]!.trim()) && !BEFORE_PAIRED_IN.test(name.slice(0, place.index)) && !isRegionScope(name.slice(0, place.index), place[1]!) && (name.slice(0, place.index).split(/\s+/).length >= 2 || isGenericHead(name.slice(0, place.index)))) name = name.slice(0, place.index);
    // "its Ministry of Foreign Affairs from The Hague": where officials came from, unless the name is of people from it
    // ("Association of Workers from Mali").
    const origin = /\s+from\s+((?:[A-Z][^\s]*\s*){1,3})$/.exec(name);
    if (origin && isPlace(origin[1]!.trim()) && !PEOPLE_FROM.test(name.slice(0, origin.index)) && name.slice(0, origin.index).split(/\s+/).length >= 2) name = name.slice(0, origin.index);
    name = name.replace(/\s+(?:and|&)\s+[A-Z]\.?$/, ""); // "University of Oxford and H. …": an initial starts a person's name
    name = name.replace(/\s+(?:of|for|and|on|the|in|to|&)$/, "");
    if (name === before) break;
  }
  return name;
}

/**
 * SERIES_KIND_TAIL: "Coral Sea Process Ministerial Conference", "Andes Dialogue Senior Officials' Meeting": a standing
 * series' name (headed by Process, Dialogue or Forum) followed by the kind of one of its meetings names that meeting, not
 * a series of its own; the name stops at the series, and meetings.ts reads the kind after it as that series' meeting
 * ("the Second Coral Sea Process Ministerial Conference" is the series' second meeting). A conference named for its
 * subject ("Euro-African Ministerial Conference on Migration") or one with no kind word ("Coral Sea Process Conference")
 * keeps its name.
 */
export const SERIES_KIND_TAIL_EXAMPLES = {
  positive: [
    { text: "The Coral Sea Process was set up in 2009. The Second Coral Sea Process Ministerial Conference was held in Suva in 2014. Fiji hosted it.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-process-2014"] },
    { text: "The Coral Sea Process was set up in 2009. The Second Coral Sea Process Ministerial Conference was held in Suva in 2014. Fiji hosted it.", expect: ["PART_OF", "forum:coral-sea-process-2014", "forum:coral-sea-process"] },
    // A catalog series: the longer phrase no longer hides it.
    { text: "The Second Prague Process Ministerial Conference was held in Poznan in 2011. Poland hosted it.", expect: ["HOSTED", "ctry:pl", "forum:prague-process-2011"] },
    // The year after a participle clause of host and venue (meetingYearOf.ts YEAR_AFTER, up to seven words before it).
    { text: "The Coral Sea Process was set up in 2009. The Second Coral Sea Process Ministerial Conference, hosted by Fiji in Port Moresby in 2013, was attended by Samoa.", expect: ["PARTICIPATES_IN", "ctry:ws", "forum:coral-sea-process-2013"] },
  ],
  negative: [
    // A conference named for its subject keeps its own name: no meeting of a "Coral Sea Process".
    { text: "The Coral Sea Ministerial Conference on Labour Mobility was held in Suva in 2014. Fiji hosted it.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-process-2014"] },
    // No kind word between the series and "Conference": the name is left as written.
    { text: "The Coral Sea Process Conference was held in Suva in 2014. Fiji hosted it.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-process-2014"] },
    // A year further on, past the clause, dates something else.
    { text: "The Coral Sea Process was set up in 2009. The Second Coral Sea Process Ministerial Conference, attended by Samoa, agreed on a plan that the members of the Process adopted in 2013.", expect: ["PARTICIPATES_IN", "ctry:ws", "forum:coral-sea-process-2013"] },
  ],
};

export const SERIES_KIND_TAIL = /^(.+?\s(?:Process|Dialogue|Forum))\s+(?:(?:Ministerial|Vice-Ministerial|Regional|Senior|Officials[’']?|Technical|Annual|Plenary|High-Level|High-level|Thematic|Expert|Experts[’']?)\s+){1,3}(?:Conference|Meeting|Consultation|Summit|Session)$/;

/** "EVENT  Harbour Conference …": a listing's card label in capitals before a title is no word of it (CARD_LABELS). */
const LEADING_CARD_LABEL = new RegExp(`^(?:${CARD_LABELS.words.join("|")})\\s+(?=\\p{Lu}\\p{Ll})`, "u");

/** "Ratified the Protocol", "Signed the Convention" (a column header): an act done to a named thing opens no name. */
const LEADING_ACT = /^[A-Z][a-z]+ed\s+(?=the\s)/;

/** "EU-funded", "IOM-led": who funds or leads a thing is said before its name, not in it. */
const LEADING_SPONSOR = /^[A-Z][\p{L}\p{N}&\/–-]*-(?:funded|led|supported|backed|sponsored|financed|run)\s+/u;

/** Leading function words, except the "New" of a place ("the New York Declaration", "the New Zealand Aid Programme"). */
function dropNoise(name: string, isPlace: (words: string) => boolean): string {
  const noise = LEADING_NOISE.exec(name);
  if (!noise) return name;
  const rest = name.slice(noise[0].length);
  return /\bNew\s+$/.test(noise[0]) && isPlace(`New ${rest.split(/\s+/)[0]}`) ? `New ${rest}` : rest;
}

const PREPOSITION_WORD = /\s(?:of|for|on|in|to|from|against|at)\s/;
const AND = /\s+(?:and|&)\s+(the\s+)?/g;
const AND_THE = /\s(?:and|&)\s+the\s/;

/**
 * "IOM and the Catholic Church", "the Maritime Safety Committee and Facilitation Committee":
 * a coordination joins two names when both sides have a head noun (or the left is a catalog
 * name), or when "and the" follows no preposition. "Food and Agriculture Organization",
 * "Office for Asia and the Pacific" stay one name.
 */
export function splitCoordinated(phrase: string, phraseStart: number, hits: Hit[]): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let segStart = 0;
  for (const m of phrase.matchAll(AND)) {
    const left = phrase.slice(segStart, m.index!);
    const rest = phrase.slice(m.index! + m[0].length);
    const right = rest.split(AND)[0]!;
    const leftHit = hits.some((h) => h.end === phraseStart + m.index! && h.start >= phraseStart + segStart);
    const leftWords = left.split(/\s+/);
    const leftEndsWithHead = leftWords.length >= 2 && HEAD_WORDS.has(leftWords[leftWords.length - 1]!);
    const leftHasHead = !!headKind(left.replace(LEADING_NOISE, ""));
    // "the Coastal Coalition on Fishers and the CFN network": an acronym alone after "and the" is a body of its own.
    // "the Coastal Fund for X and the Crew Safety and Welfare Platform": after "and the", a name with an "and" of its
    // own runs to the phrase's end (AND_THE_WHOLE_NAME).
    const wholeRight = !!m[1] && !AND_THE.test(rest) && !!headKind(rest) && rest.split(/\s+/).length >= 2;
    const rightIsName = (!!headKind(right) && right.split(/\s+/).length >= 2) || wholeRight || hits.some((h) => h.start === phraseStart + m.index! + m[0].length) || (!!m[1] && /^[A-Z]{2,8}$/.test(right));
    // "the Tinland Declaration and Plan of Action": a generic companion after a bare "and" is part of the title (ACTION_COMPANIONS).
    // "the Special Reef Summit and Pledging Conference": a pledging event held with the meeting is part of its title (MEETING_COMPANIONS).
    if (!m[1] && (isActionCompanion(rest) || isMeetingCompanion(left, rest))) continue;
    // "Tinland's Bureau of Statistics and Moldavia's Bureau of Statistics": a possessive opens a second name.
    const possessed = /^[A-Z][\p{L}\-]*[’']s\s+[A-Z]/u.test(rest) && leftHasHead && rightIsName;
    // "the Global Coalition on Fishers and the HARBOUR network": "the" and an acronym alone open a thing of their own.
    const acronymAfter = !!m[1] && leftHasHead && /^[A-Z][A-Z0-9]+$/.test(right.trim());
    // "the Institute of X and the Technical Cooperation Offices of Y": a plural head is a class of bodies, not more of the name.
    const pluralAfter = !!m[1] && leftHasHead && isPluralHead(headWord(right));
    // "Hulp bij Thuiskomst and Harbour Action": a name in another language ends before an English "and" (FOREIGN_BEFORE_AND).
    const foreign = left.split(/\s+/).length >= 2 && foreignBeforeAnd(left);
    if (possessed || acronymAfter || pluralAfter || foreign || (rightIsName && (leftHit || leftEndsWithHead || (m[1] && leftHasHead))) || (m[1] && !PREPOSITION_WORD.test(` ${left} `))) {
      out.push({ text: left, start: phraseStart + segStart });
      segStart = m.index! + m[0].length;
    }
  }
  out.push({ text: phrase.slice(segStart), start: phraseStart + segStart });
  return out;
}

/** "Offices", "Agencies": the plural of a body's head noun. */
function isPluralHead(word: string | null): boolean {
  return !!word && /s$/.test(word) && !HEAD_WORDS.has(word) && (HEAD_WORDS.has(word.replace(/ies$/, "y")) || HEAD_WORDS.has(word.replace(/s$/, "")));
}

/** One generic word alone ("Commission"): before "in <place>" it is a body seated there (genericHeadAtPlace.ts). */
function isGenericHead(left: string): boolean {
  return !left.includes(" ") && isGeneric(left);
}

/** Names made only of heads, connectors and generic words describe rather than name. */
export function isGeneric(name: string): boolean {
  return name.split(/\s+/).every((w) => GENERIC.has(w.replace(/[’'](?:s)?$/, "")));
}

export interface Hit {
  start: number;
  end: number;
  id: string;
  kind: EntityKind;
}
