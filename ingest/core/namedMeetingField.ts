import { capitalised, meetingNounsWhere } from "./meetingNouns.js";
import type { PageTripleExamples } from "./TripleExamples.js";
/**
 * A headline field that is itself the proper name of a meeting (NAMED_MEETING_FIELD), read by meetingHeading.ts:
 *   "Andean Conference on Labour Mobility (ACLM), Lima, 3-5 June 1996"
 *   "Special Meeting on Migrant Workers in the Gulf, Doha, 12 March 2014: what was decided and who came"
 * The name, a capitalised noun phrase headed by a meeting noun with a capitalised complement ("Conference on Labour
 * Mobility"), is the series; the line's date makes its dated meeting, as "Coral Sea Labour Dialogue, ninth plenary
 * meeting, Canberra, March 2018" does. A name may carry its acronym in brackets right after it, and the headline may go
 * on after a colon with a lower-case subtitle, which is a remark, not a field.
 * Left alone: a meeting noun whose complement is common words ("Workshop on recruitment fees, Suva, 3 May 2019": a
 * topic, not a name), a name with no meeting noun at its head ("Regional Labour Dialogue, Suva, 2 May 2019"), and a
 * bracketed field that is no acronym.
 */
export const NAMED_MEETING_FIELD: PageTripleExamples = {
  id: "named-meeting-field",
  positive: [
    { title: "Conference report", text: "Andean Conference on Labour Mobility (ACLM), Lima, 3-5 June 1996\n\nPeru hosted the conference. Bolivia and Ecuador sent ministers.", expect: ["HOSTED", "ctry:pe", "forum:andean-conference-on-labour-mobility-1996"] },
    { title: "Outcome page", text: "Special Meeting on Migrant Workers in the Gulf, Doha, 12 March 2014: what was decided and who came\n\nQatar chaired the meeting, and Oman and Kuwait took part.", expect: ["CHAIRED", "ctry:qa", "forum:special-meeting-on-migrant-workers-in-the-gulf-2014"] },
    { title: "Conference report", text: "Andean Conference on Labour Mobility (ACLM), Lima, 3-5 June 1996\n\nPeru hosted the conference. Bolivia and Ecuador sent ministers.", expect: ["PART_OF", "forum:andean-conference-on-labour-mobility-1996", "forum:andean-conference-on-labour-mobility"] },
    // A series, its acronym, a city and a day: one sitting of the series (DATELINE_MEETING).
    { title: "Meeting report", text: "Coral Sea Labour Dialogue (CSLD), Suva, 17-18 April 2024\n\nFiji hosted the dialogue's meeting, and Tonga took part.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-sea-labour-dialogue-2024"] },
  ],
  negative: [
    // A month alone may date a report: no sitting.
    { title: "Meeting report", text: "Coral Sea Labour Dialogue (CSLD), Suva, April 2024\n\nFiji hosted the dialogue's meeting, and Tonga took part.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-sea-labour-dialogue-2024"] },
    // A topic in common words: a workshop on something, no named series.
    { title: "Events", text: "Workshop on recruitment fees, Suva, 3 May 2019\n\nFiji hosted the workshop.", expect: ["HOSTED", "ctry:fj", "forum:workshop-on-recruitment-fees-2019"] },
    // A bracketed field that is prose, not an acronym: the line is no heading of a meeting.
    { title: "Events", text: "Andean Conference on Labour Mobility (see below), Lima, 3-5 June 1996\n\nPeru hosted the conference.", expect: ["HOSTED", "ctry:pe", "forum:andean-conference-on-labour-mobility-1996"] },
    // A meeting still to come, whatever its name.
    { title: "Events", text: "Andean Conference on Labour Mobility, Lima, 3-5 June 2031: the next edition\n\nPeru will host the conference.", expect: ["HOSTED", "ctry:pe", "forum:andean-conference-on-labour-mobility-2031"] },
  ],
};

/** A series' name may end in a one-off head or Forum; a Workshop on a topic is one sitting, never a series. */
const NOUN = `(${meetingNounsWhere((n) => !!n.oneOff || n.noun === "forum", ["workshop"]).map(capitalised).join("|")})`;
/** "International Conference on Central Asian Labour", "Special Meeting on Migrant Workers in the Gulf". */
const NAMED = new RegExp(String.raw`^(?:the\s+)?(?:[A-Z][\p{L}’'.-]*\s+){0,4}${NOUN}\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:[A-Z][\p{L}’'.-]*|of|on|for|and|the|in))*$`, "u");

/** The series and meeting noun a field names as a meeting's proper name, else null. */
export function namedMeetingField(field: string): { seriesText: string; noun: string } | null {
  const m = NAMED.exec(field);
  if (!m) return null;
  return { seriesText: field.replace(/^the\s+/, ""), noun: m[1]!.toLowerCase() };
}

/** "CIREFCA" after "(…)" in the line: a bracketed acronym right after the series' name. */
export function bracketedAcronym(line: string, seriesText: string, field: string): boolean {
  return /^[A-Z][A-Z0-9-]{1,11}$/.test(field) && line.includes(`${seriesText} (${field})`);
}

/** The headline without a lower-case subtitle after a colon ("…, 29 May 2015: what was agreed"). */
export function withoutSubtitle(line: string): string {
  const i = line.search(/:\s+[a-z]/);
  return i > 0 ? line.slice(0, i) : line;
}

/**
 * A line that writes only a series' name, a city and a day ("Black Sea Labour Dialogue (BSLD), Varna, 3-4 October 2015")
 * dates one sitting of the series (DATELINE_MEETING); the series must be a forum (headingEntity.ts seriesNamed). A month
 * or a year alone ("Varna, October 2015") may date a report or a period, and a line with no city a publication.
 */
export const datelineMeeting = (city: string | undefined, date: string | undefined): boolean => !!city && !!date && /^\d{4}-\d{2}-\d{2}$/.test(date);
