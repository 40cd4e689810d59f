import { DATE_FIELD, isoDate } from "./months.js";
import { knownCityName } from "./meetingVenue.js";
import type { Occasion } from "./meetingOccasion.js";
import { ORDINAL_WORDS, romanNumber } from "./ordinals.js";
import { TENS } from "./numberWords.js";
import { bracketedAcronym, datelineMeeting, namedMeetingField, withoutSubtitle } from "./namedMeetingField.js";
import { meetingKindWords, meetingNounsWhere } from "./meetingNouns.js";
import type { PageTripleExamples } from "./TripleExamples.js";

/**
 * A heading, page title or label line that names one dated meeting (MEETING_HEADING): the kind of meeting, the date or
 * year it was held and, where stated, its number, its city and its series, in the comma- or dash-parted fields a
 * chronology, an events page or a report's cover writes them in:
 *   "Coral Sea Labour Dialogue Senior Officials' Meeting, Suva, 17-18 April 2024"
 *   "Suva, 17-18 April 2024 - Senior Officials' Meeting"            (the series is the page's)
 *   "Fifth Ministerial Consultation, Apia, 2-3 May 2018"              (the series is the page's)
 *   "Coral Sea Labour Dialogue 2019, first session, Suva, 28 February 2019"
 *   "Tasman Mobility Forum, ninth plenary meeting, Canberra, March 2018"
 *   "Third meeting of the Coral Sea Labour Dialogue, Suva, 10 October 2018"
 * headingEntity.ts turns the reading into the series' meeting of that year (keyed by its day, number or city where the
 * series met more than once that year), which the sentences under the heading then speak of ("X hosted the meeting").
 * Left alone: a line that names no kind of meeting or no year, a meeting still to come ("Next ministerial conference,
 * Apia, 2026", "will meet"), a publication or deadline date ("Published in Suva, 3 May 2019", "Applications close 30
 * June 2024"), a kind with a complement of its own ("Workshop on data, Vienna, 2 May 2019"), two meetings on one line
 * ("Steering Committee Meeting and Senior Officials' Meeting"), and a field that is prose rather than a name, a place
 * or a date. A known city before the noun ("The Accra meeting, June 2021") is the sitting's venue, not its series.
 */
