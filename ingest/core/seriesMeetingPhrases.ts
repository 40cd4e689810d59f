import { frontedSessionSubject } from "./frontedSessionSubject.js";
import { MEETINGS, NOT_NAMES } from "./nameRules.js";
import type { IdentityRule } from "./identityRules.js";
import { ORDINAL, ORDINAL_WORDS, ordinalNumber } from "./ordinals.js";
import { TENS } from "./numberWords.js";
import { sentenceAround } from "./sentenceAround.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import type { Mention } from "./types.js";
import type { Occasion } from "./meetingOccasion.js";
import { capitalised, COUNTED_NOUNS, meetingKindWords, SHORT_NAME_NOUNS, SITTING_NOUNS, withNamingPlural } from "./meetingNouns.js";

/**
 * Numbered and dated meetings written after their series was named, read for meetings.ts, which makes the event
 * (DATED_MEETINGS):
 *   - a possessive: "the Abu Dhabi Dialogue's fifth Ministerial Consultation", "the Forum's Lima edition in 2012";
 *   - a kind of meeting named before: "the second Ministerial Conference of the X Process … Turkmenistan hosted the
 *     third Ministerial Conference in 2019" (the series whose meeting of that kind the passage named last, else the one
 *     series its own sentence names: "Ministers of the X Process met in Poznań at the second Ministerial Conference").
 * Each returns the phrase, the series and the key words of the meeting; the year is read by meetings.ts.
 */
export interface SeriesMeetingPhrase {
  start: number;
  end: number;
  parentId: string;
  /** "5 ministerial consultation", or the place of an edition ("lima edition"). */
  key: string;
  /** The kind of meeting ("5 ministerial consultation") for numbered ones. */
  kind?: string;
  /** The year a place edition must state, else null. */
  needsYear: boolean;
  /** The year the phrase's own date gives, when a reader has read it (kindMeeting.ts). */
  year?: number;
  /** The day and city the reader read with the phrase, where meetingOccasion would not find them (a fronted date). */
  occasion?: Occasion;
}

/** A capital Roman numeral of two letters or more ("II", "XIV") may number a meeting too: "the II Regional Conference". */
export const ORDINAL_OR_ROMAN = `(${ORDINAL.slice(1, -1)}|[IVX]{2,5})`;
const NOUN = `(${MEETINGS.words.join("|")})`;
/**
 * "on" before a topic gives the meeting a complement of its own ("a Conference on Return"); "on" before a day only
 * dates it ("the Fifth Ministerial Conference on 3 May 2022").
 */
export const NOT_A_DAY = String.raw`on(?!\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+\s+(?:19|20)\d{2})`;
/** "'s fifth Ministerial Consultation" right after a series' name. */
const POSSESSIVE_ORDINAL = new RegExp(`^[’']s\\s+${ORDINAL_OR_ROMAN}\\s+((?:[A-Za-z][A-Za-z’'-]*\\s+){0,3}?)${NOUN}\\b`, "i");
/** "The Forum's Lima edition", "the Dialogue's Dubai meeting": a head word's possessive, a place, a meeting noun. */
const SHORT_HEAD = `(${SHORT_NAME_NOUNS.map((w) => withNamingPlural(w, capitalised)).join("|")})`;
const HEAD_PLACE_EDITION = new RegExp(String.raw`\b[Tt]he\s+${SHORT_HEAD}[’']s\s+([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s+(edition|meeting|session|round)\b`, "gu");
/** "the third Ministerial Conference" with no complement of its own (one "of the X" is read by meetings.ts): a kind of meeting, numbered. */
/** Words that say what kind of meeting it is ("Ministerial", "Senior Officials'"), never a series' own name words. */
const KIND_WORDS = `(?:${meetingKindWords("seriesPhrases", "capital")})`;
/** An ordinal in either case: a numbered meeting is often capitalised as a title ("the Fifth Ministerial Conference"). */
const capital = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const ORDINAL_EITHER_CASE = `((?:(?:${TENS.map(capital).join("|")})-)?(?:${ORDINAL_WORDS.map(capital).join("|")})|\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2}|[IVX]{2,5})`;
/** "the dialogue's Fourth Ministerial Meeting", "the Forum's second meeting": a series' head word in the possessive, then a numbered meeting. */
const HEAD_ORDINAL = new RegExp(`\\b[Tt]he\\s+${SHORT_HEAD}[’']s\\s+${ORDINAL_EITHER_CASE}\\s+((?:${KIND_WORDS}\\s+){0,3})(${COUNTED_NOUNS.join("|")})\\b`, "gi");
const ORDINAL_KIND = new RegExp(`\\b(?:[Tt]he|[Aa])\\s+${ORDINAL_EITHER_CASE}\\s+((?:${KIND_WORDS}\\s+){1,3})(${COUNTED_NOUNS.map(capitalised).join("|")})\\b(?!\\s+(?:${NOT_A_DAY}|for|of|to)\\b)(?!\\s+in\\s+the\\s+[A-Z])`, "g");

