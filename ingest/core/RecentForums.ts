/** What meetingMentions remembers of the forums named earlier in a scope (a chapter or a page). */
export interface RecentForums {
  scope: string;
  /** Head word (lower case) → the standing forums named with it in earlier passages of the scope. */
  byHead: Map<string, Set<string>>;
  /** Catalog ids the passage's section heading names. */
  section: string[];
  /**
   * The section heading names one dated meeting and no series ("The fourth session (Colombo, January 2017)"), a sitting
   * of the page's series: its year, and its number and noun where the heading gives a number.
   */
  sectionMeeting?: { year: number; ordinal?: number; noun: string };
  /** Ids the page title names (a forum it is about), the topic when the section heading names no series. */
  page?: string[];
  /** A kind of numbered meeting ("ministerial conference") → the series the scope last named one of (seriesMeetingPhrases.ts). */
  kinds?: Map<string, string>;
  /** The standing series an earlier passage of the scope named last (a lead-in "Meetings of the X so far:"). */
  last?: string;
  /** Whether the passage that named `last` was a lead-in, ending on a colon before its list. */
  lastLeadIn?: boolean;
  /** The section heading's ids when `last` was named: the same array while the passages share a section. */
  lastSection?: string[];
  /** Characters of the scope read so far, and the year of the lead's dateline with the number of the meeting it dates (pageDateline.ts). */
  read?: number;
  dateline?: { year: number };
  /** The length of the passage read last, and the numbers of the meetings the lead names. */
  lastPassage?: number;
  leadOrdinals?: Set<number>;
  /** Head word → the forums and sitting bodies (councils, boards) the scope has named with it (datedBodySitting.ts). */
  sittingBodies?: Map<string, Set<string>>;
  /** Head word → the sitting bodies the whole page has named with it, whatever the section (bareHeadBody.ts). */
  pageSittingBodies?: Map<string, Set<string>>;
  /** The section heading's ids when `sittingBodies` was remembered: the same array while the passages share a section. */
  sittingSection?: string[];
  /** The series whose meeting the page reports, dated by the lead's dateline (reportedMeeting.ts). */
  reported?: string;
}