export const MEETING_HEADING: PageTripleExamples = {
  id: "meeting-heading",
  positive: [
    { title: "Coral Sea Labour Dialogue Senior Officials' Meeting, Suva, 17-18 April 2024", text: "Fiji hosted the meeting. Samoa and Tonga took part.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2024"] },
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nSuva, 17-18 April 2024 - Senior Officials' Meeting\n\nFiji hosted the meeting. Samoa and Tonga took part.", expect: ["PARTICIPATES_IN", "ctry:ws", "forum:coral-sea-labour-dialogue-2024"] },
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\n## Fifth Ministerial Consultation, Apia, 2-3 May 2018\n\nSamoa hosted the consultation. Fiji chaired it.", expect: ["HOSTED", "ctry:ws", "forum:coral-sea-labour-dialogue-2018"] },
    { title: "News from the region", text: "Tasman Mobility Forum, ninth plenary meeting, Canberra, March 2018\n\nAustralia hosted the meeting, and Fiji took part.", expect: ["HOSTED", "ctry:au", "forum:tasman-mobility-forum-2018"] },
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nCoral Sea Labour Dialogue 2020, second session, online\n\nSamoa hosted the meeting.", expect: ["HOSTED", "ctry:ws", "forum:coral-sea-labour-dialogue-2020"] },
    // Two sessions of one year, told apart by their days: each is its own meeting.
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nCoral Sea Labour Dialogue 2019, first session, Suva, 28 February 2019\n\nFiji chaired the session.\n\nCoral Sea Labour Dialogue 2019, second session, Apia, 15-16 October 2019\n\nSamoa chaired the session.", expect: ["CHAIRED", "ctry:ws", "forum:coral-sea-labour-dialogue-2019-10-15"] },
    // A catalog series that only the heading names: the page's series all the same.
    { title: "Meeting report", text: "Migration Dialogue for West Africa, fourth ministerial meeting, Abuja, 22-23 August 2016\n\nNigeria hosted the meeting.", expect: ["HOSTED", "ctry:ng", "forum:midwa-2016"] },
    // A known city before a bare noun ("The Accra meeting, June 2021") is where the page's series met, not a series.
    { title: "Migration Dialogue for West Africa: the meetings, one by one", text: "The Migration Dialogue for West Africa brings together the ECOWAS states.\n\nThe Accra meeting, June 2021\n\nOfficials and ministers sat for three days at a hotel by the sea. Ghana hosted the meeting.", expect: ["HOSTED", "ctry:gh", "forum:midwa-2021"] },
    // The series' acronym and the meeting's number (NUMBERED_ACRONYM_FIELD).
    { title: "Coral Sea Labour Dialogue (CSLD)", text: "The CSLD was set up in 2009.\n\nCSLD 7, Nadi, 4-5 June 2016\n\nTonga and Samoa took part.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-sea-labour-dialogue-2016"] },
    // A title line read as a labelled row ("X: the …, sitting by sitting") names the page's series all the same.
    { title: "Coral Sea Labour Dialogue: the ministerial rounds, sitting by sitting", text: "About these notes\nThe Coral Sea Labour Dialogue was set up in 2009.\n\nThe second session (Apia, May 2012)\nSamoa hosted the session.", expect: ["HOSTED", "ctry:ws", "forum:coral-sea-labour-dialogue-2012"] },
    // A sentence numbering the heading's sitting is that sitting of the page's series, whatever series it names in passing (SECTION_SITTING).
    { title: "Coral Sea Labour Dialogue: the ministerial rounds, sitting by sitting", text: "About these notes\nThe Coral Sea Labour Dialogue was set up in 2009.\n\nThe first session (Suva, March 2010)\nFiji asked the ministers of the Bali Process states to Suva for a first Ministerial Consultation with the employing states. Fiji hosted the first Ministerial Consultation.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2010"] },
  ],
  negative: [
    // The sentence numbers another meeting than the heading's: the first session is not the second.
    { title: "Coral Sea Labour Dialogue", text: "Sessions\n\nCoral Sea Labour Dialogue 2020, first session, Suva\nCoral Sea Labour Dialogue 2020, second session, online\n\nFiji hosted the first session.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2020"] },
    // The other session of that year: Fiji chaired the first one only.
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nCoral Sea Labour Dialogue 2019, first session, Suva, 28 February 2019\n\nFiji chaired the session.\n\nCoral Sea Labour Dialogue 2019, second session, Apia, 15-16 October 2019\n\nSamoa chaired the session.", expect: ["CHAIRED", "ctry:fj", "forum:coral-sea-labour-dialogue-2019-10-15"] },
    // A meeting still to come.
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nNext Senior Officials' Meeting, Suva, 17-18 April 2027\n\nFiji will host the meeting.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2027"] },
    // A publication date and place: no meeting.
    { title: "Coral Sea Labour Dialogue: annual report", text: "Published in Suva, 14 March 2023\n\nThe Coral Sea Labour Dialogue brings together Fiji, Samoa and Tonga.", expect: ["MEMBER_OF", "ctry:fj", "forum:coral-sea-labour-dialogue-2023"] },
    // A workshop with a subject of its own is no meeting of the page's series.
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nWorkshop on recruitment fees, Suva, 3 May 2019\n\nFiji hosted the workshop.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2019"] },
    // Two meetings on one line: neither is the heading's one meeting.
    { title: "Coral Sea Labour Dialogue", text: "The Coral Sea Labour Dialogue was set up in 2009.\n\nSuva, 6-7 March 2019 - Steering Committee Meeting and Senior Officials' Meeting\n\nFiji hosted the meetings.", expect: ["HOSTED", "ctry:fj", "forum:coral-sea-labour-dialogue-2019"] },
    // A catalog body that is no forum: the heading names no sitting of a series.
    { title: "Meeting report", text: "Economic Community of West African States, 55th ordinary session, Abuja, 29 June 2019\n\nNigeria hosted the session.", expect: ["HOSTED", "ctry:ng", "forum:ecowas-2019"] },
    // A top line naming no series leaves the heading's sitting to no series, though the prose names one.
    { title: "Pacific labour news: the ministerial rounds, sitting by sitting", text: "About these notes\nThe Coral Sea Labour Dialogue was set up in 2009.\n\nThe second session (Apia, May 2012)\nSamoa hosted the session.", expect: ["HOSTED", "ctry:ws", "forum:coral-sea-labour-dialogue-2012"] },
    // The series named in passing does not own the heading's sitting.
    { title: "Coral Sea Labour Dialogue: the ministerial rounds, sitting by sitting", text: "About these notes\nThe Coral Sea Labour Dialogue was set up in 2009.\n\nThe first session (Suva, March 2010)\nFiji asked the ministers of the Bali Process states to Suva for a first Ministerial Consultation with the employing states. Fiji hosted the first Ministerial Consultation.", expect: ["PART_OF", "forum:bali-process-2010", "forum:bali-process"] },
    // A word before the bare noun that is no known city names some other gathering ("the Donors meeting"), not a sitting of the page's series.
    { title: "Migration Dialogue for West Africa: the meetings, one by one", text: "The Migration Dialogue for West Africa brings together the ECOWAS states.\n\nThe Donors meeting, June 2021\n\nOfficials and ministers sat for three days at a hotel by the sea. Ghana hosted the meeting.", expect: ["HOSTED", "ctry:gh", "forum:midwa-2021"] },
    // An acronym and a number that name no forum of the page: no meeting.
    { title: "Coral Sea Labour Dialogue (CSLD)", text: "The CSLD was set up in 2009.\n\nCOVID 19, Nadi, 4-5 June 2020\n\nTonga and Samoa took part.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-sea-labour-dialogue-2020"] },
  ],
};

