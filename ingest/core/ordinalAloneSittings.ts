import { analyse } from "./analysis.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { OTHER_COUNTED } from "./meetingEllipsis.js";
import { SINGULAR_OF_PLURAL } from "./meetingNouns.js";
import { CARDINAL, SPELLED_ORDINAL, ordinalNumber } from "./ordinals.js";
import { SENTENCE_STOP } from "./sentenceAround.js";
import type { SeriesMeetingPhrase } from "./seriesMeetingPhrases.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * An ordinal standing alone as the head of its noun phrase ("came back for a second in Apia on 9 May 2018", "received a
 * third in June 2020", "The first met in 1994") names a sitting of the series the text counted just before it
 * (ORDINAL_ALONE_SITTING). Which series is read from the structure before the ordinal, never from its words:
 * - a numbered sitting of one series, in the same sentence or at most two sentences earlier, with a higher number after
 *   a lower one ("the first Harbour Relief Conference …, and the second …"): the sitting's series and kind;
 * - a sentence opening its paragraph that counts sittings by a plural meeting noun ("Ministers have met in nine plenary
 *   sessions since 1990."), right before "The Nth" as the subject of a verb of meeting: the one series that sentence names, or
 *   else the one series of the section or page when that series is named by the counted plural ("the Coastal
 *   Consultations"; the paragraph opens on the count, so no other actor holds it).
 * The sitting keeps only the year its own clause gives ("the second on 9 May 2018"); a clause without one, or one that
 * speaks of the future, names no sitting. An ordinal with a noun of its own between ("the first phase", "a first
 * grant"), another series named between, or an ordinal that counts something else ("the first of three reports", "a
 * third of the funds", "the second largest") stops it.
 */
const ARTICLE_ORDINAL = new RegExp(`\\b(?:[Tt]he|[Aa])\\s+(${SPELLED_ORDINAL})\\b`, "g");
/** Any ordinal word: one between the sitting and "the Nth" that has a noun of its own counts something else. */
const ANY_ORDINAL = new RegExp(`\\b${SPELLED_ORDINAL}\\b`, "gi");
/** A word after the ordinal that makes it a modifier, not a head: the noun phrase goes on. */
const PHRASE_GOES_ON = new Set(["NOUN", "PROPN", "ADJ", "NUM", "PART"]);
const MEETING_VERB = /^\s*(?:of\s+them\s+)?(?:was\s+(?:held|convened|hosted|opened)|took\s+place|met|followed|opened|convened|gathered)\b/;
/** A count of times: "twice", "three times". */
const TIMES = new RegExp(`\\b(?:twice|thrice|${CARDINAL}\\s+times)\\b`, "i");
const YEAR = /\b(?:19|20)\d{2}\b/;
/** "Five ministerial meetings", "three earlier pledging conferences": a count of sittings by a plural meeting noun. */
const COUNTED_SITTINGS = new RegExp(`\\b${CARDINAL}\\s+(?:[a-z-]+\\s+){0,2}?(${[...SINGULAR_OF_PLURAL.keys()].join("|")})\\b`, "i");

export interface OrdinalAloneContext {
  /** The one series of the section, else of the page; null when none or several. */
  scopeSeries: () => string | null;
  /** The standing series a FORUM mention's key names, else null. */
  series: (key: string) => string | null;
  /** A series' name. */
  nameOf: (id: string) => string | null;
}

export function ordinalAloneSittings(
  text: string,
  numbered: ReadonlyArray<{ start: number; end: number; entity: DiscoveredName }>,
  sorted: readonly Mention[],
  ctx: OrdinalAloneContext,
): SeriesMeetingPhrase[] {
  const out: SeriesMeetingPhrase[] = [];
  const sittings = numbered
    .filter((e) => e.entity.isEvent && e.entity.parentId && e.entity.ordinal && /^\d+\s/.test(e.entity.ordinal))
    .map((e) => ({ end: e.end, parentId: e.entity.parentId!, n: Number(e.entity.ordinal!.split(" ")[0]), kind: e.entity.ordinal!.replace(/^\d+\s+/, ""), year: e.entity.year ?? null }));
  for (const m of text.matchAll(ARTICLE_ORDINAL)) {
    const at = m.index!;
    const end = at + m[0].length;
    const n = Number(ordinalNumber(m[1]!));
    if (!n) continue;
    const clause = ownClause(text, end);
    if (HELD_MEETING_WORDS.notHeld.test(clause)) continue;
    const year = Number(YEAR.exec(clause)?.[0] ?? 0) || null;
    // The clause's words first: the tagger reads the ordinal's phrase only where its clause could date a sitting.
    if (!year || !standsAlone(text, at, end)) continue;
    const start = at + m[0].indexOf(m[1]!);
    const from = afterSitting(n, at, year) ?? afterCount(at, clause, year);
    if (!from) continue;
    out.push({ start, end, parentId: from.parentId, key: `${n} ${from.noun}`, kind: `${n} ${from.kind}`, needsYear: false, year });
    sittings.push({ end, parentId: from.parentId, n, kind: from.kind, year });
  }
  return out;

  /** The numbered sitting "the Nth" goes on from: the last one before it, of one series, a lower number, nothing between. */
  function afterSitting(n: number, at: number, year: number): { parentId: string; noun: string; kind: string } | null {
    const near = sittings.filter((s) => s.end <= at && sentenceEnds(text.slice(s.end, at)) <= 2);
    const last = near[near.length - 1];
    if (!last || last.n >= n || new Set(near.map((s) => s.parentId)).size > 1 || !clearBetween(last.end, at)) return null;
    // A later sitting of a series meets in a later year; "the second" in the first one's year or before counts its days,
    // sessions or earlier rounds, not its sittings.
    if (last.year && year <= last.year) return null;
    return { parentId: last.parentId, noun: last.kind.split(" ").pop()!, kind: last.kind };
  }

  /** The series of a count of sittings that opens the paragraph right before "The Nth" and its verb of meeting. */
  function afterCount(at: number, clause: string, year: number): { parentId: string; noun: string; kind: string } | null {
    if (!MEETING_VERB.test(clause)) return null;
    const stops = [...text.matchAll(SENTENCE_STOP)].filter((s) => s.index! < at);
    const opens = stops[stops.length - 1];
    // "The Nth" opens its sentence, and the sentence before it opens the paragraph.
    if (!opens || opens.index! + opens[0].length !== at || /\n/.test(opens[0])) return null;
    const prior = stops[stops.length - 2];
    const countFrom = prior ? prior.index! + prior[0].length : 0;
    if (prior && !/\n/.test(prior[0])) return null;
    const counting = text.slice(countFrom, opens.index!);
    const count = COUNTED_SITTINGS.exec(counting);
    if (!count || !withinSpan(counting, year)) return null;
    // A series named in the count holds the sittings only as their owner: "<count> meetings of (the) X" or "X has held
    // <count> meetings". A series that is the object of another verb ("three meetings prepared X") holds none of them.
    const countAt = countFrom + count.index!;
    const countEnd = countAt + count[0].length;
    const forums = sorted.filter((s) => s.kind === "FORUM" && s.localStart >= countFrom && s.localEnd <= at);
    const owners = forums.filter((s) => (s.localStart >= countEnd && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(countEnd, s.localStart))) || (s.localEnd <= countAt && /^\s+(?:has|have|had)\s+(?:held|convened|hosted|met)\s+$/i.test(text.slice(s.localEnd, countAt))));
    if (owners.length !== forums.length) return null;
    const named = [...new Set(owners.map((s) => ctx.series(s.key)))];
    const plural = count[1]!.toLowerCase();
    // The section's or page's series only when its own name is the counted plural ("the X Conferences"): a page about
    // one conference that mentions earlier conferences of others does not own them.
    const scope = named.length === 0 ? ctx.scopeSeries() : null;
    const parentId = named.length === 1 ? named[0] : scope && new RegExp(`\\b${plural}\\b`, "i").test(ctx.nameOf(scope) ?? "") ? scope : null;
    const noun = SINGULAR_OF_PLURAL.get(plural)!;
    return parentId ? { parentId, noun, kind: noun } : null;
  }

  /**
   * Nothing between the sitting and "the Nth" counts or names something else: no other series, no ordinal with a noun,
   * no count of another plural noun or of times ("two resolutions", "over two days", "twice") that "the Nth" may count.
   */
  function clearBetween(from: number, to: number): boolean {
    if (sorted.some((s) => s.kind === "FORUM" && s.localStart >= from && s.localEnd <= to)) return false;
    // A count may open its sentence ("Two resolutions were adopted."): read it as in mid-sentence.
    const between = text.slice(from, to).replace(/(^|[.!?;]\s+)([A-Z])(?=[a-z])/g, (_, stop: string, c: string) => stop + c.toLowerCase());
    if (OTHER_COUNTED.test(between) || TIMES.test(between)) return false;
    for (const o of text.slice(from, to).matchAll(ANY_ORDINAL)) if (!standsAlone(text, from + o.index!, from + o.index! + o[0].length)) return false;
    return true;
  }
}

/**
 * The count's sentence bounds its sittings in time: "since 2009" and "from 2009" come no earlier, "by 2015" and "until
 * 2015" no later, "held in 2005" in that year. A sitting outside the span is not one of the counted ones.
 */
function withinSpan(counting: string, year: number): boolean {
  for (const m of counting.matchAll(/\b(since|from|by|until|before|(?:held|met|convened|place)\s+in)\s+((?:19|20)\d{2})\b/gi)) {
    const word = m[1]!.toLowerCase().replace(/^\w+\s+in$/, "in");
    const bound = Number(m[2]);
    if ((word === "since" || word === "from" || word === "in") && year < bound) return false;
    if ((word === "by" || word === "until" || word === "in") && year > bound) return false;
    if (word === "before" && year >= bound) return false;
  }
  return true;
}

/** The ordinal at [start, end) heads its noun phrase: the word after it does not go on with the phrase ("of" only as "of them"). */
function standsAlone(text: string, start: number, end: number): boolean {
  const tokens = analyse(text, start, Math.min(text.length, end + 40)).tokens;
  const i = tokens.findIndex((t) => t.end === end);
  const next = i >= 0 ? tokens[i + 1] : undefined;
  if (!next) return true;
  if (next.lower === "of") return /^\s+of\s+them\b/.test(text.slice(end));
  if (next.lower === "to") return false;
  return !PHRASE_GOES_ON.has(next.pos);
}

/** The words that belong to the ordinal: up to the sentence's end, a semicolon, or the next ordinal. */
function ownClause(text: string, end: number): string {
  const rest = text.slice(end, end + 120);
  const stop = rest.search(/[.!?;](?:\s|$)|\n|\band\s+(?:the|a)\s/);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  const next = clause.search(ANY_ORDINAL);
  return next >= 0 ? clause.slice(0, next) : clause;
}

function sentenceEnds(between: string): number {
  return (between.match(/[.!?;]\s/g) ?? []).length;
}
