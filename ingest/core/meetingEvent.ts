import { entityId } from "../../src/ontology/ids.js";
import { sittingSlug } from "./meetingNouns.js";
import type { Catalog } from "../catalog/catalog.js";
import { ORDINAL_WORDS, ordinalNumber } from "./ordinals.js";
import type { DiscoveredName } from "./types.js";
import { yearMeeting } from "./yearMeeting.js";

/**
 * The meeting of a series a phrase names (meetings.ts): that year's when the year is known, else the catalog's meeting
 * of that number, else a discovered one keyed by the series and the phrase's number or kind.
 */
export function meetingEvent(catalog: Catalog, parentId: string, short: string, year: number | null, fallback: { key: string; name: string; kind?: string }): DiscoveredName {
  // A numbered meeting keeps its ordinal also when dated, so that resolve can join it with its undated mentions;
  // the kind of meeting ("5 senior officials' meeting", "5 ministerial meeting") keeps two kinds apart.
  const ordinal = /^\d{1,3} \S/.test(fallback.key) ? { ordinal: fallback.kind ?? fallback.key } : {};
  if (year) return { ...yearMeeting(catalog, parentId, short, year), ...ordinal };
  const ordinalWord = ORDINAL_WORDS[Number(ordinalNumber(fallback.key.split(" ")[0]!)) - 1];
  const listed = ordinalWord ? catalog.entities.find((e) => e.isEvent && e.parentId === parentId && e.aliases.some((a) => a.toLowerCase().startsWith(`${ordinalWord} `))) : undefined;
  if (listed?.isEvent) return { key: listed.id, kind: "FORUM", name: listed.name, acronym: null, isEvent: true, year: listed.year ?? year, parentId };
  const slug = sittingSlug(parentId);
  return { key: entityId("FORUM", `${slug} ${fallback.key}`), kind: "FORUM", name: fallback.name, acronym: null, isEvent: true, year: null, parentId, ...ordinal };
}
