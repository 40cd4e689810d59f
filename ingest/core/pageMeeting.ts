import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The meeting a meeting's own page is about: its title names it ("X: the Seventh Ministerial Consultation, as it
 * happened"), and so long as the page has named no other meeting, who was present, who sent a delegation and whose
 * names a delegation list holds are said of it, in any section ("FRIDAY, 16:45 — The delegation list: …"), where the
 * section itself reports no meeting, and "the meeting" in a section that has named none is it (coreference.ts). A
 * second meeting named anywhere before ends it: from there on only the
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

  /**
   * On the page of one meeting, the meeting's series taken as a sentence's unwritten topic is the meeting: under the
   * title "Caribbean Symposium on Labour Migration" over "Kingston, 4-6 March 2003", a delegation list or "the symposium"
   * speaks of that sitting, not of every sitting the series has held.
   */
  ofSeries(found: M | null, kinds: readonly EntityKind[], parentOf: (id: string) => string | undefined): M | null {
    const t = found && !found.isEvent ? this.only(kinds) : null;
    return t && parentOf(t.id) === found!.id ? t : found;
  }
}

/**
 * Whether a passage is one of the page's title lines: among its first three, before any section heading, one short line
 * that ends in no full stop ("Abu Dhabi Dialogue: the Seventh Ministerial Consultation, as it happened"). A page label
 * ("LIVE | Labour mobility") may come first; a sentence of prose is no title.
 */
export const isTitleLine = (passage: { text: string; section: string | null; ordinal: number }): boolean =>
  passage.ordinal < 3 && passage.section === null && passage.text.length <= 200 && !/[\n]/.test(passage.text.trim()) && !/[.!?]["”’]?\s*$/.test(passage.text.trim());

const DAY_ONE = "MONDAY 6 AUGUST, 09:00\n\nMinisters are arriving in Nusa Dua for the Seventh Ministerial Conference of the Bali Process, which opens today.\n\n";
const LATER = "MONDAY 6 AUGUST, 17:30\n\nThe delegation list handed out by the hosts:\n\nFiji\nNepal\n\nTUESDAY 7 AUGUST, 12:00\n\nUNODC and the ILO were also present as observers.\n";
const LIVE = `Bali Process: the Seventh Ministerial Conference, day by day\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}`;

/** Pages a meeting's own page must read right ([type, sourceId, targetId]); test/unit/pageMeeting.test.ts runs them. */
export const PAGE_MEETING_EXAMPLES: TripleExamples = {
  positive: [
    // Sections after the one that reported the meeting: the list and the presence are the title's meeting's.
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // "the meeting" in a section that has named no meeting is the title's (coreference.ts).
    { text: `${LIVE}WHO CHAIRED\n\nThe talks went late into the night, and Indonesia chaired the meeting it had called.\n`, expect: ["CHAIRED", "ctry:id", "forum:bali-process-7-conference"] },
  ],
  negative: [
    // Another meeting named on the way: the page is no longer about one meeting only.
    { text: `${LIVE}MONDAY 6 AUGUST, 12:00\n\nSome recalled the Sixth Ministerial Conference of the Bali Process, held in 2016.\n\n${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // Another meeting named on the way: "the meeting" is not sure to be the title's.
    { text: `${LIVE}BACKGROUND\n\nSome recalled the Sixth Ministerial Conference of the Bali Process, held in 2016.\n\nWHO CHAIRED\n\nThe talks went late into the night, and Indonesia chaired the meeting it had called.\n`, expect: ["CHAIRED", "ctry:id", "forum:bali-process-7-conference"] },
    // A title that names no meeting: the page may be about anything.
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
  ],
};
