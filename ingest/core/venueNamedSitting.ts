import type { Mention } from "./types.js";
import { MEETING_HEADS } from "./meetingPatterns.js";

/** A meeting's name that ends on the place it sat at: "Summit Meeting at Pailles", "Ministerial Conference in Nadi". */
const AT_VENUE = /\s(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$/;

/**
 * VENUE_NAMED_SITTING: "the GFMD 2012 Summit Meeting at Pailles", "the CFM Ministerial Conference in Nadi". A meeting
 * named by its venue right after a forum's name (and its year) is one sitting of that forum, told by where it sat: it
 * is no series of its own, so a later "the eighth summit" is never read as a sitting of "Summit Meeting at Pailles".
 * `m` is a name read by pattern; `mentions` are the passage's others.
 */
export function venueNamedSitting(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (m.kind !== "FORUM" || m.method !== "name-pattern" || !MEETING_HEADS.test(m.surface) || !AT_VENUE.test(m.surface)) return false;
  return mentions.some((x) => x !== m && x.kind === "FORUM" && x.localEnd <= m.localStart && /^\s*(?:\d{4}\s*)?$/.test(text.slice(x.localEnd, m.localStart)) && /\s$/.test(text.slice(x.localEnd, m.localStart)));
}

const CFM = "The Coastal Forum on Mobility (CFM) is a state-led process that meets once a year.\n\nFiji hosted the CFM 2012 Summit Meeting at Nadi on 21-22 November 2012.";
const LATER = `${CFM}\n\nThe eighth summit took place in Apia from 14 to 16 October 2015, under the Samoan chairmanship.`;

/** Pages read by linkedByNames ([type, source name, target name]); test/unit/venueNamedSitting.test.ts runs them. */
export const VENUE_NAMED_SITTING_EXAMPLES: { positive: Array<{ text: string; expect: [string, string, string] }>; negative: Array<{ text: string; expect: [string, string, string] }> } = {
  positive: [
    { text: CFM, expect: ["HOSTED", "Fiji", "CFM 2012"] },
    // "the eighth summit" on a page about the forum is a sitting of the forum, not of the Nadi meeting.
    { text: LATER, expect: ["HOSTED", "Samoa", "CFM 2015"] },
  ],
  negative: [
    { text: LATER, expect: ["HOSTED", "Samoa", "Summit Meeting at Nadi 2015"] },
    { text: LATER, expect: ["PART_OF", "Summit Meeting at Nadi 2015", "Summit Meeting at Nadi"] },
  ],
};
