import { headWord } from "./headKind.js";
import { MEETING_NOUN_ROWS } from "./meetingNouns.js";
import { ORDINAL, ORDINAL_WORDS, TENS, ordinalNumber } from "./ordinals.js";
import type { SeriesMeetingPhrase } from "./seriesMeetingPhrases.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * "The X held its first meeting in Niamey in February 2020, hosted by Niger, and its second in Ouagadougou in October
 * 2020": an ordinal after "its" with its meeting noun left out, in the sentence of a numbered meeting of a series, is
 * that series' meeting of the new number and the same kind (ELIDED_MEETING). Without a numbered meeting before it in
 * its sentence ("its second phase", "its first in a decade") it names nothing.
 */
const ITS_ELIDED = new RegExp(`\\b[Ii]ts\\s+${ORDINAL}(?=\\s*,?\\s+(?:in|at|on|held|hosted)\\s)`, "g");

/**
 * "Tinland hosted the first of the Coastal Conferences on Seafarers in 2015. The second was held in Suva in 2019": "the
 * Nth" alone as the subject of a verb of meeting, in the sentence after one that counts a series named by a plural
 * meeting noun ("Conferences", "Consultations"), is that series' meeting of the number, its noun the plural's singular
 * (ELIDED_PLURAL_SITTING). The series must be the thing counted ("the first of the X", "the first X", "three X"), or an
 * earlier "The Nth …" sentence already reached it (a chain "The first … The second …"): "the Nth" counts whatever was
 * counted last, so another plural or counted noun between ("to set up two working groups") takes it from the series.
 * A plural name alone in the sentence right before also counts itself ("The Coastal Forums on Seafarers began in 2015.
 * The second was held in Suva"): the plural is its meetings, and "The Nth" opening the next sentence counts them.
 * After any other name ("the Coastal Process"), or with a noun of its own, it names nothing.
 */
/**
 * "… convened the first Harbour Conference on 30 January 2013, and the second on 15 January 2014": "the Nth" after "and" or
 * a comma, with its meeting noun left out, in the sentence of a numbered meeting (ELIDED_MEETING). What follows it must
 * be a venue, a date or a verb of meeting ("in Suva", "on 15 May", "in March 2015", "hosted by"), so that "the first in a
 * decade" or "the second in line" names nothing.
 */
const THE_ELIDED_AFTER = new RegExp(`(?:,\\s*|\\band\\s+)the\\s+${ORDINAL}(?=\\s*,?\\s+(?:(?:in|at)\\s+(?:[A-Z]|\\d)|on\\s+\\d|held\\b|hosted\\b|followed\\b))`, "g");
/**
 * "A third, in March 2015, was hosted by Kuwait": "A|The Nth" opening a sentence at most two after one that numbered
 * meetings of one series ("… and the second on 15 January 2014. Kuwait hosted both. A third …"), an aside of time or place
 * at most before its verb of meeting, is that series' meeting of the number; another counted or plural noun between
 * ("to set up two working groups") takes it from the series.
 */
const OPENING_ELIDED = new RegExp(`(?:^|[.!?]\\s+)(?:A|The)\\s+${ORDINAL}(?=\\s*(?:,\\s*(?:in|on|at)\\s[^,.;]{1,40},)?\\s+(?:was\\s+(?:held|convened|hosted)|took\\s+place|met|followed|opened)\\b)`, "g");
const THE_ELIDED = new RegExp(`\\b[Tt]he\\s+${ORDINAL}(?=\\s+(?:was\\s+(?:held|convened|hosted)|took\\s+place|met|followed|opened)\\b)`, "g");
/** The plural meeting nouns that head a series' name (meetingNouns.ts pluralNames), each with its singular. */
const PLURAL_HEADS = new Map(MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => [n.plural, n.noun]));
/** Words that count the series named right after them: "the first of (the)", "the third", "three", "two of the". */
const CARDINAL = "(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|\\d{1,2})";
const ORDINAL_WORD = `(?:(?:${TENS.join("|")})-)?(?:${ORDINAL_WORDS.join("|")})|\\d{1,3}(?:st|nd|rd|th)`;
/**
 * "Eight ministerial conferences had been held by 2008.": a number counting lower-case sittings (a plural meeting noun
 * with at most two modifiers), which "The first met in 1980" in the next sentence numbers (COUNTED_SITTINGS).
 */
