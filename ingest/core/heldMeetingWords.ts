import { MONTH } from "./months.js";

/**
 * The words that tell whether a sentence reports a meeting that took place, shared by every reader of a
 * meeting that took place: named by its kind (kindMeeting.ts), a programme's own (programmeMeeting.ts), a series'
 * sitting in the possessive (seriesMeetingPhrases.ts), a one-off dated right after its name (meetingDateAdjunct.ts).
 */
export const HELD_MEETING_WORDS = {
  /**
   * A meeting still to come, hoped for, bid for or offered, one that was to be held, one called off, or one the
   * sentence says did not take place ("not only", "not in <place>" is no negation of it).
   */
  notHeld: /\b(?:will|would|shall|planned|plans|scheduled|upcoming|forthcoming|next|expect(?:s|ed)?|hop(?:e|es|ed|ing)|due\s+to\s+(?:be|take|meet|open|convene)|bids?|offer(?:s|ed)?\s+to\s+host|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be\s+(?:held|convened|hosted|organi[sz]ed)|postponed|cancell?ed|called\s+off|never|not(?!\s+(?:only|in|at)\b))\b/i,
  /** The meeting used as a date: "since the …", "ahead of the …". */
  asDate: /\b(?:since|after|before|until|following|ahead\s+of)\s+(?:the\s+)?$/i,
  /**
   * "On 3 May 2016 the …", "In October 2016 a …", or a dated row of a chronology or milestone list, "- 2 March 2020 -
   * The …": the sentence opens on the meeting's date (day, month, year in groups 1-3).
   */
  frontedDate: new RegExp(String.raw`^\s*(?:(?:In|On)\s+|[-–•*]?\s*(?=\d))(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(${MONTH})\s+((?:19|20)\d{2})(?:,?\s+|\s*[-–—:|]\s*)(?:[Tt]he\s+)?$`, "u"),
} as const;
