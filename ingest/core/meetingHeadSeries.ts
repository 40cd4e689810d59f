import type { Catalog } from "../catalog/catalog.js";
import { foldWords } from "./fold.js";
import { headWord } from "./headKind.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";
import { MEETS_NOUNS } from "./meetingNouns.js";

export const MEETING_HEAD_SERIES: IdentityRule = {
  id: "meeting-head-series",
  what: "Two standing series whose names differ only in their meeting head ('Coastal Forum on Ports and Trade' / 'Coastal Meeting on Ports and Trade') are one series when the text gives each a meeting with the same ordinal in the same year ('the second Coastal Forum … in 2010' / 'In 2010 … the second Coastal Meeting …'): those meetings are one, and so are the series. Without such a meeting, or with another ordinal or year, they stay two.",
  words: MEETS_NOUNS,
  positive: [
    {
      text: "IOM attended the second Coastal Forum on Ports and Trade (July 2010), in Ghana.\n\nIn July 2010 ECLAC played a part in the second Coastal Meeting on Ports and Trade in Accra.",
      same: ["Coastal Forum on Ports and Trade", "Coastal Meeting on Ports and Trade"],
      absent: ["forum:coastal-meeting-on-ports-and-trade-2010"],
    },
  ],
  negative: [
    {
      text: "IOM attended the second Coastal Forum on Ports and Trade (July 2010), in Ghana.\n\nIn July 2012 ECLAC played a part in the third Coastal Meeting on Ports and Trade in Accra.",
      apart: ["Coastal Forum on Ports and Trade", "Coastal Meeting on Ports and Trade"],
    },
  ],
};

const HEADS = new Set(MEETING_HEAD_SERIES.words);

/** The series' name without its meeting head, or null when its head is no meeting word. */
function frame(name: string): string | null {
  const head = headWord(name);
  if (!head || !HEADS.has(head.toLowerCase())) return null;
  const words = name.split(/\s+/);
  const at = words.lastIndexOf(head);
  return foldWords([...words.slice(0, at), ...words.slice(at + 1)].join(" ")).join(" ");
}

/**
 * MEETING_HEAD_SERIES, before resolve groups names: a discovered series joins another series of the same frame
 * (catalog first, else the earlier ranked) when a meeting of each has the same year and ordinal number. The series
 * records `sameAs`; the meeting takes the other's ordinal, so resolve's ORDINAL_YEAR grouping joins them.
 */
export function foldMeetingHeadSeries(ranked: DiscoveredName[], catalog: Catalog): void {
  const series = [
    ...catalog.entities.filter((e) => e.kind === "FORUM" && !e.isEvent).map((e) => ({ key: e.id, name: e.name, discovered: undefined as DiscoveredName | undefined })),
    ...ranked.filter((d) => d.kind === "FORUM" && !d.isEvent && !catalog.byId.has(d.key)).map((d) => ({ key: d.key, name: d.name, discovered: d })),
  ];
  const meetingsOf = new Map<string, DiscoveredName[]>();
  for (const d of ranked) if (d.isEvent && d.parentId && d.year && d.ordinal) meetingsOf.set(d.parentId, [...(meetingsOf.get(d.parentId) ?? []), d]);
  const number = (d: DiscoveredName) => `${d.year}|${d.ordinal!.split(" ")[0]}`;
  const byFrame = new Map<string, typeof series>();
  for (const s of series) {
    const f = frame(s.name);
    if (f && meetingsOf.has(s.key)) byFrame.set(f, [...(byFrame.get(f) ?? []), s]);
  }
  for (const group of byFrame.values()) {
    const [first, ...rest] = group;
    for (const other of rest) {
      if (!other.discovered) continue;
      const shared = meetingsOf.get(other.key)!.flatMap((m) => meetingsOf.get(first!.key)!.filter((n) => number(n) === number(m)).map((n) => [m, n] as const));
      if (shared.length === 0) continue;
      other.discovered.sameAs = first!.key;
      for (const [m, n] of shared) m.ordinal = n.ordinal;
      for (const d of ranked) if (d.parentId === other.key) d.parentId = first!.key;
    }
  }
}