const COUNTED_SITTINGS = new RegExp(`\\b(?:${CARDINAL})\\s+(?:[a-z][a-z'’-]+\\s+){0,2}(${MEETING_NOUN_ROWS.filter((n) => n.counted).map((n) => n.plural).join("|")})\\b(?!\\s+(?:of|on|for|between)\\b)`, "gi");
const COUNTS_SERIES = new RegExp(`\\b(?:(?:the\\s+)?(?:${ORDINAL_WORD})|one|${CARDINAL})\\s+(?:of\\s+)?(?:the\\s+)?$`, "i");
/** Another counted or plural lower-case noun ("two working groups", "its phases", "the reports") that "the Nth" may count. */
const OTHER_COUNTED = new RegExp(`\\b(?:${CARDINAL}|the|its|their|these|those|some|many|both)\\s+(?:[a-z]+[\\s-]+)?(?!(?:this|thus|perhaps|unless|across|always|various|previous)\\b)[a-z]{3,}(?<!ss|ou)s\\b`);

export function elidedMeetings(
  text: string,
  numbered: ReadonlyArray<{ start: number; end: number; entity: DiscoveredName }>,
  sorted: readonly Mention[] = [],
  series: (key: string) => string | null = () => null,
  inScope?: () => string | null,
): SeriesMeetingPhrase[] {
  const out: SeriesMeetingPhrase[] = [];
  for (const m of text.matchAll(ITS_ELIDED)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const at = m.index!;
    // The numbered meeting before it in the same sentence: no sentence end between the two.
    const before = numbered.filter((e) => e.end <= at && e.entity.isEvent && e.entity.parentId && e.entity.ordinal && !/[.!?]\s/.test(text.slice(e.end, at)));
    const last = before[before.length - 1];
    const n = Number(ordinalNumber(m[1]!));
    if (!last || !n) continue;
    const kind = last.entity.ordinal!.replace(/^\d+\s+/, "");
    const noun = kind.split(" ").pop()!;
    const start = at + m[0].indexOf(m[1]!);
    out.push({ start, end: at + m[0].length, parentId: last.entity.parentId!, key: `${n} ${noun}`, kind: `${n} ${kind}`, needsYear: false });
  }
  // "…, and the second on 15 January 2014": the same, after "the" (THE_ELIDED_AFTER); a chain of these goes on.
  for (const m of text.matchAll(THE_ELIDED_AFTER)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    const phrase = sittingBefore(start);
    const n = Number(ordinalNumber(m[1]!));
    if (phrase && n) out.push({ ...phrase, start, end: start + m[1]!.length, key: `${n} ${phrase.noun}`, kind: `${n} ${phrase.kind}` });
  }
  // "A third, in March 2015, was hosted by Kuwait": opening the sentence right after one that numbered sittings.
  for (const m of text.matchAll(OPENING_ELIDED)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    const phrase = sittingBefore(start, 2);
    const n = Number(ordinalNumber(m[1]!));
    if (phrase && n) out.push({ ...phrase, start, end: start + m[1]!.length, key: `${n} ${phrase.noun}`, kind: `${n} ${phrase.kind}` });
  }
  // The series the last linked "The Nth" reached, and where it stood: a chain "The first … The second …" goes on with it.
  let chain: { at: number; parentId: string; noun: string } | null = null;
  for (const m of text.matchAll(THE_ELIDED)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const at = m.index!;
    const n = Number(ordinalNumber(m[1]!));
    if (!n) continue;
    const ends = (from: number) => (text.slice(from, at).match(/[.!?;]\s/g) ?? []).length;
    // The series named last before it, in its own sentence or the one right before (at most one sentence end between).
    const last = [...sorted].reverse().find((s) => s.localEnd <= at && s.kind === "FORUM");
    let found: { parentId: string; noun: string } | null = null;
    if (chain && ends(chain.at) === 1 && (!last || last.localEnd <= chain.at) && !OTHER_COUNTED.test(text.slice(chain.at, at))) found = chain;
    else if (last && ends(last.localEnd) <= 1 && (COUNTS_SERIES.test(text.slice(Math.max(0, last.localStart - 30), last.localStart)) || ends(last.localEnd) === 1) && !OTHER_COUNTED.test(text.slice(last.localEnd, at))) {
      const parentId = series(last.key);
      const noun = PLURAL_HEADS.get(headWord(text.slice(last.localStart, last.localEnd))?.toLowerCase() ?? "");
      if (parentId && noun) found = { parentId, noun };
    }
    // "Eight ministerial conferences had been held by 2008. The first met in 1980": lower-case sittings counted in the
    // sentence right before, naming no series, are the series in scope's (COUNTED_SITTINGS).
    if (!found && inScope) {
      const counted = countedSittings(at, last);
      const parentId = counted ? inScope() : null;
      if (counted && parentId) found = { parentId, noun: counted };
    }
    chain = found ? { at, ...found } : null;
    if (!found) continue;
    const start = at + m[0].indexOf(m[1]!);
    out.push({ start, end: at + m[0].length, parentId: found.parentId, key: `${n} ${found.noun}`, kind: `${n} ${found.noun}`, needsYear: false });
  }
  return out;

  /**
   * The singular noun of lower-case sittings counted in the sentence right before `at` (or earlier in its own), when no
   * series is named from there to `at` and nothing else is counted between; else null.
   */
  function countedSittings(at: number, lastForum: Mention | undefined): string | null {
    const ends = [...text.slice(0, at).matchAll(/[.!?;]\s/g)].map((e) => e.index! + 1);
    const from = ends.length >= 2 ? ends[ends.length - 2]! : 0;
    if (lastForum && lastForum.localEnd > from) return null;
    const counted = [...text.slice(from, at).matchAll(COUNTED_SITTINGS)].pop();
    // Lower-case past the number: "three Coastal Conferences" names a series, which the readers above take.
    if (!counted || counted[0].slice(1) !== counted[0].slice(1).toLowerCase()) return null;
    const after = from + counted.index! + counted[0].length;
    if (OTHER_COUNTED.test(text.slice(after, at))) return null;
    return MEETING_NOUN_ROWS.find((n) => n.plural === counted[1]!.toLowerCase())?.noun ?? null;
  }

  /**
   * The numbered sitting last before `at` in its sentence (or within `sentences` sentence ends before it), read by a
   * reader or by this one, when every numbered sitting there belongs to one series; else null.
   */
  function sittingBefore(at: number, sentences = 0): { parentId: string; noun: string; kind: string; needsYear: false } | null {
    const ends = (from: number) => (text.slice(from, at).match(/[.!?;]\s/g) ?? []).length;
    const before = [
      ...numbered.filter((e) => e.entity.isEvent && e.entity.parentId && e.entity.ordinal).map((e) => ({ end: e.end, parentId: e.entity.parentId!, kind: e.entity.ordinal!.replace(/^\d+\s+/, "") })),
      ...out.map((p) => ({ end: p.end, parentId: p.parentId, kind: p.kind!.replace(/^\d+\s+/, "") })),
    ].filter((e) => e.end <= at && ends(e.end) <= sentences);
    if (before.length === 0 || new Set(before.map((e) => e.parentId)).size > 1) return null;
    // Another series or body named after the sitting takes "the Nth" from it ("the first X …, and the second of the Y").
    const last = before.sort((a, b) => a.end - b.end)[before.length - 1]!;
    if (sorted.some((s) => s.kind === "FORUM" && s.localStart >= last.end && s.localEnd <= at && series(s.key) !== last.parentId)) return null;
    if (sentences > 0 && OTHER_COUNTED.test(text.slice(last.end, at))) return null;
    return { parentId: last.parentId, noun: last.kind.split(" ").pop()!, kind: last.kind, needsYear: false };
  }
}
