import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The meeting a meeting's own page is about: its title names it ("X: the Seventh Ministerial Consultation, as it
 * happened"), or, on a news page, its lead reports it (the hub event: the meeting the dateline's sentence names, or the
 * one the lead describes and later gives its formal name, leadHub.ts), and so long as the page has named no other meeting, who was present, who sent a delegation and whose
 * names a delegation list holds are said of it, in any section ("FRIDAY, 16:45 — The delegation list: …"), where the
 * section itself reports no meeting, and "the meeting" in a section that has named none is it (coreference.ts). A
 * second meeting named anywhere before ends it: from there on only the
 * section's own reading counts. Test: test/unit/pageMeeting.test.ts.
 */
export class PageMeeting {
  private readonly named = new Set<string>();
  private titled: M | null = null;

  /**
   * A sentence's own mentions, after it is read; `inTitle` when the sentence is the page's title line. `namesHub` tells
   * a meeting the sentence names as the event a news lead reports (oneOffMeeting.ts namesLeadEvent: the sentence its
   * dateline opens, or the formal name apposed to the lead's description of it): a page whose title names no meeting is
   * that hub event's page.
   */
  saw(own: readonly M[], inTitle: boolean, namesHub: (m: M) => boolean = () => false): void {
    for (const m of own) {
      if (!m.isEvent || m.via === "coref") continue;
      this.named.add(m.id);
      if ((inTitle || namesHub(m)) && !this.titled) this.titled = { id: m.id, kind: m.kind, isEvent: true, start: -1, end: -1, via: "coref" };
    }
  }

  /**
   * A news page's hub event known before its sentences are read (leadHub.ts: the lead describes the event in common
   * nouns and gives its formal name a few sentences on): from the first sentence on, it is the page's meeting as a title's would be.
   */
  expect(hubId: string | null, kind: EntityKind = "FORUM"): void {
    if (hubId && !this.titled) this.titled = { id: hubId, kind, isEvent: true, start: -1, end: -1, via: "coref" };
  }