/** What a meeting heading states: its year and occasion, and the words naming its series if the line names one. */
export interface MeetingLine {
  year: number;
  occasion: Occasion;
  /** The series' name as the line writes it ("Coral Sea Labour Dialogue"), null when the line leaves it to the page. */
  seriesText: string | null;
  /** The meeting noun, lower case ("session"), as a numbered meeting's natural key has it ("2 session"). */
  noun: string;
}

/** A heading names a one-off or a numbered sitting, and "14th Plenary of the X" too. */
const NOUN = `(?:${meetingNounsWhere((n) => !!n.oneOff || n.noun === "plenary").join("|")})`;
const KIND = `(?:${meetingKindWords("heading")})`;
const ORDINAL_WORD = `(?:(?:${TENS.join("|")})-)?(?:${ORDINAL_WORDS.join("|")})|\\d{1,3}(?:st|nd|rd|th)|[IVXL]{1,6}`;
/** "Senior Officials' Meeting", "Fifth Ministerial Consultation", "Coral Sea Labour Dialogue Senior Officials' Meeting", "ninth plenary meeting", "14th Plenary of the X". */
const KIND_FIELD = new RegExp(String.raw`^(?:the\s+)?(?:(${ORDINAL_WORD})\s+)?((?:[A-Z][\p{L}’'.-]*\s+|(?:and|for|on|of|in|the)\s+(?=[A-Z]))*?)((?:${KIND}\s+){0,3})(${NOUN})(?:\s+(${ORDINAL_WORD}|\d{1,3}))?(?:\s+of\s+(?:the\s+)?(.+?))?$`, "iu");
/** A bare year: a field of a heading line, a year heading, a row of its own. */
export const YEAR_FIELD = /^((?:19|20)\d{2})$/;
/** A series' name with the year of its meeting: "Coral Sea Labour Dialogue 2019". */
const NAME_YEAR_FIELD = /^((?:[A-Z][\p{L}’'.-]*|of|on|for|and|the|in)(?:\s+(?:[A-Z][\p{L}’'.-]*|of|on|for|and|the|in))*)\s+((?:19|20)\d{2})$/u;
const NAME_FIELD = /^(?:the\s+)?([A-Z][\p{L}’'.-]*(?:\s+(?:[A-Z][\p{L}’'.-]*|of|on|for|and|the|in))*)$/u;
/**
 * A series' acronym with the meeting's number, as annual consultations are often called: "MRLC 8, Phnom Penh, 12-13 May
 * 2015". The acronym must name a standing forum of the page (headingEntity.ts), so "COVID 19" or "Article 5" name none.
 */
