import { entityId } from "../../src/ontology/ids.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName, Mention } from "./types.js";
import { MONTH_NAMES as MONTHS } from "./months.js";
import { capitalised, ONE_OFF_NOUNS } from "./meetingNouns.js";

/** What recognition gives per document, as far as this step reads it. */
interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

/** Head nouns of a one-off meeting: a name ending in one of them names an event, not a standing body. */
export const MEETING_YEAR: IdentityRule = {
  id: "meeting-year",
  what: "A discovered meeting name without a year ('Harbour Regional Preparatory Meeting') is one event per year it is stated with: when its mentions state two different years ('… for the GFMD in September 2010', '… for the 2013 HLD in October 2013'), each year is its own meeting, named with its year. Without two years, two different host countries stated right after it ('… in Bangkok', '… held in Manila') make two meetings, named with the place. Mentions of one year or one host, or without either, stay one meeting.",
  words: ONE_OFF_NOUNS.map(capitalised),
  positive: [
    {
      text: "ESCAP organized the Harbour Regional Preparatory Meeting in Bangkok. UNDP later spoke at the Harbour Regional Preparatory Meeting held in Manila.",
      present: ["forum:harbour-regional-preparatory-meeting-bangkok", "forum:harbour-regional-preparatory-meeting-manila"],
    },
    {
      text: "In 2010 ESCAP organized the Harbour Regional Preparatory Meeting for the GFMD in September 2010. Three years later, UNDP held a side event at the Harbour Regional Preparatory Meeting for the 2013 HLD in October 2013.",
      present: ["forum:harbour-regional-preparatory-meeting-2010", "forum:harbour-regional-preparatory-meeting-2013"],
    },
  ],
  negative: [
    {
      text: "ESCAP organized the Harbour Regional Preparatory Meeting in Bangkok. UNDP spoke at the Harbour Regional Preparatory Meeting in Thailand.",
      present: ["forum:harbour-regional-preparatory-meeting"],
      absent: ["forum:harbour-regional-preparatory-meeting-bangkok"],
    },
    {
      text: "ESCAP organized the Harbour Regional Preparatory Meeting in September 2010. UNDP spoke at the Harbour Regional Preparatory Meeting in Bangkok in 2010.",
      present: ["forum:harbour-regional-preparatory-meeting"],
      absent: ["forum:harbour-regional-preparatory-meeting-2010"],
    },
  ],
};

const HEADS = new Set(MEETING_YEAR.words);
/** The year right after a meeting's name: "… for the 2013 HLD", "… for the GFMD in September 2010", "…, held in Bangkok in 2010". */
const YEAR_WITH = new RegExp(`^[\\s,(]*(?:(?:for|of|on|in|at|held|hosted|the|${MONTHS}|[A-Z][\\p{L}’'\\-]+)[\\s,(]+){0,5}((?:19|20)\\d{2})\\b`, "u");

/** A meeting name with its head noun last and no year in it. */
const isYearlessMeeting = (name: string) => HEADS.has(name.split(/\s+/).pop() ?? "") && !/\b(?:19|20)\d{2}\b/.test(name);

/** "… in Bangkok", "…, held in Manila in 2010": the capitalised words of a place right after the name. */
const PLACE_AFTER = /^,?\s+(?:(?:held|hosted|convened|organized|organised)\s+)?in\s+([A-Z][\p{L}’'\-]+(?:\s+[A-Z][\p{L}’'\-]+){0,2})/u;

/**
 * The year and the host a meeting mention states in the words after it; `hostOf` gives the country a
 * place is in (a city or the country itself), so "in Bangkok" and "in Thailand" are one host.
 */
export function statedWhen(text: string, m: Mention, hostOf: (words: string) => string | undefined): { year?: number; host?: { place: string; country: string } } {
  if (m.kind !== "FORUM" || m.method !== "name-pattern" || !isYearlessMeeting(m.surface)) return {};
  const after = text.slice(m.localEnd, m.localEnd + 80);
  const year = YEAR_WITH.exec(after)?.[1];
  const words = PLACE_AFTER.exec(after)?.[1]?.split(/\s+/) ?? [];
  let host: { place: string; country: string } | undefined;
  for (let n = words.length; n > 0 && !host; n--) {
    const place = words.slice(0, n).join(" ");
    const country = hostOf(place);
    if (country) host = { place, country };
  }
  return { ...(year ? { year: Number(year) } : {}), ...(host ? { host } : {}) };
}

/**
 * MEETING_YEAR, corpus-wide before names are grouped: a discovered yearless meeting whose mentions state two
 * or more years becomes one dated meeting per year; its mentions without a year keep the yearless name.
 */
export function splitMeetingsByYear(recognised: DocumentNames[]): void {
  const years = new Map<string, Set<number>>();
  const hosts = new Map<string, Set<string>>();
  for (const r of recognised) {
    for (const m of r.mentions) {
      if (!r.discovered.has(m.key)) continue;
      if (m.statedYear) years.set(m.key, (years.get(m.key) ?? new Set()).add(m.statedYear));
      if (m.statedHost) hosts.set(m.key, (hosts.get(m.key) ?? new Set()).add(m.statedHost.country));
    }
  }
  for (const key of new Set([...years.keys(), ...hosts.keys()])) {
    const byYear = (years.get(key)?.size ?? 0) >= 2;
    if (!byYear && (hosts.get(key)?.size ?? 0) < 2) continue;
    for (const r of recognised) {
      const base = r.discovered.get(key);
      if (!base) continue;
      for (const m of r.mentions) {
        if (m.key !== key) continue;
        const year = byYear ? m.statedYear : undefined;
        const place = byYear ? undefined : m.statedHost?.place;
        if (!year && !place) continue;
        const name = year ? `${base.name} ${year}` : `${base.name}, ${place}`;
        const id = entityId("FORUM", name);
        if (!r.discovered.has(id)) r.discovered.set(id, { ...base, key: id, name, isEvent: true, year: year ?? null, alias: undefined, sameAs: undefined });
        m.key = id;
      }
    }
  }
}
