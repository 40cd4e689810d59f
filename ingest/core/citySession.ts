import { escapeRegExp } from "./escapeRegExp.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";
import { MONTH } from "./months.js";

export const CITY_TOPIC_SESSION: IdentityRule<{ series: string; heads: string[] }> = {
  id: "city-topic-session",
  what: "A conference named after its host city and its topic ('the Lima Coastal Waters Conference') is that year's session of a Conference of the Parties, when the document names exactly one session of it in that year: dated by the year right after it ('in November 2011') with its topic words in the treaty's name ('… to the Coastal Waters Convention'), or named for the city the text holds that year's session in ('The 9th session of the Conference of the Parties was held in Lima in 2011'), its topic not at odds with a treaty the document names. Another year, another city, or a topic the treaty's name lacks keeps two meetings.",
  words: { series: "Conference of the Parties", heads: ["Conference", "Summit"] },
  positive: [
    {
      text: "The seventeenth session of the Conference of the Parties to the Coastal Waters Convention was held in Lima in November 2011. A study was published at the Lima Coastal Waters Conference in November 2011.",
      same: ["Lima Coastal Waters Conference", "Conference of the Parties to the Coastal Waters Convention 2011"],
    },
    { text: "The 9th session of the Conference of the Parties was held in Lima in 2011. The Lima Coastal Waters Conference adopted a platform.", same: ["Lima Coastal Waters Conference", "Conference of the Parties 2011"] },
  ],
  negative: [
    {
      text: "The 9th session of the Conference of the Parties was held in Lima in 2011. The Quito Coastal Waters Conference adopted a platform.",
      apart: ["Quito Coastal Waters Conference", "Conference of the Parties 2011"],
    },
    {
      text: "The seventeenth session of the Conference of the Parties to the Coastal Waters Convention was held in Lima in November 2011. A study was published at the Quito Coastal Waters Conference in May 2013.",
      apart: ["Quito Coastal Waters Conference", "Conference of the Parties to the Coastal Waters Convention 2011"],
    },
    {
      text: "The seventeenth session of the Conference of the Parties to the Coastal Waters Convention was held in Lima in November 2011. A study was published at the Lima Fisheries Conference in November 2011.",
      apart: ["Lima Fisheries Conference", "Conference of the Parties to the Coastal Waters Convention 2011"],
    },
  ],
};

const SERIES = escapeRegExp(CITY_TOPIC_SESSION.words.series);
const TREATY = new RegExp(`${SERIES} to (?:the )?((?:[A-Z][\\p{L}-]*|of|on|to|the|and|against)(?:\\s+(?:[A-Z][\\p{L}-]*|of|on|to|the|and|against))*)`, "gu");
const HEADS = CITY_TOPIC_SESSION.words.heads.join("|");
/** "<City> <Topic words> Conference": the shape of a name this fold may date, read for every discovered forum. */
const CITY_TOPIC_NAME = new RegExp(`^([A-Z][\\p{L}-]*)\\s+((?:[A-Z][\\p{L}-]*\\s+)+)(?:${HEADS})$`, "u");
const VENUE = new RegExp(`${SERIES}\\b[^.]{0,80}?\\b(?:was|were)\\s+held\\s+in\\s+([A-Z][\\p{L}-]+)(?:,\\s+[A-Z][\\p{L}-]+)?,?\\s+in\\s+(?:${MONTH}\\s+)?((?:19|20)\\d{2})\\b`, "gu");

/**
 * CITY_TOPIC_SESSION, at the end of a document: a yearless "<City> <Topic> Conference" takes the name of the one session
 * of the treaty's Conference of the Parties held in the year written after it; resolve then groups the two as one meeting.
 */
export function foldCitySessions(texts: Iterable<string>, discovered: Map<string, DiscoveredName>): void {
  // A document that discovered no session has nothing to fold: its text is then never joined.
  const sessions = [...discovered.values()].filter((d) => d.isEvent && d.name.includes(CITY_TOPIC_SESSION.words.series));
  if (sessions.length === 0) return;
  const all = [...texts].join(" ").replace(/\s+/g, " ");
  if (!all.includes(CITY_TOPIC_SESSION.words.series)) return;
  const treaties = [...all.matchAll(TREATY)].map((m) => new Set(m[1]!.toLowerCase().split(/\s+/)));
  // "The 17th session of the Conference of the Parties … was held in Durban in 2011": the city each year's session met in.
  const venues = new Map<string, number>();
  for (const m of all.matchAll(VENUE)) venues.set(m[1]!.toLowerCase(), Number(m[2]));
  for (const d of discovered.values()) {
    if (d.kind !== "FORUM" || d.isEvent || d.sameAs || d.parentId) continue;
    const shape = CITY_TOPIC_NAME.exec(d.name);
    if (!shape) continue;
    const place = shape[1]!.toLowerCase();
    const topic = shape[2]!.trim().toLowerCase().split(/\s+/);
    // Dated where it is named, its topic words in the treaty's name and its place word not; or named for the city
    // the text holds a session in ("… was held in Durban in 2011").
    const topical = treaties.some((t) => topic.every((w) => t.has(w)) && !t.has(place));
    // Only a topical name's own date counts, so the whole text is searched for it only then.
    const datedAfter = topical ? new RegExp(`${escapeRegExp(d.name)},?\\s+(?:held\\s+)?in\\s+(?:(?:early|late|mid)\\s+)?(?:${MONTH}\\s+)?((?:19|20)\\d{2})\\b`).exec(all) : null;
    const year = datedAfter && topical ? Number(datedAfter[1]) : topical || treaties.length === 0 ? venues.get(place) : undefined;
    if (!year) continue;
    // That year's session; a venue's year also dates the one session the document names without a year.
    const dated = sessions.filter((s) => s.year === year);
    const undated = sessions.filter((s) => !s.year);
    const same = dated.length > 0 || !venues.has(place) ? dated : undated;
    if (new Set(same.map((s) => s.key)).size !== 1) continue;
    // The session's identity (name, series, number) with the year, the city's name kept as another name.
    const session = same[0]!;
    d.alias = d.name;
    Object.assign(d, { name: session.name, isEvent: true, year, parentId: session.parentId, ...(session.ordinal ? { ordinal: session.ordinal } : {}) });
  }
}