const NUMBERED_ACRONYM_FIELD = /^([A-Z][A-Z]{1,9}(?:-[A-Z]{1,6})?)\s+(\d{1,3})$/u;
/** A meeting to come, or a date that is not the meeting's. */
const NOT_HELD = /\b(?:next|upcoming|forthcoming|planned|postponed|cancell?ed|will|to\s+be|deadline|published|updated|posted|issued|released|applications?|call\s+for|report|minutes|agenda|statement|declaration)\b/i;
const FIELD_SPLIT = /\s*(?:,|\s[-–—|]\s|:\s|\(|\))\s*/u;

const ordinalOf = (word: string | undefined): number | undefined => {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^\d+/.test(w)) return Number(/^\d+/.exec(w)![0]);
  if (/^[ivxl]+$/.test(w)) return romanNumber(word.toUpperCase()) || undefined;
  const [tens, unit] = w.includes("-") ? w.split("-") : [undefined, w];
  const u = ORDINAL_WORDS.indexOf(unit!) + 1;
  if (!u) return undefined;
  return (tens ? (TENS.indexOf(tens) + 2) * 10 : 0) + u;
};

/**
 * Lines already read, by the cities they were read with: a meetings list's row is read by rowMeeting.ts and again by
 * headingEntity.ts, and a heading over many passages at each of them.
 */
const readLines = new WeakMap<ReadonlyMap<string, string>, Map<string, MeetingLine | null>>();

/** The meeting a heading line names, or null (MEETING_HEADING). */
export function meetingLine(label: string, cities: ReadonlyMap<string, string>): MeetingLine | null {
  let lines = readLines.get(cities);
  if (!lines) readLines.set(cities, (lines = new Map()));
  if (!lines.has(label)) lines.set(label, readMeetingLine(label, cities));
  return lines.get(label)!;
}