  /** The title's meeting, when it is the only meeting the page has named so far and of one of these kinds. */
  only(kinds: readonly EntityKind[]): M | null {
    const t = this.titled;
    return t && (this.named.size === 0 || (this.named.size === 1 && this.named.has(t.id))) && kinds.includes(t.kind) ? t : null;
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

/** A news lead that describes its event and renames it a few sentences on (leadHub.ts). */
const HUB_LEAD = "Reef states pledge for fishers\n\nHONIARA, 2 June 2022 - Delegates from nine states left Honiara on Friday after two days of talks on reef fishing.\n\n";
/** A news lead whose dateline sentence names its event. */
const NAMED_LEAD = "Ministers back coastal fisheries plan\n\nNUKU'ALOFA, 5 April 2023 - Ministers of eleven island states met on Wednesday for the Nuku'alofa Conference on Coastal Fisheries.\n\n";

/** A one-off meeting's report: the title names it and the line under it dates it (titleDateLine.ts). */
const SYMPOSIUM = "MEETING REPORT\n\nCaribbean Symposium on Labour Migration: \"Working Together\"\nKingston, 4-6 March 2003\n\nSummary\n\nJamaica welcomed the delegates.\n\n";
const SYMPOSIUM_2003 = "forum:caribbean-symposium-on-labour-migration-2003";

/** Pages a meeting's own page must read right ([type, sourceId, targetId]); test/unit/pageMeeting.test.ts runs them. */
export const PAGE_MEETING_EXAMPLES: TripleExamples = {
  positive: [
    // Sections after the one that reported the meeting: the list and the presence are the title's meeting's.
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `${LIVE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // "the meeting" in a section that has named no meeting is the title's (coreference.ts).
    { text: `${LIVE}WHO CHAIRED\n\nThe talks went late into the night, and Indonesia chaired the meeting it had called.\n`, expect: ["CHAIRED", "ctry:id", "forum:bali-process-7-conference"] },
    // A news page's hub event: the one its dateline sentence names is "the meeting" of a later section with none named.
    { text: `${NAMED_LEAD}Who chaired\n\nSamoa chaired the meeting.\n`, expect: ["CHAIRED", "ctry:ws", "forum:nuku-alofa-conference-on-coastal-fisheries"] },
    // The lead renames its described event further on: "the meeting" before the renaming is already that event.
    { text: `${HUB_LEAD}Tonga chaired the meeting. Formally called the Honiara Summit on Reef Fishers, it ended with a fund for fishing towns.\n`, expect: ["CHAIRED", "ctry:to", "forum:honiara-summit-on-reef-fishers"] },
    // "the symposium" in a later section is the page's one meeting when the meeting's name carries the word (describedReferent.ts).
    { text: `${SYMPOSIUM}Speakers\n\nUNICEF attended the symposium.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Speakers\n\nThe symposium was attended by Haiti and UNICEF.\n`, expect: ["PARTICIPATES_IN", "ctry:ht", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}International organizations\n\nUNICEF and the ILO addressed the symposium.\n`, expect: ["PARTICIPATES_IN", "org:ilo", SYMPOSIUM_2003] },
    // An attendance verb with no object, in a later section: the page's one meeting (bareAttendanceRules.ts).
    { text: `${SYMPOSIUM}Delegations\n\nHaiti attended in its own name.\n`, expect: ["PARTICIPATES_IN", "ctry:ht", SYMPOSIUM_2003] },
  ],
  negative: [
    // Another meeting named on the way: the page is no longer about one meeting only.
    { text: `${LIVE}MONDAY 6 AUGUST, 12:00\n\nSome recalled the Sixth Ministerial Conference of the Bali Process, held in 2016.\n\n${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // Another meeting named on the way: "the meeting" is not sure to be the title's.
    { text: `${LIVE}BACKGROUND\n\nSome recalled the Sixth Ministerial Conference of the Bali Process, held in 2016.\n\nWHO CHAIRED\n\nThe talks went late into the night, and Indonesia chaired the meeting it had called.\n`, expect: ["CHAIRED", "ctry:id", "forum:bali-process-7-conference"] },
    // A title that names no meeting: the page may be about anything.
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "ctry:np", "forum:bali-process-7-conference"] },
    { text: `Regional news\nNusa Dua, 6-7 August 2018\n\n${DAY_ONE}${LATER}`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:bali-process-7-conference"] },
    // Two events of one head noun: "the summit" is the nearer one, not the hub.
    { text: `${HUB_LEAD}The meeting, officially known as the Honiara Summit on Reef Fishers, ended with a fund for fishing towns.\n\nBackground\n\nThe idea came from the Suva Summit on Ocean Rescue, held in 2019. Samoa chaired the summit.\n`, expect: ["CHAIRED", "ctry:ws", "forum:honiara-summit-on-reef-fishers-2022"] },
    // A lead that reports a publication names no event: "the meeting" has no hub.
    { text: "Reef report published\n\nSUVA, 3 May 2019 - The Pacific Reef Fisheries Dialogue published its yearly report on Friday.\n\nWho chaired\n\nSamoa chaired the meeting.\n", expect: ["CHAIRED", "ctry:ws", "forum:pacific-reef-fisheries-dialogue"] },
    // A renaming that looks ahead names a meeting not yet held: the day's "meeting" before it is not that one.
    // "the workshop" on a symposium's page is some other sitting: the word must be the meeting's own.
    { text: `${SYMPOSIUM}Speakers\n\nUNICEF attended the workshop.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    // A denial, a future or a past sitting, and a page that has named a second meeting give nothing.
    { text: `${SYMPOSIUM}Speakers\n\nUNICEF did not attend the symposium.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Speakers\n\nUNICEF will attend the next symposium.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Speakers\n\nUNICEF attended last year's symposium.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Background\n\nThe idea came from the Andean Conference on Labour Mobility 2001.\n\nSpeakers\n\nUNICEF attended the symposium.\n`, expect: ["PARTICIPATES_IN", "org:unicef", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Background\n\nThe idea came from the Andean Conference on Labour Mobility 2001.\n\nDelegations\n\nHaiti attended in its own name.\n`, expect: ["PARTICIPATES_IN", "ctry:ht", SYMPOSIUM_2003] },
    { text: `${SYMPOSIUM}Delegations\n\nHaiti did not take part.\n`, expect: ["PARTICIPATES_IN", "ctry:ht", SYMPOSIUM_2003] },
    { text: "Reef agenda agreed\n\nHONIARA, 2 June 2022 - Fisheries officials of nine island states agreed on Friday on an agenda for their ministers.\n\nTonga chaired the meeting. The summit, formally the Honiara Summit on Reef Fishers, will open in Honiara next March.\n", expect: ["CHAIRED", "ctry:to", "forum:honiara-summit-on-reef-fishers"] },
  ],
};
