import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { TIME_REFERENCE } from "./notAnEnd.js";
import { statedYears } from "./statedYears.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The meeting a meeting's own page is about: its title names it ("X: the Seventh Ministerial Consultation, as it
 * happened"), and so long as the page has named no other meeting, who was present, who sent a delegation and whose
 * names a delegation list holds are said of it, in any section ("FRIDAY, 16:45 — The delegation list: …"), where the
 * section itself reports no meeting. A second meeting named anywhere before ends it: from there on only the
 * section's own reading counts. Test: test/unit/pageMeeting.test.ts.
 */
export class PageMeeting {
  private readonly named = new Set<string>();
  private titled: M | null = null;

  /** A sentence's own mentions, after it is read; `inTitle` when the sentence is the page's title line. */
  saw(own: readonly M[], inTitle: boolean): void {
    for (const m of own) {
      if (!m.isEvent || m.via === "coref") continue;
      this.named.add(m.id);
      if (inTitle && !this.titled) this.titled = { id: m.id, kind: m.kind, isEvent: true, start: -1, end: -1, via: "coref" };
    }
  }

  /** The title's meeting, when it is the only meeting the page has named so far and of one of these kinds. */
  only(kinds: readonly EntityKind[]): M | null {
    const t = this.titled;
    return t && this.named.size === 1 && kinds.includes(t.kind) ? t : null;
  }
}

/**
 * Whether a passage is one of the page's title lines: among its first three, before any section heading, one short line
 * that ends in no full stop ("Abu Dhabi Dialogue: the Seventh Ministerial Consultation, as it happened"). A page label
 * ("LIVE | Labour mobility") may come first; a sentence of prose is no title.
 */
export const isTitleLine = (passage: { text: string; section: string | null; ordinal: number }): boolean =>
  passage.ordinal < 3 && passage.section === null && passage.text.length <= 200 && !/[\n]/.test(passage.text.trim()) && !/[.!?]["”’]?\s*$/.test(passage.text.trim());

/**
 * Another occasion spoken of: an indefinite or counted event noun ("a training was held", "two workshops", "the next
 * summit", "a side event"). "the meeting", "the conference" speak of the one already reported.
 */
const NEW_OCCASION = /\b(?:a|an|another|one|two|three|several|some|many|the next|the following|a further|its next|their next|next|side|preparatory|follow-up)\s+(?:[\w-]+\s+){0,3}?(?:workshops?|seminars?|trainings?|training courses?|sessions?|meetings?|conferences?|summits?|forums?|events?|round[- ]?tables?|webinars?|consultations?|visits?|missions?|courses?|gatherings?|panels?|retreats?|receptions?|dinners?)\b/i;

/**
 * The meeting a section is still reporting: the last one it named, so long as no sentence since has spoken of another
 * occasion (NEW_OCCASION) or dated something to another year. "Participants included A and B" four sentences after
 * "The 2016 meeting of X took place in Colombo", with only the talks described between, is said of that meeting; after
 * "Later a training was held." it is not. relate.ts asks it where an attendance rule's own reach (meetingWithin) ends.
 */
export class MeetingScene {
  private scene: { m: M; year: number | null } | null = null;

  /** A new section, article or chapter: nothing is being reported yet. */
  enter(): void {
    this.scene = null;
  }

  /** A sentence after it is read: its own meeting, if it names one, else whether it moves on to another occasion or year. */
  saw(text: string, own: readonly M[], yearOf: (id: string) => number | null): void {
    // A meeting used as a date ("a teleconference in preparation for the 2013 HLD") is not what the sentence reports.
    const meeting = [...own].reverse().find((m) => m.isEvent && m.via !== "coref" && !TIME_REFERENCE.test(text.slice(Math.max(0, m.start - 40), m.start)));
    if (meeting) {
      this.scene = { m: { id: meeting.id, kind: meeting.kind, isEvent: true, start: -1, end: -1, via: "coref" }, year: yearOf(meeting.id) };
      return;
    }
    if (!this.scene) return;
    const years = statedYears(text);
    if (NEW_OCCASION.test(text) || [...years].some((y) => y !== String(this.scene!.year))) this.scene = null;
  }

  current(kinds: readonly EntityKind[]): M | null {
    return this.scene && kinds.includes(this.scene.m.kind) ? this.scene.m : null;
  }
}

const DAY_ONE = "MONDAY 6 AUGUST, 09:00\n\nMinisters are arriving in Nusa Dua for the Seventh Ministerial Conference of the Bali Process, which opens today.\n\n";
const LATER = "MONDAY 6 AUGUST, 17:30\n\nThe delegation list handed out by the hosts:\n\nFiji\nNepal\n\nTUESDAY 7 AUGUST, 12:00\n\nUNODC and the ILO were also present as observers.\n";
const LIVE = `Bali Process: the Seventh Ministerial Conference, day by day\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}`;

/** Pages a meeting's own page must read right ([type, sourceId, targetId]); test/unit/pageMeeting.test.ts runs them. */
export const PAGE_MEETING_EXAMPLES: TripleExamples = {
  positive: [
    // Sections after the one that reported the meeting: the list and the presence are the title's meeting's.
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
  ],
  negative: [
    // Another meeting named on the way: the page is no longer about one meeting only.
    { text: `${LIVE}MONDAY 6 AUGUST, 12:00\n\nSome recalled the Sixth Ministerial Conference of the Bali Process, held in 2016.\n\n${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // A title that names no meeting: the page may be about anything.
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
  ],
};

const COLOMBO_2016 = "The 2016 ministerial meeting of the Colombo Process took place in Colombo. ";

/** Sections that must be read right past the rules' own reach ([type, sourceId, targetId]); test/unit/pageMeeting.test.ts runs them. */
export const MEETING_SCENE_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. Several speakers stressed skills. The talks ended late. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
    { text: `${COLOMBO_2016}The ministers adopted a declaration on fees. It asks states to cap them. Its text is short. Nepal and India were represented at ministerial level.`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:colombo-process-2016"] },
  ],
  negative: [
    // Another occasion, or another year, spoken of since; a meeting named only as a date is no report of it.
    { text: "NGO news\n\nMany NGOs followed the 2013 HLD closely. Their statements were long. Their papers were longer. UNICEF joined a teleconference meeting in preparation for the 2013 HLD. At the meeting, a representative of IOM presented its proposals.", expect: ["PARTICIPATES_IN", "org:iom", "forum:hld-2013"] },
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. Afterwards a workshop on data was held in Kandy. The talks ended late. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. In 2018 the Process opened an office. Its staff is small. Nepal and India were represented at ministerial level.`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:colombo-process-2016"] },
    // A new section reports nothing yet.
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length.\n\nAbout the Process\n\nIts work is voluntary. Its staff is small. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
  ],
};