function readMeetingLine(label: string, cities: ReadonlyMap<string, string>): MeetingLine | null {
  const full = label.replace(/^#+\s*/, "").trim();
  if (full.length > 160 || NOT_HELD.test(full) || /[.!?;]\s/.test(full)) return null;
  // "…, Bangkok, 29 May 2015: what was agreed": a lower-case subtitle is a remark (NAMED_MEETING_FIELD).
  const line = withoutSubtitle(full);
  // "Steering Committee Meeting and Senior Officials' Meeting": two meetings on one line.
  if (new RegExp(`\\b${NOUN}s?\\s+(?:and|&)\\s`, "iu").test(line)) return null;
  const fields = line.split(FIELD_SPLIT).map((f) => f.trim()).filter(Boolean);
  let year: number | undefined;
  let date: string | undefined;
  let city: string | undefined;
  let ordinal: number | undefined;
  let seriesText: string | null = null;
  let kind = false;
  /** The kind came from a meeting's own name: the line must date it to the day (a headline, not a mention). */
  let nameOnly = false;
  let noun = "meeting";
  for (const field of fields) {
    const d = DATE_FIELD.exec(field);
    if (d) {
      if (date || (year && year !== Number(d[4]))) return null;
      year = Number(d[4]);
      date = isoDate(d[1] ?? d[3], d[2]!, d[4]!);
      continue;
    }
    if (YEAR_FIELD.test(field)) {
      if (year && year !== Number(field)) return null;
      year = Number(field);
      continue;
    }
    const k = new RegExp(`\\b${NOUN}\\b`, "iu").test(field) ? KIND_FIELD.exec(field) : null;
    if (k) {
      if (kind) return null;
      kind = true;
      noun = k[4]!.toLowerCase();
      // A capitalised kind may stand alone ("Senior Officials' Meeting"); a lower-case one needs a number or kind word.
      ordinal = ordinalOf(k[1]) ?? ordinalOf(k[5]);
      const before = k[2]!.trim();
      const of = k[6]?.trim();
      // "The Accra meeting, June 2021": a known city before the noun is where it met, not its series (as a city
      // names a sitting in prose, citySitting.ts); the series is the page's.
      const venue = before && !k[1] && !k[3] && knownCityName(before, cities) === before ? before : null;
      if (venue) city ??= venue;
      if (before && of && !venue) return null;
      const named = (venue ? null : before) || of || null;
      if (named) {
        if (!NAME_FIELD.test(named)) return null;
        if (seriesText && seriesText !== named.replace(/^the\s+/, "")) return null;
        seriesText = named.replace(/^the\s+/, "");
      }
      if (!named && !venue && !k[1] && !k[3] && !k[5] && !/^[A-Z]/.test(k[4]!)) return null;
      continue;
    }
    // "Andean Conference on Labour Mobility (ACLM), Lima, 3-5 June 1996": the field is the meeting's own name (NAMED_MEETING_FIELD).
    const named = !k && !kind && !seriesText ? namedMeetingField(field) : null;
    if (named) {
      kind = nameOnly = true;
      ({ seriesText, noun } = named);
      continue;
    }
    if (seriesText && bracketedAcronym(line, seriesText, field)) continue;
    // "MRLC 8": a series' acronym and the meeting's number (NUMBERED_ACRONYM_FIELD).
    const na = NUMBERED_ACRONYM_FIELD.exec(field);
    if (na) {
      if (kind || (seriesText && seriesText !== na[1])) return null;
      kind = true;
      ordinal = Number(na[2]);
      seriesText = na[1]!;
      continue;
    }
    if (/^online$|^virtual$/i.test(field)) continue;
    const place = knownCityName(field, cities);
    if (place && place === field) {
      city ??= place;
      continue;
    }
    const ny = NAME_YEAR_FIELD.exec(field);
    if (ny && !seriesText && !kind) {
      if (year && year !== Number(ny[2])) return null;
      year = Number(ny[2]);
      seriesText = ny[1]!.replace(/^the\s+/, "");
      continue;
    }
    const n = NAME_FIELD.exec(field);
    // A name before the kind is the series ("Tasman Council on Mobility, ninth plenary meeting"); after it, a place
    // (a venue's country, a city no list knows) is a remark.
    if (n && !kind && !seriesText) {
      seriesText = n[1]!;
      continue;
    }
    if (n && kind && n[1]!.split(/\s+/).length <= 3) continue;
    return null;
  }
  // "Black Sea Labour Dialogue (BSLD), Varna, 3-4 October 2015": a series, its city and its day date one sitting (DATELINE_MEETING).
  if (!kind && seriesText && datelineMeeting(city, date)) kind = nameOnly = true;
  if (!kind || !year || (nameOnly && !date)) return null;
  return { year, occasion: { ...(date ? { date } : {}), ...(city ? { city } : {}), ...(ordinal ? { ordinal } : {}) }, seriesText, noun };
}

const NUMBERED_MEETING = new RegExp(`\\b(${ORDINAL_WORD})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${NOUN}\\b`, "giu");

/** The numbers a sentence gives the meetings it names ("hosted the first session", "the 5th ministerial meeting"). */
export function statedMeetingNumbers(sentence: string): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.matchAll(NUMBERED_MEETING)) {
    // A roman numeral must be written in capitals ("the XII Conference"), not the word "I" or "mix".
    if (/^[ivxl]+$/i.test(m[1]!) && m[1] !== m[1]!.toUpperCase()) continue;
    const n = ordinalOf(m[1]);
    if (n) out.add(n);
  }
  return out;
}
