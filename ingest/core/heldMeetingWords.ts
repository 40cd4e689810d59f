import { MONTH } from "./months.js";

/**
 * The words that tell whether a sentence reports a meeting that took place, shared by the readers of meetings named
 * by their kind (kindMeeting.ts) and of a programme's own meetings (programmeMeeting.ts).
 */
export const HELD_MEETING_WORDS = {
  /** A meeting still to come, or one called off. */
  notHeld: /\b(?:will|would|shall|planned|plans|scheduled|upcoming|next|expected|is\s+to|are\s+to|to\s+be\s+held|postponed|cancelled|canceled)\b/i,
  /** The meeting used as a date: "since the …", "ahead of the …". */
  asDate: /\b(?:since|after|before|until|following|ahead\s+of)\s+(?:the\s+)?$/i,
  /**
   * "On 3 May 2016 the …", "In October 2016 a …", or a dated row of a chronology or milestone list, "- 2 March 2020 -
   * The …": the sentence opens on the meeting's date (day, month, year in groups 1-3).
   */
  frontedDate: new RegExp(String.raw`^\s*(?:(?:In|On)\s+|[-–•*]?\s*(?=\d))(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(${MONTH})\s+((?:19|20)\d{2})(?:,?\s+|\s*[-–—:|]\s*)(?:[Tt]he\s+)?$`, "u"),
} as const;
