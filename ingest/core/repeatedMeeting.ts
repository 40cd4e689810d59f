import { ITS_ORDINAL } from "./meetingPatterns.js";
import { ordinalNumber } from "./ordinals.js";

/**
 * REPEATED_MEETING: "The Harbour Data Network held its first meeting in Accra in 2014 … Two NGOs attended the first
 * meeting.": a bare "the <ordinal> meeting" that repeats the number and noun of an earlier "its/their <ordinal>
 * meeting" of the same passage is that meeting again. It belongs to whatever "its" stood for: a standing series'
 * meeting when the earlier phrase was read as one, and no meeting of some other series named in an earlier passage
 * when "its" stood for a body that holds no numbered series (a network, a programme).
 */
export const REPEATED_MEETING = {
  examples: {
    positive: [
      // "its" is the network's: the later "the first meeting" is no meeting of the Process named a passage before.
      { text: "The Lagoon Process brings together the ministers of six coastal states.\n\nThe Harbour Data Network held its first meeting in Accra in March 2014. Two NGOs attended the first meeting.", absent: ["forum:lagoon-process-1-meeting", "forum:lagoon-process-2014"] },
    ],
    negative: [
      // "its" is the Process's: the repeat is the Process's first meeting.
      { text: "The Lagoon Process brings together the ministers of six coastal states.\n\nThe Lagoon Process held its first meeting in Accra in March 2014. Two NGOs attended the first meeting.", present: ["forum:lagoon-process-2014"] },
      // No earlier "its first meeting": the numbered meeting is the series' named before, as ever.
      { text: "The Lagoon Process brings together the ministers of six coastal states.\n\nThe Harbour Data Network was set up in 2013. Ghana hosted the first meeting in Accra in March 2014.", present: ["forum:lagoon-process-2014"] },
    ],
  },
};

interface Coined {
  start: number;
  end: number;
  entity: { parentId?: string | null };
}

/**
 * For "the <n> <noun>" at `before`: undefined when no earlier "its/their <n> … <noun>" of the passage numbers the same
 * meeting; else the series of the meeting read there (`coined`), or null when none was (its owner holds no series).
 */
export function repeatedMeetingSeries(text: string, before: number, n: number, noun: string, coined: readonly Coined[]): string | null | undefined {
  const last = noun.toLowerCase().split(/\s+/).at(-1);
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(0, before).matchAll(ITS_ORDINAL)) {
    if (Number(ordinalNumber(m[1]!)) === n && m[3]!.toLowerCase() === last) found = { start: m.index!, end: m.index! + m[0].length };
  }
  if (!found) return undefined;
  const read = coined.find((c) => c.start < found.end && found.start < c.end);
  return read?.entity.parentId ?? null;
}
