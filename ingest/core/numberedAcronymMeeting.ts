import type { M } from "./mentionLists.js";
import type { EntityRecord } from "./types.js";

/**
 * A standing forum's acronym followed by a meeting's number, "Indonesia hosted ARMD 11", is that numbered meeting
 * of the series where the page already knows it (a row "ARMD 11, Jakarta, 3-4 May 2018", rowMeeting.ts, or a heading,
 * meetingHeading.ts, gave it that number). A number that counts something ("ARMD 11 states", "ARMD 3%"), a year
 * ("ARMD 2018", read as a dated meeting elsewhere), a full name, or a number no known meeting of the series carries
 * leaves the mention the standing forum's.
 */
export const NUMBERED_ACRONYM_MEETING = {
  id: "numbered-acronym-meeting",
  positive: [
    { title: "Tasman Labour Process (TLP)", text: "Recent meetings:\n\n- TLP 11, Suva, 3-4 May 2018\n- TLP 12, Apia, 7 October 2019\n\nFiji hosted TLP 11 and Samoa hosted TLP 12.", expect: ["HOSTED", "ctry:ws", "forum:tasman-labour-process-2019"] },
  ],
  negative: [
    // Samoa hosted the twelfth meeting, not the eleventh.
    { title: "Tasman Labour Process (TLP)", text: "Recent meetings:\n\n- TLP 11, Suva, 3-4 May 2018\n- TLP 12, Apia, 7 October 2019\n\nFiji hosted TLP 11 and Samoa hosted TLP 12.", expect: ["HOSTED", "ctry:ws", "forum:tasman-labour-process-2018"] },
    // A number that counts members: the standing forum.
    { title: "Tasman Labour Process (TLP)", text: "Recent meetings:\n\n- TLP 11, Suva, 3-4 May 2018\n\nSamoa is one of the TLP 11 member states.", expect: ["MEMBER_OF", "ctry:ws", "forum:tasman-labour-process-2018"] },
  ],
};

const NUMBER_AFTER = /^\s+(\d{1,3})(?![\d.,]*\d)(?!\s*(?:%|per\b|percent|million|billion|member|countries|states|governments|years?|months?|days?|participants|delegates))/i;

/** The known numbered meeting a forum's acronym and a number name, or null (NUMBERED_ACRONYM_MEETING). */
export function numberedAcronymMeeting(text: string, m: M, entities: ReadonlyMap<string, EntityRecord>): string | null {
  if (m.kind !== "FORUM" || m.isEvent) return null;
  const n = NUMBER_AFTER.exec(text.slice(m.end));
  if (!n) return null;
  const series = entities.get(m.id);
  if (!series || series.isEvent || !series.acronym || text.slice(m.start, m.end) !== series.acronym) return null;
  const ordinal = Number(n[1]);
  const hits = [...entities.values()].filter((e) => e.isEvent && e.parentId === series.id && e.ordinal === ordinal);
  return hits.length === 1 ? hits[0]!.id : null;
}
