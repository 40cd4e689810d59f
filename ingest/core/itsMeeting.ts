import { sittingName } from "./sittingName.js";
import type { MeetingMention } from "./MeetingMention.js";
import { bareHeadSubject } from "./bareHeadBody.js";
import { clauseComma, FRONTING, itsOwner } from "./meetingItsOwner.js";
import { meetingKind, ordinalNumber } from "./ordinals.js";
import { MONTH } from "./months.js";
import type { DiscoveredName, Mention } from "./types.js";

/** What meetingMentions (meetings.ts) knows of a passage's series, as an "its" phrase reads it. */
export interface PassageSeries {
  text: string;
  /** The passage's mentions in text order. */
  sorted: Mention[];
  /** The standing series a mention names (itself, or the forum it is part of), else null. */
  series: (key: string) => string | null;
  /** A forum's names; `sitting` also takes a body that sits in sessions. */
  forum: (key: string, sitting?: boolean) => { name: string; short: string } | null;
  /** The one series the section heading or the page title names, else null. */
  topicSeries: () => string | null;
  /** The meeting event of a series (meetingEvent.ts). */
  event: (parentId: string, short: string, year: number | null, fallback: { key: string; name: string; kind?: string }) => DiscoveredName;
  /** A numbered meeting's year: stated around it, else the page's dateline's. */
  yearIn: (start: number, end: number, key: string) => number | null;
  /** The one sitting body a bare head word written at `at` stands for ("the Commission"), else null (bareHeadBody.ts). */
  bareBody?: (head: string, at: number) => string | null;
}

/** A fronted phrase's own time ("in 2018", "in May 2018", "in March") and an article: all that may stand before the subject it fronts. */
const SUBJECT_RIGHT_AFTER = new RegExp(`^\\s+(?:(?:in|on|during)\\s+(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+)?(?:19|20)\\d{2}\\s+|in\\s+${MONTH}\\s+)?(?:the\\s+)?$`);

/**
 * "The Coastal Process held its 12th Ministerial Conference in 2016": the meeting of the forum that "its" stands
 * for, the last body named before it in the same sentence (DATED_MEETINGS); another body named in between
 * ("IOM thanked the Process for its …" reads the Process) decides, and a non-forum one means no meeting.
 * `match` is an ITS_ORDINAL match (meetingPatterns.ts).
 */
export function itsMeeting(match: RegExpMatchArray, { text, sorted, series, forum, topicSeries, event, yearIn, bareBody }: PassageSeries): MeetingMention[] {
  const at = match.index!;
  const sentenceStart = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
  // "At its 108th Session in 2019, the International Labour Conference adopted …": a fronted phrase's "its" is the
  // subject after its comma.
  const fronted = FRONTING.test(text.slice(sentenceStart, at));
  const sentenceEnd = text.indexOf(". ", at);
  // The comma that closes the fronted phrase, past an aside on where and when it sat ("…, held in Lima in 2016, …").
  const comma = fronted ? clauseComma(text, at + match[0].length, sentenceEnd) : -1;
  const next = comma > 0 ? sorted.find((m) => m.localStart > comma && (sentenceEnd < 0 || m.localStart < sentenceEnd) && /^\s*(?:the\s+)?$/.test(text.slice(comma + 1, m.localStart))) : undefined;
  // "At its 49th session in 2018 the Council adopted …": with no comma, the clause's subject stands right after the phrase.
  const subject = fronted && !next ? sorted.find((m) => m.kind !== "COUNTRY" && m.localStart >= at + match[0].length && (sentenceEnd < 0 || m.localStart < sentenceEnd) && SUBJECT_RIGHT_AFTER.test(text.slice(at + match[0].length, m.localStart))) : undefined;
  // "At its 49th session the Commission adopted …", "The committee was set up at its first session": a body shortened
  // to its head word, with no name of its own before "its" (BARE_HEAD_ITS).
  const bare = !next && !subject && bareBody ? bareHeadSubject(text, sentenceStart, at, at + match[0].length, fronted, sorted) : null;
  const bareId = bare ? bareBody!(bare.head, bare.at) : null;
  const last = next ?? subject ?? (bareId ? undefined : itsOwner(text, sorted, sentenceStart, at, fronted));
  // A fronted "By its tenth ministerial conference, …" opening a passage that has named no body yet: the series the
  // section or page is about (FRONTED_ITS_OWNER).
  const owner = bareId ? series(bareId) ?? bareId : last ? series(last.key) ?? (forum(last.key, true) ? last.key : null) : null;
  const parentId = owner ?? (!last && fronted && !sorted.some((m) => m.localEnd <= at) ? topicSeries() : null);
  const f = parentId ? forum(parentId, true) : null;
  if (!parentId || !f) return [];
  const ordinal = match[1]!;
  const start = at + match[0].indexOf(ordinal);
  const end = at + match[0].length;
  const year = /^(?:19|20)\d{2}$/.test(ordinal) ? Number(ordinal) : yearIn(start, end, `${ordinalNumber(ordinal)} ${match[3]!.toLowerCase()}`);
  // A sitting the clause reports an act at ("At its 47th session the Commission decided") is no mere citation, dated or not.
  if (!year && !series(parentId) && !subject && !(bareId && fronted)) return [];
  const phrase = text.slice(start, end);
  return [{ start, end, entity: { ...event(parentId, f.short, year, { key: `${ordinalNumber(ordinal)} ${match[3]!.toLowerCase()}`, name: sittingName(phrase, f.name), kind: meetingKind(ordinal, match[2]!, match[3]!) }), alias: sittingName(phrase, f.name) } }];
}
