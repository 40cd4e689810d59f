import { escapeRegExp } from "./escapeRegExp.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

export const CITY_TOPIC_SESSION: IdentityRule<{ series: string; heads: string[] }> = {
  id: "city-topic-session",
  what: "A conference named after its host city and its topic ('the Lima Coastal Waters Conference'), dated by the year right after it ('in November 2011'), is that year's session of the Conference of the Parties to the treaty whose name carries the topic words ('… to the Coastal Waters Convention'), when the document names that treaty's Conference of the Parties and exactly one session of it in that year. Another year, or a topic the treaty's name lacks, keeps two meetings.",
  words: { series: "Conference of the Parties", heads: ["Conference", "Summit"] },
  positive: [
    {
      text: "The seventeenth session of the Conference of the Parties to the Coastal Waters Convention was held in Lima in November 2011. A study was published at the Lima Coastal Waters Conference in November 2011.",
      same: ["Lima Coastal Waters Conference", "Conference of the Parties to the Coastal Waters Convention 2011"],
    },
  ],
  negative: [
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
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * CITY_TOPIC_SESSION, at the end of a document: a yearless "<City> <Topic> Conference" takes the name of the one session
 * of the treaty's Conference of the Parties held in the year written after it; resolve then groups the two as one meeting.
 */
export function foldCitySessions(texts: Iterable<string>, discovered: Map<string, DiscoveredName>): void {
  const all = [...texts].join(" ").replace(/\s+/g, " ");
  if (!all.includes(CITY_TOPIC_SESSION.words.series)) return;
  const treaties = [...all.matchAll(TREATY)].map((m) => new Set(m[1]!.toLowerCase().split(/\s+/)));
  const sessions = [...discovered.values()].filter((d) => d.isEvent && d.year && d.name.startsWith(CITY_TOPIC_SESSION.words.series));
  if (treaties.length === 0 || sessions.length === 0) return;
  for (const d of discovered.values()) {
    if (d.kind !== "FORUM" || d.isEvent || d.sameAs || d.parentId) continue;
    const shape = new RegExp(`^([A-Z][\\p{L}-]*)\\s+((?:[A-Z][\\p{L}-]*\\s+)+)(?:${HEADS})$`, "u").exec(d.name);
    if (!shape) continue;
    const place = shape[1]!.toLowerCase();
    const topic = shape[2]!.trim().toLowerCase().split(/\s+/);
    // The topic words stand in the treaty's name, the place word does not.
    if (!treaties.some((t) => topic.every((w) => t.has(w)) && !t.has(place))) continue;
    const dated = new RegExp(`${escapeRegExp(d.name)},?\\s+(?:held\\s+)?in\\s+(?:(?:early|late|mid)\\s+)?(?:(?:${MONTHS})\\s+)?((?:19|20)\\d{2})\\b`).exec(all);
    if (!dated) continue;
    const year = Number(dated[1]);
    const same = sessions.filter((s) => s.year === year);
    if (new Set(same.map((s) => s.key)).size !== 1) continue;
    // The session's identity (name, year, series, number), the city's name kept as another name.
    const session = same[0]!;
    d.alias = d.name;
    Object.assign(d, { name: session.name, isEvent: true, year: session.year, parentId: session.parentId, ...(session.ordinal ? { ordinal: session.ordinal } : {}) });
  }
}
