import { ORDINAL, ordinalNumber } from "./ordinals.js";
import type { SeriesMeetingPhrase } from "./seriesMeetingPhrases.js";
import type { DiscoveredName } from "./types.js";

/**
 * "The X held its first meeting in Niamey in February 2020, hosted by Niger, and its second in Ouagadougou in October
 * 2020": an ordinal after "its" with its meeting noun left out, in the sentence of a numbered meeting of a series, is
 * that series' meeting of the new number and the same kind (ELIDED_MEETING). Without a numbered meeting before it in
 * its sentence ("its second phase", "its first in a decade") it names nothing.
 */
const ITS_ELIDED = new RegExp(`\\b[Ii]ts\\s+${ORDINAL}(?=\\s*,?\\s+(?:in|at|on|held|hosted)\\s)`, "g");

export function elidedMeetings(text: string, numbered: ReadonlyArray<{ start: number; end: number; entity: DiscoveredName }>): SeriesMeetingPhrase[] {
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
  return out;
}
