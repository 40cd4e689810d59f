import type { EntityRecord } from "./types.js";
import { datelineYear } from "./dateline.js";
import { statedYears } from "./statedYears.js";

type EventFor = (forumId: string, year: number) => string | null;

/**
 * The meeting of a standing forum a sentence states: its one year ("in 2009"; a year that bounds a period, "since 2013",
 * dates none), or its ordinal ("the fourth meeting") among the meetings known.
 */
export function meetingStated(text: string, forumId: string, eventFor: EventFor, entities: Iterable<EntityRecord>): string | null {
  const years = statedYears(text);
  if (years.size === 1) return eventFor(forumId, Number([...years][0]));
  const ordinal = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:\w+\s+)?(?:meeting|forum|summit|conference|session)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!ordinal) return null;
  for (const x of entities) if (x.isEvent && x.parentId === forumId && x.aliases.some((a) => a.toLowerCase().startsWith(`${ordinal} `))) return x.id;
  return null;
}

/** "the seventh Conference": the forum's meeting of the year the sentence states, else of the paragraph's dateline ("Caracas, 2007."). */
export function meetingOfYearStated(text: string, passageText: string, forumId: string, eventFor: EventFor): string | null {
  const years = statedYears(text);
  const year = years.size === 1 ? Number([...years][0]) : years.size === 0 ? datelineYear(passageText) : null;
  return year ? eventFor(forumId, year) : null;
}
