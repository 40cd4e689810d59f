import { escapeRegExp } from "./escapeRegExp.js";
import { SAME_THING_MODIFIERS, SITTING_NOUNS } from "./meetingNouns.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { EntityRecord } from "./types.js";

const FORUM = "Coastal Labour Forum\n\nThe Coastal Labour Forum is held every autumn in Lisbon.\n\n";
const FISHERS = "Global Fishers Forum\n\nThe Global Fishers Forum meets every year.\n\n";

/**
 * OWN_MEETING: a meeting the sentence sets beside the body's own conference in apposition ("Ghana and the ILO took part
 * in the Coastal Labour Forum, the ILO's own conference") is one the body holds; it does not take part in it as a
 * guest (relationSink.ts drops PARTICIPATES_IN from that body to that meeting). The phrase must stand beside the
 * meeting's mention: the same body's conference named elsewhere in the sentence is another event, and a meeting of
 * another body's stays.
 */
/** Pages the guard must get right (test/unit/ownMeeting.test.ts): `expect` is [type, source, target]. */
export const OWN_MEETING_EXAMPLES: TripleExamples = {
  positive: [
    // Another body's conference: the ILO took part as a guest.
    { text: `${FORUM}Ghana and the ILO took part in the Coastal Labour Forum, the OECD's own conference, in 2019.\n`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:coastal-labour-forum"] },
    // The body's own conference is another event, named apart from the meeting it took part in.
    { text: `${FISHERS}In 2019 IOM took part in the Global Fishers Forum in Dakar, a week after IOM's annual conference in Geneva.\n`, expect: ["PARTICIPATES_IN", "org:iom", "forum:global-fishers-forum"] },
    { text: `${FISHERS}UNHCR and IOM took part in the Global Fishers Forum, which UNHCR's annual conference had prepared.\n`, expect: ["PARTICIPATES_IN", "org:unhcr", "forum:global-fishers-forum"] },
  ],
  negative: [
    // Its own conference, apposed to the meeting after or before it: the ILO holds it, it is no guest there.
    { text: `${FORUM}Ghana and the ILO took part in the Coastal Labour Forum, the ILO's own conference, in 2019.\n`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:coastal-labour-forum"] },
    { text: `${FORUM}In 2019 Ghana and the ILO took part in the ILO's biennial conference, the Coastal Labour Forum.\n`, expect: ["PARTICIPATES_IN", "org:ilo", "forum:coastal-labour-forum"] },
  ],
};

const NOUNS = SITTING_NOUNS.join("|");

/** Between a meeting's mention and the possessive phrase in apposition to it: a comma or bracket, perhaps "the". */
const APPOSED = /^\s*[,(]\s*(?:the\s+)?$/i;

/**
 * Whether the sentence calls the meeting at `target` (the spans of its mentions) the source's own: a phrase "<source>'s
 * (annual …) conference", by its acronym or name, in apposition to one of those mentions, after it or before it.
 */
export function callsItsOwnMeeting(text: string, source: Pick<EntityRecord, "name" | "acronym"> | undefined, target: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (!source || target.length === 0) return false;
  const names = [source.acronym, source.name].filter((n): n is string => !!n).map(escapeRegExp).join("|");
  const own = new RegExp(`(?<![\\w-])(?:the\\s+)?(?:${names})[’']s\\s+(?:(?:own|${SAME_THING_MODIFIERS})\\s+)*(?:${NOUNS})\\b`, "gi");
  for (const m of text.matchAll(own)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (target.some((t) => APPOSED.test(text.slice(t.end, start)) || APPOSED.test(text.slice(end, t.start)))) return true;
  }
  return false;
}
