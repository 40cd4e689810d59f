import { headWord } from "./headKind.js";
import { MEETING_NOUN_ROWS } from "./meetingNouns.js";
import { ORDINAL, ordinalNumber } from "./ordinals.js";
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
 * "… was the first of the Coastal Conferences on X. The second took place in Lomé in May 2018": "the Nth" alone as the
 * subject of a verb of meeting, in the sentence after one that names a series by a plural meeting noun ("Conferences",
 * "Consultations"), is that series' meeting of the number, its noun the plural's singular (ELIDED_PLURAL_SITTING).
 * After any other name ("the Coastal Process. The second took place …"), or with a noun of its own, it names nothing.
 */
const THE_ELIDED = new RegExp(`\\b[Tt]he\\s+${ORDINAL}(?=\\s+(?:was\\s+(?:held|convened|hosted)|took\\s+place|met|followed|opened)\\b)`, "g");
/** The plural meeting nouns that head a series' name (meetingNouns.ts pluralNames), each with its singular. */
const PLURAL_HEADS = new Map(MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => [n.plural, n.noun]));

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
  for (const m of text.matchAll(THE_ELIDED)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const at = m.index!;
    const n = Number(ordinalNumber(m[1]!));
    // The series named last before it, in its own sentence or the one right before (at most one sentence end between).
    const last = [...sorted].reverse().find((s) => s.localEnd <= at && s.kind === "FORUM");
    if (!n || !last || (text.slice(last.localEnd, at).match(/[.!?;]\s/g) ?? []).length > 1) continue;
    const parentId = series(last.key);
    const noun = PLURAL_HEADS.get(headWord(text.slice(last.localStart, last.localEnd))?.toLowerCase() ?? "");
    if (!parentId || !noun) continue;
    const start = at + m[0].indexOf(m[1]!);
    out.push({ start, end: at + m[0].length, parentId, key: `${n} ${noun}`, kind: `${n} ${noun}`, needsYear: false });
  }
  return out;
}
