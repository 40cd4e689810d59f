import { firstSince } from "./firstSince.js";
import { repeatedMeetingSeries } from "./repeatedMeeting.js";
import type { Catalog } from "../catalog/catalog.js";
import { headWord } from "./headKind.js";
import { meetingKind, ordinalNumber, romanNumber, seriesHead } from "./ordinals.js";
import { complementOfName } from "./complementOfName.js";
import type { DiscoveredName, Mention } from "./types.js";
import type { RecentForums } from "./RecentForums.js";
import { meetingEvent } from "./meetingEvent.js";
import type { MeetingMention } from "./MeetingMention.js";
import { itsMeeting } from "./itsMeeting.js";
import { noteLeadMeetings, notePageDateline, pageMeetingYear } from "./pageDateline.js";
import { reportedMeetingYear } from "./reportedMeeting.js";
import { meetingAct, sentenceHeldYear } from "./meetingActYear.js";
import { yearAfter, yearFronted, yearOf } from "./meetingYearOf.js";
export { YEAR_AFTER } from "./meetingYearOf.js";
import { kindWords, seriesMeetingPhrases } from "./seriesMeetingPhrases.js";
import { settleMeetingPhrases } from "./settleMeetingPhrases.js";
import { elidedMeetings } from "./meetingEllipsis.js";
import { ordinalAloneSittings } from "./ordinalAloneSittings.js";
import { cityNumeralSittings } from "./cityNumeralSittings.js";
import { kindMeetings } from "./kindMeeting.js";
import { describedMeetings } from "./describedMeeting.js";
import { bodyNamedLast } from "./bodyNamedLast.js";
import { headKey, MeetingSeriesScope } from "./meetingSeriesScope.js";
import { programmeMeetingMentions } from "./programmeMeeting.js";
import { bareHeadSittings, datedBodySitting } from "./datedBodySitting.js";
import { bareHeadBody } from "./bareHeadBody.js";
import { namesNoSeries, onlySeriesOfSentence } from "./seriesMeetingPhrases.js";
import { frontedKindYear } from "./frontedKindSitting.js";
import { venueNamedSitting } from "./venueNamedSitting.js";
import { sittingName } from "./sittingName.js";
import { AS_A_DATE, COUNTED_TIME, DATED_AFTER_KIND, ITS_ORDINAL, KIND_RIGHT_AFTER, MEETING_ACT, MEETING_HEADS, ONE_OFF_WORDS, ORDINAL_BEFORE, ORDINAL_DIRECT, ORDINAL_LOWER_HEAD, VENUE_YEAR_AFTER, YEAR_HEAD, YEAR_RIGHT_AFTER } from "./meetingPatterns.js";
export { ORDINAL_OR_YEAR_BEFORE } from "./meetingPatterns.js";
export type { MeetingMention } from "./MeetingMention.js";

/**
 * Dated and numbered meetings of standing forums (rule MEETINGS in nameRules.ts):
 *   "the 7th Ministerial Conference of the Bali Process" (… in 2018),
 *   "the 2012 meeting of the Colombo Process", and "the 2010 Forum" after the
 *   Global Forum was named. A meeting the catalog lists resolves to it; any other
 *   becomes a discovered FORUM event with its parent and, when stated, its year.
 */