/** A series' own name headed by a kind of meeting with a complement: "Special Meeting on …", "Regional Conference on …". */
const NAMED_KIND = new RegExp(`^(?:[Tt]he\\s+)?((?:${KIND_WORDS}\\s+){1,3})(${SITTING_NOUNS.map(capitalised).join("|")})\\s+(?:on|for)\\s+(?:the\\s+)?[A-Z]`);
/** A kind of sitting beside the regular ones, which numbers its own meetings: "the second special session". */
const SITTING_KIND = "(?:special|extraordinary)";
/**
 * "The fifth meeting, in Lomé …", "A second meeting followed on 24 July 2017", a row "1st meeting: Rome, 20 March 2017":
 * an ordinal before a bare meeting noun with no complement of its own numbers a meeting of the series the passage
 * named last, else of the page's or section's one series (ORDINAL_MEETING).
 */
const ORDINAL_PLAIN = new RegExp(`(?:\\b(?:[Tt]he|[Aa])\\s+|^[-–•*]?\\s*|\\s[-–—:]\\s+)${ORDINAL_OR_ROMAN}\\s+((?:${SITTING_KIND}\\s+)?(?:meeting|session|round))\\b(?!\\s+(?:${NOT_A_DAY}|for|of|to|with|between)\\b)(?!\\s+[A-Z])`, "gm");

export const numberOf = (ordinal: string) => ordinalNumber(ordinal);
export const kindWords = (modifiers: string, noun: string) => `${modifiers.trim().toLowerCase()} ${noun.toLowerCase()}`.replace(/\s+/g, " ");

/**
 * The readers over one passage. `series` gives the standing series a mention names (or null); `seriesByHead` the
 * series a head word stands for here; `kinds` maps a kind of meeting ("ministerial conference") to the series the
 * passage named a numbered meeting of that kind of.
 */
