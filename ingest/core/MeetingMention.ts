import type { Occasion } from "./meetingOccasion.js";
import type { DiscoveredName, Mention } from "./types.js";

/** A meeting phrase meetingMentions (meetings.ts) reads: where it stands, the meeting it names, what it takes the place of. */
export interface MeetingMention {
  start: number;
  end: number;
  entity: DiscoveredName;
  /** The forum mention the meeting phrase absorbs. */
  replaces?: Mention;
  /** Open-set names read inside the meeting phrase ("Sixth Ministerial Consultation"), which it replaces too. */
  absorbs?: Mention[];
  /** The day, number and city the phrase states for its meeting (meetingOccasion.ts). */
  occasion?: Occasion;
}