export function meetingMentions(text: string, mentions: Mention[], catalog: Catalog, discovered: (key: string) => DiscoveredName | undefined, recent: RecentForums): MeetingMention[] {
  const out: MeetingMention[] = [];
  /**
   * Every numbered sitting read below (an ordinal before the series, a year or ordinal before a bare head, a phrase a
   * sitting reader found) passes this one gate: "the first Dialogue meeting in Malaysia since 2016" ranks a sitting
   * since a time and numbers none (FIRST_SINCE, firstSince.ts), so nothing is read from it.
   */
  const numbered = <T>(start: number, end: number, read: () => T): T | null => (firstSince(text, start, end) ? null : read());
  notePageDateline(text, recent);
  // A numbered meeting's year: stated around it, else the page's dateline when it is the meeting the page is about.
  const yearIn = (start: number, end: number, key: string) => yearOf(text, start, end) ?? pageMeetingYear(recent, text, key);
  const event = (parentId: string, short: string, year: number | null, fallback: { key: string; name: string; kind?: string }): DiscoveredName => meetingEvent(catalog, parentId, short, year, fallback);
  /** "the GFMD 2012 Summit Meeting at Pailles": a meeting's name right after a series' year is that year's meeting's own words. */
  const ownWords = (at: number) => mentions.find((x) => x.kind === "FORUM" && x.method === "name-pattern" && x.localStart === at + 1 && text[at] === " " && MEETING_HEADS.test(x.surface));
  /** The series the passage's mentions name, remembered by head word for later passages once it is read. */
  const namedHere = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.localStart - b.localStart);
  // Which series the passage's phrases belong to (meetingSeriesScope.ts); `here` fills as the mentions are read.
  const { here, forum, oneOff, series, headsOf, lastSeries, carried, sectionSitting, bareOrdinalSeries, pageSeries, passageSeries, standing, isBodyOf, topicSeries, seriesFor } = new MeetingSeriesScope(sorted, catalog, discovered, recent);
  const yearHeads = [...text.matchAll(YEAR_HEAD), ...text.matchAll(ORDINAL_LOWER_HEAD)].sort((a, b) => a.index! - b.index!);
  let y = 0;
  // "The XIII Conference" may also have been read as a name of its own; the meeting phrase holds it, so it names no series.
  const heldByHead = (m: Mention) => m.method === "name-pattern" && yearHeads.some((h) => h.index! <= m.localStart && m.localEnd <= h.index! + h[0].length);
  for (const m of sorted) {
    // Year-and-head phrases before this mention read the forums named before them.
    for (; y < yearHeads.length && yearHeads[y]!.index! < m.localStart; y++) out.push(...yearHead(yearHeads[y]!));
    if (heldByHead(m)) continue;
    // "the GFMD 2012 Summit Meeting at Pailles": one sitting told by its venue, which names no series of its own.
    if (venueNamedSitting(text, m, sorted)) continue;
    const named = series(m.key);
    if (named) namedHere.add(named);
    if (named) for (const head of headsOf(named)) here.set(head, named);
    const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.localStart - 90), m.localStart));
    // "the Alpine Council of 8 June 2019": a day of its own names one sitting of a series or of a body that sits (datedBodySitting.ts).
    const sat = before ? null : datedBodySitting(text, m.localStart, m.localEnd, catalog.byId.get(m.key) ?? discovered(m.key));
    const f = forum(m.key) ?? (before || sat ? forum(m.key, true) : null);
    // Not a forum: "the LCMP inception workshop in N'Djamena on 12-13 March 2019" may be a programme's own dated meeting.
    const listed = catalog.byId.get(m.key);
    const own = listed?.isEvent && listed.parentId ? ownWords(m.localEnd) : undefined;
    if (own) { out.push({ start: m.localStart, end: own.localEnd, replaces: m, entity: { key: m.key, kind: "FORUM", name: listed!.name, acronym: null, isEvent: true, year: listed!.year ?? null, parentId: listed!.parentId, alias: text.slice(m.localStart, own.localEnd) } }); continue; }
    if (!f) { out.push(...programmeMeetingMentions(text, m, catalog, discovered)); continue; }
    if (!before) {
      // "the 5th Coastal Ministerial Conference", "the Second Prague Process Ministerial Conference".
      const direct = ORDINAL_DIRECT.exec(text.slice(Math.max(0, m.localStart - 20), m.localStart));
      const after = YEAR_RIGHT_AFTER.exec(text.slice(m.localEnd, m.localEnd + 12));
      if (!direct && after && !oneOff(m.key)) {
        // "the Global Forum on Remittances 2009": the series' meeting of that year (DATED_MEETINGS).
        const year = Number(after[1]);
        const end = ownWords(m.localEnd + after[0].length)?.localEnd ?? m.localEnd + after[0].length;
        out.push({ start: m.localStart, end, replaces: m, entity: { ...event(m.key, f.short, year, { key: String(year), name: `${f.short} ${year}` }), alias: text.slice(m.localStart, end) } });
        continue;
      }
      // "the Rabat Process ministerial conference held in Marrakesh in 2018": the kind of meeting after the name is that year's.
      const kind = !direct && !oneOff(m.key) && !AS_A_DATE.test(text.slice(Math.max(0, m.localStart - 12), m.localStart)) ? KIND_RIGHT_AFTER.exec(text.slice(m.localEnd, m.localEnd + 60)) : null;
      const kindYear = kind ? Number(DATED_AFTER_KIND.exec(text.slice(m.localEnd + kind[0].length, m.localEnd + kind[0].length + 70))?.[1] ?? 0) || frontedKindYear(text, m.localStart, m.localEnd + kind[0].length) : 0;
      if (kind && kindYear) {
        out.push({ start: m.localStart, end: m.localEnd + kind[0].length, replaces: m, entity: { ...event(m.key, f.short, kindYear, { key: String(kindYear), name: `${f.short} ${kindYear}` }), alias: `${f.name} ${kindYear}` } });
        continue;
      }
      if (!direct && sat && !oneOff(m.key)) {
        out.push({ start: sat.start ?? m.localStart, end: sat.end, replaces: m, entity: { ...event(m.key, f.short, sat.year, { key: String(sat.year), name: `${f.short} ${sat.year}` }), alias: `${f.name} ${sat.year}` } });
        continue;
      }
      // "… on Migration and Development in Cuenca, Ecuador, in 2008": the meeting held there that year, when the
      // venue is a place the text names (a country or a city read as one), not a body or a programme.
      const venue = !direct ? VENUE_YEAR_AFTER.exec(text.slice(m.localEnd, m.localEnd + 80)) : null;
      if (venue && !oneOff(m.key)) {
        const at = m.localEnd + venue[1]!.length;
        const places = mentions.filter((x) => x.localStart >= at && x.localEnd <= at + venue[2]!.length);
        if (places.length > 0 && places.every((x) => x.kind === "COUNTRY")) {
          const year = Number(venue[3]);
          out.push({ start: m.localStart, end: m.localEnd, replaces: m, entity: { ...event(m.key, f.short, year, { key: String(year), name: `${f.short} ${year}` }), alias: `${f.name} ${year}` } });
        }
        continue;
      }
      // "In 2009 the Global Forum on Remittances, co-organized by IFAD and the AfDB in Tunis, …": a meeting series
      // acting as a meeting in a sentence that opens on its one year is that year's meeting.
      const fronted = !direct && !oneOff(m.key) && MEETING_HEADS.test(f.name) && MEETING_ACT.test(text.slice(m.localEnd, m.localEnd + 100)) ? yearFronted(text, m.localStart) : null;
      if (fronted) {
        out.push({ start: m.localStart, end: m.localEnd, replaces: m, entity: { ...event(m.key, f.short, fronted, { key: String(fronted), name: `${f.short} ${fronted}` }), alias: `${f.name} ${fronted}` } });
        continue;
      }
      // "The X (ACR) met for the first time in Canberra in 1996": the clause after the series holds its meeting there
      // then (meetingActYear.ts). The series stays the subject ("At its close …" is the series'); the meeting is named
      // by the verb, so that "the meeting" after it is that one. A one-off's own head ("the Lagos Summit was held …")
      // dates the one-off instead (oneOffMeeting.ts). Only for a series no catalog lists: a listed forum's role words
      // ("Indonesia, the current co-chair, opened the meeting") speak of the standing body, whose meetings other
      // readers date.
      // A listed forum that "met for the sixth time in Dubai in 2021" is counted as meeting, whatever its role words say.
      const counted = catalog.byId.has(m.key) && COUNTED_TIME.test(text.slice(m.localEnd, m.localEnd + 60));
      const act = !direct && (!catalog.byId.has(m.key) || counted) && !oneOff(m.key) && !ONE_OFF_WORDS.has(headWord(f.name)?.toLowerCase() ?? "") ? meetingAct(text.slice(m.localEnd, m.localEnd + 180)) : null;
      if (act) {
        out.push({ start: m.localEnd + act.verbStart, end: m.localEnd + act.verbEnd, entity: { ...event(m.key, f.short, act.year, { key: String(act.year), name: `${f.short} ${act.year}` }), alias: `${f.name} ${act.year}` } });
        continue;
      }
      // "VALLETTA, 12 November 2015 – … The Valletta Summit on Migration was held …": the sitting the news reports.
      const reported = !direct ? reportedMeetingYear(recent, text, m.localStart, m.localEnd, m.key, f.name) : null;
      if (reported) out.push({ start: m.localStart, end: m.localEnd, replaces: m, entity: { ...event(m.key, f.short, reported, { key: String(reported), name: `${f.short} ${reported}` }), alias: `${f.name} ${reported}` } });
      if (!direct) continue;
      const ordinal = direct[1]!;
      if (/^(?:19|20)\d{2}$/.test(ordinal)) {
        // "the 2019 Global Refugee Forum": the year's meeting of the series; without an article the year
        // is a date of the sentence ("In 2019 Global Refugee Forum delegates …").
        if (!/^[Tt]he\s/.test(direct[0]) || oneOff(m.key)) continue;
        const year = Number(ordinal);
        const start = m.localStart - direct[0].length + direct[0].indexOf(ordinal);
        out.push({ start, end: m.localEnd, replaces: m, entity: { ...event(m.key, f.short, year, { key: String(year), name: `${f.short} ${year}` }), alias: text.slice(start, m.localEnd) } });
        continue;
      }
      const start = m.localStart - direct[0].length + direct[0].indexOf(ordinal);
      // "the Second Prague Process Ministerial Conference": the kind written after the series is the meeting's (SERIES_KIND_TAIL).
      const kindAfter = KIND_RIGHT_AFTER.exec(text.slice(m.localEnd, m.localEnd + 60));
      const end = kindAfter ? m.localEnd + kindAfter[0].length : m.localEnd;
      const sitting = numbered(start, end, (): MeetingMention => {
        const key = kindAfter ? `${ordinalNumber(ordinal)} ${kindAfter[2]!.toLowerCase()}` : `${ordinalNumber(ordinal)} ${seriesHead(f.name)}`;
        const year = yearIn(start, end, key);
        const phrase = text.slice(start, end);
        return { start, end, replaces: m, entity: { ...event(m.key, f.short, year, { key, name: phrase, ...(kindAfter ? { kind: meetingKind(ordinal, kindAfter[1]!, kindAfter[2]!) } : {}) }), alias: phrase } };
      });
      if (sitting) out.push(sitting);
      continue;
    }
    const start = m.localStart - before[0].length + before[0].search(/\S/);
    const ordinal = before[1]!;
    const year = /^(?:19|20)\d{2}$/.test(ordinal) ? Number(ordinal) : yearIn(start, m.localEnd, `${ordinalNumber(ordinal)} ${before[3]!.toLowerCase()}`);
    // An undated sitting of a body read as an organization is cited, not reported ("the recommendations of its fourth meeting");
    // a dated one used as a date names no meeting either ("Since the 2013 ministerial conference of the X, Morocco has led …").
    if ((!year && !forum(m.key)) || (year && AS_A_DATE.test(text.slice(Math.max(0, start - 12), start)))) continue;
    const phrase = text.slice(start, m.localEnd).replace(/^[Tt]he\s+/, "");
    const noun = before[3]!.toLowerCase();
    (recent.kinds ??= new Map()).set(kindWords(before[2]!, noun), m.key);
    out.push({ start: m.localStart - before[0].length + before[0].indexOf(ordinal), end: m.localEnd, replaces: m, entity: { ...event(m.key, f.short, year, { key: `${ordinalNumber(ordinal)} ${noun}`, name: phrase, kind: meetingKind(ordinal, before[2]!, noun) }), alias: phrase } });
  }
  for (; y < yearHeads.length; y++) out.push(...yearHead(yearHeads[y]!));
  // The sitting bodies earlier passages of the page named, before this passage's join them (bareHeadBody.ts).
  const pageBodies = recent.pageSittingBodies;
  // "the Council meeting of 14 May 2024": that day's sitting of the one body of that head named before (datedBodySitting.ts).
  for (const p of bareHeadSittings(text, sorted, recent, (key) => catalog.byId.get(key) ?? discovered(key))) {
    const f = forum(p.parentId, true);
    if (f) out.push({ start: p.start, end: p.end, entity: { ...event(p.parentId, f.short, p.year, { key: String(p.year), name: `${f.short} ${p.year}` }), alias: `${f.name} ${p.year}` } });
  }
  // "The X Process held its 12th Ministerial Conference": the meeting of the forum "its" stands for (itsMeeting.ts).
  for (const its of text.matchAll(ITS_ORDINAL)) out.push(...itsMeeting(its, { text, sorted, series, forum, topicSeries, event, yearIn, bareBody: (head, at) => bareHeadBody(head, at, text, sorted, pageBodies, (key) => catalog.byId.get(key) ?? discovered(key)) }));
  // "the Dialogue's fifth Ministerial Consultation", "the Forum's Lima edition in 2012", "the third Ministerial Conference"
  // after the passage named one of that kind (seriesMeetingPhrases.ts).
  // "a Ministerial Conference held in Baku on 5 June 2013": a kind of meeting with its venue and date (kindMeeting.ts).
  const kinded = kindMeetings(text, sorted, { onlySeriesOfSentence: (s, e) => onlySeriesOfSentence(text, s, e, sorted, standing), namesNoSeries: (s, e) => namesNoSeries(text, s, e, sorted, standing), passageSeries, lastSeries, topicSeries, sectionSeries: () => topicSeries(true) ?? (recent.lastSection === recent.section ? carried() : null), bodySitting: (at) => bodyNamedLast(sorted, at, series, isBodyOf), cities: catalog.cities });
  for (const p of [...seriesMeetingPhrases(text, sorted, standing, seriesFor, (recent.kinds ??= new Map()), topicSeries, bareOrdinalSeries, (n, noun, at) => repeatedMeetingSeries(text, at, n, noun, out), sectionSitting), ...elidedMeetings(text, out, sorted, standing), ...ordinalAloneSittings(text, out, sorted, { scopeSeries: () => topicSeries(), series: standing, nameOf: (id) => forum(id)?.name ?? null }), ...kinded, ...cityNumeralSittings(text, sorted, pageSeries)]) {
    const f = forum(p.parentId);
    if (!f || out.some((e) => e.start < p.end && p.start < e.end)) continue;
    const sitting = numbered(p.start, p.end, (): MeetingMention | null => {
      const year = p.year ?? (p.needsYear ? yearAfter(text, p.end) ?? sentenceHeldYear(text, p.start, p.end) : yearOf(text, p.start, p.end)) ?? pageMeetingYear(recent, text, p.key);
      if (p.needsYear && !year) return null;
      const phrase = text.slice(p.start, p.end);
      const entity = event(p.parentId, f.short, year, { key: p.key, name: sittingName(phrase, f.name), ...(p.kind ? { kind: p.kind } : {}) });
      return { start: p.start, end: p.end, entity: { ...entity, alias: year ? `${f.name} ${year}` : entity.name }, ...(p.occasion ? { occasion: p.occasion } : {}) };
    });
    if (sitting) out.push(sitting);
  }
  // "an informal meeting on X held in Accra on 3 May 2019": a meeting the page describes, of no series (describedMeeting.ts).
  for (const d of describedMeetings(text, sorted, catalog.cities)) if (!out.some((e) => e.start < d.end && d.start < e.end)) out.push(d);
  for (const id of namedHere) for (const head of headsOf(id)) recent.byHead.set(head, new Set([...(recent.byHead.get(head) ?? []), id]));
  const lastNamed = [...sorted].reverse().find((m) => m.kind === "FORUM" && series(m.key) && !isBodyOf(series(m.key)!) && !complementOfName(text, m, sorted) && !venueNamedSitting(text, m, sorted));
  if (lastNamed) [recent.last, recent.lastSection, recent.lastLeadIn] = [series(lastNamed.key)!, recent.section, /:\s*$/.test(text)];
  // The phrases settled against the passage's other mentions, each with its occasion (settleMeetingPhrases.ts).
  return noteLeadMeetings(recent, settleMeetingPhrases(text, mentions, out, catalog, (id) => forum(id, true)?.name));

  function yearHead(match: RegExpMatchArray): MeetingMention[] {
    const parentId = seriesFor(headKey(match[2]!));
    const f = parentId ? forum(parentId) : null;
    if (!parentId || !f) return [];
    const start = match.index! + match[0].indexOf(match[1]!);
    const end = match.index! + match[0].length;
    if (/^(?:19|20)\d{2}$/.test(match[1]!)) {
      const year = Number(match[1]);
      return [{ start, end, entity: event(parentId, f.short, year, { key: String(year), name: `${f.short} ${year}` }) }];
    }
    // "the seventh Conference", "the XIII Conference": that numbered meeting, dated when its sentence or paragraph says when.
    const n = /^[IVXLC]+$/.test(match[1]!) ? romanNumber(match[1]!) : Number(ordinalNumber(match[1]!));
    if (!n) return [];
    return numbered(start, end, (): MeetingMention[] => {
      const year = yearIn(start, end, `${n} ${match[2]!.toLowerCase()}`);
      const entity = event(parentId, f.short, year, { key: `${n} ${match[2]!.toLowerCase()}`, name: sittingName(text.slice(start, end), f.name) });
      return [{ start, end, entity: { ...entity, alias: year ? `${f.name} ${year}` : entity.name } }];
    }) ?? [];
  }
}