export function seriesMeetingPhrases(
  text: string,
  sorted: Mention[],
  series: (key: string) => string | null,
  seriesByHead: (head: string) => string | undefined,
  kinds: Map<string, string>,
  topicSeries: () => string | null = () => null,
  bareOrdinalSeries: (before: number) => string | null = () => null,
  repeated: (n: number, noun: string, before: number) => string | null | undefined = () => undefined,
  sectionSitting: (n: number) => { parentId: string; key: string; year: number } | null = () => null,
): SeriesMeetingPhrase[] {
  const out: SeriesMeetingPhrase[] = [];
  // "Special Meeting on Irregular Migration at Sea": a series named for its kind of meeting numbers its meetings of that
  // kind ("a second Special Meeting"), as one whose numbered meeting of that kind the page named (NAMED_KIND_SERIES).
  for (const m of sorted) {
    const named = m.kind === "FORUM" ? NAMED_KIND.exec(text.slice(m.localStart, m.localEnd)) : null;
    const parentId = named ? series(m.key) : null;
    if (named && parentId && !kinds.has(kindWords(named[1]!, named[2]!))) kinds.set(kindWords(named[1]!, named[2]!), parentId);
  }
  for (const m of sorted) {
    const parentId = series(m.key);
    if (!parentId || m.kind !== "FORUM") continue;
    const p = POSSESSIVE_ORDINAL.exec(text.slice(m.localEnd, m.localEnd + 80));
    if (!p) continue;
    const n = numberOf(p[1]!);
    if (!n) continue;
    const kind = kindWords(p[2]!, p[3]!);
    kinds.set(kind, parentId);
    const start = m.localEnd + p[0].indexOf(p[1]!);
    out.push({ start, end: m.localEnd + p[0].length, parentId, key: `${n} ${p[3]!.toLowerCase()}`, kind: `${n} ${kind}`, needsYear: false });
  }
  for (const h of text.matchAll(HEAD_PLACE_EDITION)) {
    const parentId = seriesByHead(h[1]!.toLowerCase().replace(/s$/, ""));
    if (!parentId) continue;
    // The mention is the meeting noun alone: the place before it stays a name of its own.
    const end = h.index! + h[0].length;
    out.push({ start: end - h[3]!.length, end, parentId, key: `${h[2]!.toLowerCase()} ${h[3]}`, needsYear: true });
  }
  for (const h of text.matchAll(HEAD_ORDINAL)) {
    const parentId = seriesByHead(h[1]!.toLowerCase().replace(/s$/, ""));
    const yearSitting = /^(?:19|20)\d{2}$/.test(h[2]!) ? possessiveYear(text, h.index!, h.index! + h[0].length, h[2]!) : null;
    if (parentId && yearSitting) {
      const possessive = h[0].search(/[’']s\s/);
      out.push({ start: h.index! + possessive + h[0].slice(possessive).indexOf(h[2]!), end: h.index! + h[0].length, parentId, key: h[2]!, needsYear: false, year: yearSitting });
      continue;
    }
    const n = /^(?:19|20)\d{2}$/.test(h[2]!) ? null : numberOf(h[2]!);
    if (!parentId || !n) continue;
    const kind = kindWords(h[3]!, h[4]!);
    kinds.set(kind, parentId);
    const possessive = h[0].search(/[’']s\s/);
    const start = h.index! + possessive + h[0].slice(possessive).indexOf(h[2]!);
    out.push({ start, end: h.index! + h[0].length, parentId, key: `${n} ${h[4]!.toLowerCase()}`, kind: `${n} ${kind}`, needsYear: false });
  }
  for (const k of text.matchAll(ORDINAL_KIND)) {
    const start = k.index! + k[0].indexOf(k[1]!);
    const end = k.index! + k[0].length;
    // A year is no ordinal here ("the 2005 World Disaster Reduction Conference" names a series of its own).
    if (sorted.some((m) => m.localStart < end && start < m.localEnd && m.method !== "name-pattern")) continue;
    if (/^(?:19|20)\d{2}$/.test(k[1]!)) continue;
    const n = numberOf(k[1]!);
    if (!n) continue;
    const kind = kindWords(k[2]!, k[3]!);
    // Else, on a page or under a heading about one series ("Regional Conference on Migration … Chronology: 2016 –
    // Honduras hosted the XXI Vice-Ministerial Meeting"), a sentence that names no other series numbers the topic's.
    // A headline "Abu Dhabi Dialogue: the Seventh Ministerial Consultation" names the series before its colon, and later
    // passages' meetings of that kind are that series'.
    const headed = headlineSeries(text, k.index!, sorted, series);
    if (headed) kinds.set(kind, headed);
    const sitting = headed ? null : sectionSitting(Number(n));
    const parentId = headed ?? sitting?.parentId ?? kinds.get(kind) ?? onlySeriesOfSentence(text, start, end, sorted, series) ?? (namesNoSeries(text, start, end, sorted, series) ? topicSeries() : null);
    if (!parentId) continue;
    out.push({ start, end, parentId, key: sitting?.key ?? `${n} ${k[3]!.toLowerCase()}`, kind: `${n} ${kind}`, needsYear: false, ...(sitting ? { year: sitting.year } : {}) });
  }
  for (const k of text.matchAll(ORDINAL_PLAIN)) {
    const start = k.index! + k[0].indexOf(k[1]!);
    const end = k.index! + k[0].length;
    if (/^(?:19|20)\d{2}$/.test(k[1]!) || sorted.some((m) => m.localStart < end && start < m.localEnd)) continue;
    const n = numberOf(k[1]!);
    if (!n) continue;
    const noun = k[2]!.toLowerCase().replace(/\s+/g, " ");
    // "… held its first meeting … attended the first meeting": the repeat is that meeting, whoever "its" was (repeatedMeeting.ts).
    const again = repeated(Number(n), noun, start);
    const sitting = again !== undefined ? null : sectionSitting(Number(n));
    const parentId = again !== undefined ? again : sitting?.parentId ?? onlySeriesOfSentence(text, start, end, sorted, series) ?? (namesNoSeries(text, start, end, sorted, series) ? bareOrdinalSeries(start) : null);
    if (!parentId) continue;
    // "At the 51st session in March the Council endorsed …": another body's session (FRONTED_SESSION_SUBJECT).
    const subject = frontedSessionSubject(text, start, end);
    if (subject && !parentId.split(/[:-]/).includes(subject.toLowerCase().replace(/s$/, ""))) continue;
    out.push({ start, end, parentId, key: sitting?.key ?? `${n} ${noun}`, kind: `${n} ${noun}`, needsYear: false, ...(sitting ? { year: sitting.year } : {}) });
  }
  return out;
}

/** A sitting still to come, one that was to be held, or one called off, or one used as a date: no year's sitting is reported. */
const { notHeld: NOT_REPORTED, asDate: AS_DATE } = HELD_MEETING_WORDS;

/**
 * POSSESSIVE_YEAR_SITTING: "the Forum's 2022 meeting", "the Dialogue's 2019 Ministerial Conference": a series' head word
 * in the possessive before a year and a meeting noun names that year's sitting of the series, keyed by the year as every
 * reader of a year's sitting keys it; the year, else null when the sentence speaks of a sitting to come or one called off,
 * or cites the sitting as a date ("since the Forum's 2019 meeting").
 */
function possessiveYear(text: string, start: number, end: number, year: string): number | null {
  const { from, to } = sentenceAround(text, start, end);
  if (NOT_REPORTED.test(text.slice(from, to)) || AS_DATE.test(text.slice(Math.max(from, start - 30), start))) return null;
  return Number(year);
}

/** Whether the sentence around [start, end) names no standing series (its numbered meeting may be the topic's). */
export function namesNoSeries(text: string, start: number, end: number, sorted: Mention[], series: (key: string) => string | null): boolean {
  const { from, to } = sentenceAround(text, start, end);
  return !sorted.some((m) => m.localStart >= from && m.localEnd <= to && m.kind === "FORUM" && !within(m, start, end) && !namesItsMembers(text, m) && series(m.key) !== null);
}

/**
 * SERIES_AS_MODIFIER: "the labour ministers of the Coral Sea Process countries": a series' name before a collective
 * noun of its members names those members, not the series meeting in the sentence; the sentence's numbered meeting
 * ("a first Ministerial Consultation") is not read as that series' meeting.
 */
export const SERIES_AS_MODIFIER: IdentityRule = {
  id: "series-as-modifier",
  what: "A series' name used as a modifier of its members ('the Coral Sea Process countries', 'Reef Forum states', 'Lagoon Dialogue members') does not make a numbered meeting in its sentence that series' meeting; the page's own series is read instead.",
  words: [...NOT_NAMES.words.filter((w) => w === "members" || w === "partners"), "countries", "states", "governments"],
  positive: [
    { text: "Lagoon Dialogue\n\nThe series opened in March 2009, when Fiji invited the fisheries ministers of the Coral Sea Process countries to Suva for a first Ministerial Consultation with the countries of destination.", present: ["forum:lagoon-dialogue-1-consultation"] },
  ],
  negative: [
    { text: "Lagoon Dialogue\n\nThe series opened in March 2009, when Fiji invited the fisheries ministers of the Coral Sea Process countries to Suva for a first Ministerial Consultation with the countries of destination.", absent: ["forum:coral-sea-process-1-consultation"] },
  ],
};
const MEMBERS_AFTER = new RegExp(`^\\s+(?:${SERIES_AS_MODIFIER.words.join("|")})\\b`);
const namesItsMembers = (text: string, m: Mention) => MEMBERS_AFTER.test(text.slice(m.localEnd, m.localEnd + 16));

// A name that overlaps the phrase (its own words read as one, or a name run into it) is no other series of its sentence.
const within = (m: Mention, start: number, end: number) => m.localStart < end && start < m.localEnd;

/** A verb of meeting: the sentence reports the series meeting, not its members going to some other conference. */
const MEETS = /\b(?:met|meet|meets|opens|opened|(?:is|are|were|was)\s+meeting|held|hosted|convened|took\s+place|gathered)\b/;

/**
 * The one standing series the sentence around [start, end) names, when the sentence reports a meeting ("Ministers of
 * the X Process met in Poznań at the second Ministerial Conference"), or null when it names none or several.
 */
export function onlySeriesOfSentence(text: string, start: number, end: number, sorted: Mention[], series: (key: string) => string | null): string | null {
  const { from, to } = sentenceAround(text, start, end);
  if (!MEETS.test(text.slice(from, to))) return null;
  // The phrase's own words read as a name ("XXI Vice-Ministerial Meeting") name no series it belongs to.
  const named = new Set(sorted.filter((m) => m.localStart >= from && m.localEnd <= to && m.kind === "FORUM" && !within(m, start, end) && !namesItsMembers(text, m)).map((m) => series(m.key)));
  return named.size === 1 && !named.has(null) ? [...named][0]! : null;
}

/** The series a line opens on when a colon follows it right before `at` ("Bali Process: the Eighth …"), else null. */
function headlineSeries(text: string, at: number, sorted: Mention[], series: (key: string) => string | null): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const opening = sorted.find((m) => m.localEnd <= at && /^\s*$/.test(text.slice(lineStart, m.localStart)));
  return opening && opening.kind === "FORUM" && /^:\s+$/.test(text.slice(opening.localEnd, at)) ? series(opening.key) : null;
}
