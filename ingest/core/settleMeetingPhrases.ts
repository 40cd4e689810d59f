import type { Catalog } from "../catalog/catalog.js";
import type { MeetingMention } from "./MeetingMention.js";
import { meetingOccasion } from "./meetingOccasion.js";
import { otherSittingKind } from "./otherSittingKind.js";
import { rankedAmong } from "./rankedAmong.js";
import type { Mention } from "./types.js";

/** A capitalised word or two, then a preposition and an article, before a meeting phrase. */
const RUNS_INTO = /^[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?\s(?:for|at|to|in)\s+the\s+$/u;

/**
 * The meeting phrases a passage read (meetings.ts), settled against its other mentions and given their occasion:
 * a phrase that overlaps a rival reading is dropped; the names it holds whole it absorbs; a meeting event no catalog
 * lists takes the date, number and city its phrase states (meetingOccasion.ts). `seriesName` is the name of the series
 * a meeting sits in, when it is a forum (or a body that sits in sessions).
 */
export function settleMeetingPhrases(text: string, mentions: Mention[], out: MeetingMention[], catalog: Catalog, seriesName: (id: string) => string | undefined): MeetingMention[] {
  // "the Sixth Ministerial Consultation of the Colombo Process": the capitalised ordinal words were read as a
  // name of their own; the meeting phrase holds them whole, so it takes their place.
  // A name read across a preposition into the phrase ("Dubai for the Seventh Ministerial Consultation") is a place and
  // the meeting run together: the meeting phrase takes it too.
  const inside = (e: MeetingMention, m: Mention) => m.method === "name-pattern" && ((e.start <= m.localStart && m.localEnd <= e.end) || runsInto(e, m));
  const runsInto = (e: MeetingMention, m: Mention) => m.localStart < e.start && e.start < m.localEnd && m.localEnd <= e.end && RUNS_INTO.test(text.slice(m.localStart, e.start));
  // A country inside the forum's own name ("… Future of Syria and the Region") stays a mention of its own and is no
  // rival reading of the phrase.
  const withinName = (e: MeetingMention, m: Mention) => !!e.replaces && e.replaces.localStart <= m.localStart && m.localEnd <= e.replaces.localEnd;
  return out
    // "the first Conference in which IOM took part": a rank among the clause's meetings, no sitting's number (rankedAmong.ts).
    .filter((e) => !rankedAmong(text, e.start, e.end))
    .filter((e) => !mentions.some((m) => m !== e.replaces && e.start < m.localEnd && m.localStart < e.end && !inside(e, m) && !withinName(e, m)))
    .map((e) => {
      const absorbs = mentions.filter((m) => m !== e.replaces && inside(e, m));
      const d = e.entity;
      const series = d.parentId ? seriesName(d.parentId) ?? e.occasion?.series ?? d.parentId : "";
      const found = d.isEvent && d.parentId && !catalog.byId.has(d.key) ? meetingOccasion(text, e, d, series, catalog.cities) : null;
      // A reader that read the date and city with the phrase (a fronted date) gives them; the rest is read as for any meeting.
      const occasion = found || e.occasion ? { ...found, ...e.occasion, series } : null;
      // A numbered meeting its own clause dates ("1st meeting: Rome, 20 March 2017") is of that year.
      const dated = occasion?.date && !e.entity.year ? { ...e.entity, year: Number(occasion.date.slice(0, 4)) } : e.entity;
      const kind = d.isEvent && d.parentId ? otherSittingKind(text, e.start) : undefined;
      return { ...e, entity: kind ? { ...dated, otherSitting: kind } : dated, ...(absorbs.length ? { absorbs } : {}), ...(occasion ? { occasion } : {}) };
    });
}
