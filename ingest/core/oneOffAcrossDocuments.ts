import { entityId } from "../../src/ontology/ids.js";
import type { DiscoveredName, Mention } from "./types.js";

/** What recognition gives per document, as far as this step reads it. */
interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

/**
 * ONE_OFF_ACROSS_DOCUMENTS, corpus-wide before names are grouped. A document dates a one-off meeting by its name alone
 * ("Norway hosted the Nordic Symposium on Seasonal Work in Bergen in 2004", oneOffMeeting.ts), so the meeting's id is
 * the bare name's. Another document may read the same name otherwise: undated, as the series of its own sitting (a
 * report titled "Nordic Symposium on Seasonal Work" over "Reykjavik, 3-4 May 2009"), or dated with another year.
 * Grouped as one, the first reading won: the whole corpus's name became the 2004 meeting, the series was dated and
 * the 2009 report lost its sitting. Where the readings differ, a dated one-off is its document's sitting of that year
 * ("Nordic Symposium on Seasonal Work 2004", a meeting of the name) and the bare name stays undated, so no document's
 * graph carries a year that another document stated. Documents that all read the name as one meeting of one year
 * keep it one meeting, and so do documents that name it undated beside one that dates it, where no document gives the
 * name a sitting of its own: the undated mention is the same one-off, not a standing twin with the dated one under it.
 */
export const ONE_OFF_ACROSS_DOCUMENTS = {
  id: "one-off-across-documents",
  what: "A one-off meeting one document dates by its bare name is that document's sitting of that year, a meeting of the name, where another document reads the name with another year or gives it a sitting of its own; where others only name it undated, it stays one dated meeting with no standing twin.",
};

/** A one-off dated by its bare name: an event with a year and no series. */
const datedOneOff = (d: DiscoveredName | undefined): d is DiscoveredName => !!d && d.kind === "FORUM" && !!d.isEvent && !d.parentId && !!d.year;
/** How a document reads a name: its year as a dated one-off, "undated" as a standing name; null for other readings. */
const readingOf = (d: DiscoveredName): string | null => {
  if (d.kind !== "FORUM" || d.parentId) return null;
  if (d.isEvent) return d.year ? String(d.year) : null;
  return "undated";
};

/**
 * One document dates the one-off, others name it undated and no document gives it a sitting: an undated mention of a
 * meeting's name is that meeting, not a standing series beside it, so every reading becomes the dated one-off.
 */
function sameOneOff(recognised: DocumentNames[], key: string, year: number): void {
  const firstOf = recognised.map((r) => r.discovered.get(key)).find((d) => datedOneOff(d) && d.firstOf)?.firstOf;
  for (const r of recognised) {
    const d = r.discovered.get(key);
    if (d && readingOf(d) === "undated") r.discovered.set(key, { ...d, isEvent: true, year, ...(firstOf ? { firstOf } : {}) });
  }
}

/**
 * A name written as a title line of its own (a report's heading, no sentence after it) may head its own sitting, which
 * the dateline under it gives only later (a dated report): such a name is kept apart as a series.
 */
const titleLine = (m: Mention, passageText: (passageId: string) => string | undefined): boolean => {
  const text = passageText(m.passageId);
  return text !== undefined && m.localStart === 0 && !/[.!?]["'”’)]?\s*$/.test(text);
};

export function splitOneOffsAcrossDocuments(recognised: DocumentNames[], passageText: (passageId: string) => string | undefined = () => undefined): void {
  const readings = new Map<string, Set<string>>();
  for (const r of recognised) {
    for (const d of r.discovered.values()) {
      const reading = readingOf(d);
      if (reading === null) continue;
      readings.set(d.key, (readings.get(d.key) ?? new Set()).add(reading));
    }
  }
  // A name some document gives a sitting of ("Reykjavik, 3-4 May 2009" under its title) is a series there.
  const series = new Set<string>();
  for (const r of recognised) for (const d of r.discovered.values()) if (d.parentId) series.add(d.parentId);
  for (const r of recognised) for (const m of r.mentions) if (titleLine(m, passageText)) series.add(m.key);
  for (const [key, seen] of readings) {
    if (seen.size < 2) continue;
    const years = [...seen].filter((s) => s !== "undated");
    if (years.length === 1 && !series.has(key)) {
      sameOneOff(recognised, key, Number(years[0]));
      continue;
    }
    for (const r of recognised) {
      const base = r.discovered.get(key);
      if (!datedOneOff(base)) continue;
      const name = `${base.name} ${base.year}`;
      const id = entityId("FORUM", name);
      if (!r.discovered.has(id)) r.discovered.set(id, { ...base, key: id, name, isEvent: true, year: base.year, parentId: base.firstOf ?? key, alias: undefined, sameAs: undefined, firstOf: undefined });
      const { isEvent: _event, year: _year, alias: _alias, firstOf: _first, ...standing } = base;
      r.discovered.set(key, standing);
      for (const m of r.mentions) if (m.key === key) m.key = id;
    }
  }
  // A one-off every document reads as one meeting of one year, that its text calls a forum's first meeting, is that
  // forum's meeting (oneOffSeries.ts).
  for (const r of recognised) for (const d of r.discovered.values()) if (d.firstOf && datedOneOff(d)) d.parentId = d.firstOf;
}
