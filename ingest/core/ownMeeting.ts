import { escapeRegExp } from "./escapeRegExp.js";
import { SITTING_NOUNS } from "./meetingNouns.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { EntityRecord } from "./types.js";

const FORUM = "Coastal Labour Forum\n\nThe Coastal Labour Forum is held every autumn in Lisbon.\n\n";

/**
 * OWN_MEETING: "the Lisbon Labour Forum, the ILO's annual conference, where the ILO's Director-General also took part":
 * the sentence calls a meeting the body's own, so the body holds it; it does not take part in it as a guest
 * (relationSink.ts drops PARTICIPATES_IN from that body in that sentence). A meeting of another body's stays.
 */
/** Pages the guard must get right (test/unit/ownMeeting.test.ts): `expect` is [type, source, target]. */
export const OWN_MEETING_EXAMPLES: TripleExamples = {
  positive: [
    // Another body's conference: the ILO took part as a guest.
    { text: `${FORUM}In 2019 the delegates went on to the Coastal Labour Forum, the OECD's annual conference, where the ILO's Director-General also took part.\n`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:coastal-labour-forum"] },
  ],
  negative: [
    // Its own conference: the ILO holds it, it is no guest there.
    { text: `${FORUM}In 2019 the delegates went on to the Coastal Labour Forum, the ILO's annual conference, where the ILO's Director-General also took part.\n`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:coastal-labour-forum"] },
  ],
};

const NOUNS = SITTING_NOUNS.join("|");

/** Whether the sentence calls a meeting the source's own ("ICMPD's annual conference"), by its acronym or name. */
export function callsItsOwnMeeting(text: string, source: Pick<EntityRecord, "name" | "acronym"> | undefined): boolean {
  if (!source) return false;
  const names = [source.acronym, source.name].filter((n): n is string => !!n).map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\w-])(?:the\\s+)?(?:${names})[’']s\\s+(?:(?:own|annual|yearly|biennial|flagship|main)\\s+)*(?:${NOUNS})\\b`, "i").test(text);
}
