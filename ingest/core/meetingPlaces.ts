import { DAYS } from "./dateline.js";
import type { M } from "./mentionLists.js";
import { MONTH_NAMES } from "./months.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A news page reports its meeting under a dateline ("BERN, 13 November 2017 - Ministers are gathered … for the third
 * meeting of X") or with its venue ("the conference, held in Accra"), then heads a later section by that place only
 * ("Who is in Bern", "Delegates in Accra"). Such a section speaks of the meeting of that place: who attended it, who
 * was represented, who sent a delegation. MeetingPlaces remembers, for each meeting a sentence names, the place that
 * sentence gives it (its dateline, or the place after a verb of meeting: "held in", "met in", "took place in"), and
 * answers a section heading that repeats one such place, where that place is one meeting's only.
 * relate.ts notes the answer as the section's salient meeting. Test: test/unit/meetingPlaces.test.ts.
 */

/** A place word: capitalised, letters with accents, apostrophes, dots or hyphens ("Cádiz", "Nusa Dua", "Port-Louis"). */
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** A month as a dateline writes it, in full or cut short ("November", "Nov"). */
const MONTH_WORD = String.raw`\p{Lu}\p{Ll}+`;
/** A dateline opening the sentence: the place in capitals or title case, a comma, then a day and month (either order). */
const DATELINE = new RegExp(String.raw`^\s*(${PLACE}),\s+(?:${DAYS}\s+${MONTH_WORD}|${MONTH_WORD}\s+\d{1,2}\b)`, "u");
/** The venue after a verb of meeting ("held in Accra", "met in Nusa Dua", "took place in Geneva", "convened in Rome"). */
const VENUE = new RegExp(String.raw`\b(?:held|met|meets|meet|meeting|convened|took place|takes place|gathered|opened|closed|hosted)\s+(?:on\s+\d{1,2}\s+${MONTH_WORD}\s+\d{4}\s+)?in\s+(${PLACE})`, "gu");
/** Words that open a place phrase but name no place ("In", "The", months). */
const NOT_A_PLACE = new RegExp(`^(?:the|a|an|in|on|at|its|their|${MONTH_NAMES}|today|yesterday)$`, "i");

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The places a sentence gives: its dateline's, and each venue after a verb of meeting. */
export function sentencePlaces(text: string): string[] {
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    // "Rome on 20 March" was cut at the lower-case word; a trailing dot or hyphen is punctuation.
    const place = raw?.replace(/[.’'-]+$/, "").trim();
    if (place && !NOT_A_PLACE.test(place.split(/\s+/)[0]!)) found.push(fold(place));
  };
  add(DATELINE.exec(text)?.[1]);
  for (const m of text.matchAll(VENUE)) add(m[1]);
  return found;
}

/**
 * A heading that asks or says who attended ("Who was there", "Who came to Cádiz", "Who took part", "Attendance"): its
 * section reports the presence at the meeting the page last named, even where the section names none itself.
 */
const WHO_ATTENDED = /^(?:\d+\.\s*)?(?:who\s+(?:was|were|is|are)\s+(?:there|present)\b|who\s+(?:came|attended|took part|takes part|joined|participated|is attending|are attending|was represented|were represented)\b|attendance\b|in attendance\b)/i;

/**
 * Whether a section heading puts its section at a place ("Who is in Geneva", "Delegates at the Palais"): where no
 * meeting the page named was held there, the section speaks of that place, not of the page's meeting.
 */
export const namesPlace = (label: string | null | undefined): boolean => /\b(?:in|at)\s+(?:the\s+)?[A-Z]/.test(label ?? "");

export class MeetingPlaces {
  private readonly byPlace = new Map<string, Set<string>>();
  private readonly meetings = new Map<string, M>();
  private last: M | null = null;

  /** A sentence after it is read, with its own mentions: each meeting it names is of the places it gives. */
  saw(text: string, own: readonly M[]): void {
    const events = own.filter((m) => m.isEvent && m.via !== "coref");
    if (events.length === 0) return;
    const lastOne = events[events.length - 1]!;
    this.last = { id: lastOne.id, kind: lastOne.kind, isEvent: true, start: 0, end: 0 };
    for (const place of sentencePlaces(text)) {
      const ids = this.byPlace.get(place) ?? this.byPlace.set(place, new Set()).get(place)!;
      for (const e of events) {
        ids.add(e.id);
        this.meetings.set(e.id, { id: e.id, kind: e.kind, isEvent: true, start: 0, end: 0 });
      }
    }
  }

  /**
   * The one meeting whose place a section heading repeats as a whole word (none where the place is several meetings'),
   * else, under a heading that asks who attended, the meeting the page named last.
   */
  heading(label: string | null | undefined): M | null {
    if (!label) return null;
    return this.placed(label) ?? (WHO_ATTENDED.test(label.trim()) ? this.last : null);
  }

  private placed(label: string): M | null {
    const folded = fold(label);
    const hits = new Set<string>();
    for (const [place, ids] of this.byPlace) {
      const at = folded.indexOf(place);
      if (at < 0 || /[\p{L}\d]/u.test(folded[at - 1] ?? "") || /[\p{L}\d]/u.test(folded[at + place.length] ?? "")) continue;
      for (const id of ids) hits.add(id);
      if (ids.size > 1) return null;
    }
    return hits.size === 1 ? this.meetings.get([...hits][0]!)! : null;
  }
}

const DIGEST = "Regional digest\n\n1. Ministers meet\n\n";
const BERN = `${DIGEST}BERN, 13 November 2017 - Interior ministers are gathered in the Swiss capital for the third meeting of the Central Mediterranean Contact Group.\n\n`;
const ACCRA = `${DIGEST}The 2019 ministerial conference of the Rabat Process, held in Accra, adopted a plan on returns.\n\n`;

/** Pages a section headed by a meeting's place must read right ([type, sourceId, targetId]); test/unit/meetingPlaces.test.ts runs them. */
export const MEETING_PLACE_EXAMPLES: TripleExamples = {
  positive: [
    // A later section headed by the dateline's place: its attendance is that meeting's.
    { text: `${BERN}2. Who is in Bern\n\nMalta was represented by its interior minister. The European Commission sent representatives.`, expect: ["PARTICIPATES_IN", "ctry:mt", "forum:central-mediterranean-contact-group-2017"] },
    // The venue after "held in" names the place as well.
    { text: `${ACCRA}Delegates in Accra\n\nTogo was represented by its interior minister. Benin sent senior officials.`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:rabat-process-2019"] },
    // A heading that asks who attended: the meeting the page named last, though a field line named an earlier one.
    { text: `Conference record\n\nPrevious: Fifth Ministerial Conference of the Rabat Process (Rome, 2014)\n\nThe Sixth Ministerial Conference of the Rabat Process met on 14 December 2022.\n\nWho was there\n\nTogo was represented by its interior minister. Benin sent senior officials.`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:rabat-process-2022"] },
  ],
  negative: [
    // A heading that asks something else leaves the section to its own reading.
    { text: `Conference record\n\nPrevious: Fifth Ministerial Conference of the Rabat Process (Rome, 2014)\n\nThe Sixth Ministerial Conference of the Rabat Process met on 14 December 2022.\n\nWho pays for the Process\n\nTogo was represented by its interior minister. Benin sent senior officials.`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:rabat-process-2022"] },
    // A heading naming another place says nothing of the meeting.
    { text: `${BERN}2. Who is in Geneva\n\nMalta was represented by its interior minister. The European Commission sent representatives.`, expect: ["PARTICIPATES_IN", "ctry:mt", "forum:central-mediterranean-contact-group-2017"] },
    // A place two meetings share is neither's.
    { text: `${DIGEST}The 2019 ministerial conference of the Rabat Process was held in Accra. The 2015 senior officials' meeting of the Rabat Process had also met in Accra.\n\nDelegates in Accra\n\nTogo was represented by its interior minister. Benin sent senior officials.`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:rabat-process-2019"] },
    // A place named only as the topic of the talks ("on the situation in Accra") is no venue.
    { text: `${DIGEST}The 2019 ministerial conference of the Rabat Process discussed the situation of migrants in Accra.\n\nDelegates in Accra\n\nTogo was represented by its interior minister. Benin sent senior officials.`, expect: ["PARTICIPATES_IN", "ctry:tg", "forum:rabat-process-2019"] },
  ],
};
