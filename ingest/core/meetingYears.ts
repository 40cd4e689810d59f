import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName, Mention } from "./types.js";

/** What recognition gives per document, as far as this step reads it. */
interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

/** Head nouns of a one-off meeting: a name ending in one of them names an event, not a standing body. */
export const MEETING_YEAR: IdentityRule = {
  id: "meeting-year",
  what: "A discovered meeting name without a year ('Harbour Regional Preparatory Meeting') is one event per year it is stated with: when its mentions state two different years ('… for the GFMD in September 2010', '… for the 2013 HLD in October 2013'), each year is its own meeting, named with its year. Mentions of one year, or without a year, stay one meeting.",
  words: "Meeting Conference Summit Consultation Workshop Seminar Symposium Session".split(" "),
  positive: [
    {
      text: "In 2010 ESCAP organized the Harbour Regional Preparatory Meeting for the GFMD in September 2010. Three years later, UNDP held a side event at the Harbour Regional Preparatory Meeting for the 2013 HLD in October 2013.",
      present: ["forum:harbour-regional-preparatory-meeting-2010", "forum:harbour-regional-preparatory-meeting-2013"],
    },
  ],
  negative: [
    {
      text: "ESCAP organized the Harbour Regional Preparatory Meeting in September 2010. UNDP spoke at the Harbour Regional Preparatory Meeting in Bangkok in 2010.",
      present: ["forum:harbour-regional-preparatory-meeting"],
      absent: ["forum:harbour-regional-preparatory-meeting-2010"],
    },
  ],
};

const HEADS = new Set(MEETING_YEAR.words);
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** The year right after a meeting's name: "… for the 2013 HLD", "… for the GFMD in September 2010", "…, held in Bangkok in 2010". */
const YEAR_WITH = new RegExp(`^[\\s,(]*(?:(?:for|of|on|in|at|held|hosted|the|${MONTHS}|[A-Z][\\p{L}’'\\-]+)[\\s,(]+){0,5}((?:19|20)\\d{2})\\b`, "u");

/** A meeting name with its head noun last and no year in it. */
const isYearlessMeeting = (name: string) => HEADS.has(name.split(/\s+/).pop() ?? "") && !/\b(?:19|20)\d{2}\b/.test(name);

/** The year a meeting mention states, read in the words after it. */
export function statedYear(text: string, m: Mention): number | undefined {
  if (m.kind !== "FORUM" || m.method !== "name-pattern" || !isYearlessMeeting(m.surface)) return undefined;
  const year = YEAR_WITH.exec(text.slice(m.localEnd, m.localEnd + 80))?.[1];
  return year ? Number(year) : undefined;
}

/**
 * MEETING_YEAR, corpus-wide before names are grouped: a discovered yearless meeting whose mentions state two
 * or more years becomes one dated meeting per year; its mentions without a year keep the yearless name.
 */
export function splitMeetingsByYear(recognised: DocumentNames[]): void {
  const years = new Map<string, Set<number>>();
  for (const r of recognised) for (const m of r.mentions) if (m.statedYear && r.discovered.has(m.key)) years.set(m.key, (years.get(m.key) ?? new Set()).add(m.statedYear));
  for (const [key, set] of years) {
    if (set.size < 2) continue;
    for (const r of recognised) {
      const base = r.discovered.get(key);
      if (!base) continue;
      for (const m of r.mentions) {
        if (m.key !== key || !m.statedYear) continue;
        const name = `${base.name} ${m.statedYear}`;
        const id = entityId("FORUM", name);
        if (!r.discovered.has(id)) r.discovered.set(id, { ...base, key: id, name, isEvent: true, year: m.statedYear, alias: undefined, sameAs: undefined });
        m.key = id;
      }
    }
  }
}
