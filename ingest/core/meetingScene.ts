import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { usedAsDate } from "./notAnEnd.js";
import { statedYears } from "./statedYears.js";
import type { TripleExamples } from "./TripleExamples.js";

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
    const meeting = [...own].reverse().find((m) => m.isEvent && m.via !== "coref" && !usedAsDate(text, m));
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

const COLOMBO_2016 = "The 2016 ministerial meeting of the Colombo Process took place in Colombo. ";

/** Sections that must be read right past the rules' own reach ([type, sourceId, targetId]); test/unit/meetingScene.test.ts runs them. */
export const MEETING_SCENE_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. Several speakers stressed skills. The talks ended late. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
    { text: `${COLOMBO_2016}The ministers adopted a declaration on fees. It asks states to cap them. Its text is short. Nepal and India were represented at ministerial level.`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:colombo-process-2016"] },
  ],
  negative: [
    // Another occasion, or another year, spoken of since; a meeting named only as a date is no report of it.
    { text: "NGO news\n\nMany NGOs followed the 2013 HLD closely. Their statements were long. Their papers were longer. UNICEF joined a teleconference meeting in preparation for the 2013 HLD. At the meeting, a representative of IOM presented its proposals.", expect: ["PARTICIPATES_IN", "org:iom", "forum:hld-2013"] },
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. Afterwards a workshop on data was held in Kandy. The day ended late. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length. In 2018 the Process opened an office. Its staff is small. Nepal and India were represented at ministerial level.`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:colombo-process-2016"] },
    // A new section reports nothing yet.
    { text: `${COLOMBO_2016}Ministers discussed recruitment fees at length.\n\nAbout the Process\n\nIts work is voluntary. Its staff is small. Participants included Nepal, India and IOM.`, expect: ["PARTICIPATES_IN", "ctry:in", "forum:colombo-process-2016"] },
  ],
};
