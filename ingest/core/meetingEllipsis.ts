import { headWord } from "./headKind.js";
import { MEETING_NOUN_ROWS } from "./meetingNouns.js";
import { CARDINAL, ORDINAL, SPELLED_ORDINAL, ordinalNumber } from "./ordinals.js";
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
const THE_ELIDED = new RegExp(`\\b[Tt]he\\s+${ORDINAL}(?=\\s+(?:was\\s+(?:held|convened|hosted)|took\\s+place|met|followed|opened)\\b)`, "g");
/**
 * "The first was held in Niamey in 2004 and the second in Bamako in 2006": "and the Nth" (or "; the Nth") with its verb
 * left out, before a place or a date, in the sentence of a linked "The Nth …" of lower number, is the same series'
 * meeting of that number (ELIDED_PLURAL_SITTING). Without such a chain in its sentence it names nothing.
 */
const NEXT_ELIDED = new RegExp(`(?:\\band|;)\\s+the\\s+${ORDINAL}(?=\\s*,?\\s+(?:in|at|on)\\s)`, "g");
/** The plural meeting nouns that head a series' name (meetingNouns.ts pluralNames), each with its singular. */
const PLURAL_HEADS = new Map(MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => [n.plural, n.noun]));
/** Words that count the series named right after them: "the first of (the)", "the third", "three", "two of the". */
const ORDINAL_WORD = `${SPELLED_ORDINAL}|\\d{1,3}(?:st|nd|rd|th)`;
const COUNTS_SERIES = new RegExp(`\\b(?:(?:the\\s+)?(?:${ORDINAL_WORD})|one|${CARDINAL})\\s+(?:of\\s+)?(?:the\\s+)?$`, "i");
/**
 * Another counted or plural lower-case noun ("two working groups", "its phases", "the reports") that "the Nth" may count.
 * How often the series meets ("every two years", "every three months") counts no thing the ordinal could count.
 */
export const OTHER_COUNTED = new RegExp(`(?<!\\bevery\\s+)\\b(?:${CARDINAL}|the|its|their|these|those|some|many|both)\\s+(?:[a-z]+[\\s-]+)?(?!(?:this|thus|perhaps|unless|across|always|various|previous)\\b)[a-z]{3,}(?<!ss|ou)s\\b`);

/** OTHER_COUNTED on a stretch whose counting word may open a sentence ("Two working groups were set up"). */
const otherCounted = (stretch: string) => OTHER_COUNTED.test(stretch.replace(new RegExp(`\\b(?:[A-Z](?=(?:${CARDINAL_LOWER}|he|ts|heir|hese|hose|ome|any|oth)\\b))`, "g"), (c) => c.toLowerCase()));
const CARDINAL_LOWER = ["wo", "hree", "our", "ive", "ix", "even", "ight", "ine", "en", "everal"].join("|");
/**
 * "… and the second in Osh was cancelled", "… and the second in Osh is planned for 2027": the elided "the Nth" has a
 * verb of its own in its clause, so it is not said to have met like the one before it.
 */
const OWN_VERB = /^[^.;!?]*?\b(?:was|were|is|are|will|would|has|have|had|been|be)\b/;

export function elidedMeetings(
  text: string,
  numbered: ReadonlyArray<{ start: number; end: number; entity: DiscoveredName }>,
  sorted: readonly Mention[] = [],
  series: (key: string) => string | null = () => null,
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
  // The series the last linked "The Nth" reached, and where it stood: a chain "The first … The second …" goes on with it.
  type Chain = { at: number; n: number; parentId: string; noun: string };
  let chain = null as Chain | null;
  const found0 = [...text.matchAll(THE_ELIDED)].map((m) => ({ m, next: false }));
  const nexts = [...text.matchAll(NEXT_ELIDED)].map((m) => ({ m, next: true }));
  for (const { m, next } of [...found0, ...nexts].sort((a, b) => a.m.index! - b.m.index!)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const at = m.index!;
    const n = Number(ordinalNumber(m[1]!));
    if (!n) continue;
    const ends = (from: number) => (text.slice(from, at).match(/[.!?;]\s/g) ?? []).length;
    // "… and the second in Bamako in 2006": a higher number going on with the chain in its own sentence (NEXT_ELIDED).
    if (next) {
      const last = chain as Chain | null;
      if (!last || n <= last.n || /[.!?]\s/.test(text.slice(last.at, at)) || otherCounted(text.slice(last.at + m[0].length, at)) || OWN_VERB.test(text.slice(at + m[0].length))) continue;
      chain = { at, n, parentId: last.parentId, noun: last.noun };
      const start = at + m[0].indexOf(m[1]!);
      out.push({ start, end: at + m[0].length, parentId: last.parentId, key: `${n} ${last.noun}`, kind: `${n} ${last.noun}`, needsYear: false });
      continue;
    }
    // The series named last before it, in its own sentence or the one right before (at most one sentence end between).
    const last = [...sorted].reverse().find((s) => s.localEnd <= at && s.kind === "FORUM");
    let found: { parentId: string; noun: string } | null = null;
    // Two plural series in reach: "the Nth" could count either, so it names neither.
    const plurals = new Set(sorted.filter((s) => s.kind === "FORUM" && s.localEnd <= at && ends(s.localEnd) <= 1 && PLURAL_HEADS.has(headWord(text.slice(s.localStart, s.localEnd))?.toLowerCase() ?? "")).map((s) => s.key));
    if (chain && ends(chain.at) === 1 && (!last || last.localEnd <= chain.at) && !otherCounted(text.slice(chain.at, at))) found = chain;
    else if (last && plurals.size <= 1 && ends(last.localEnd) <= 1 && (COUNTS_SERIES.test(text.slice(Math.max(0, last.localStart - 30), last.localStart)) || ends(last.localEnd) === 1) && !otherCounted(text.slice(last.localEnd, at))) {
      const parentId = series(last.key);
      const noun = PLURAL_HEADS.get(headWord(text.slice(last.localStart, last.localEnd))?.toLowerCase() ?? "");
      if (parentId && noun) found = { parentId, noun };
    }
    chain = found ? { at, n, ...found } : null;
    if (!found) continue;
    const start = at + m[0].indexOf(m[1]!);
    out.push({ start, end: at + m[0].length, parentId: found.parentId, key: `${n} ${found.noun}`, kind: `${n} ${found.noun}`, needsYear: false });
  }
  return out;
}
