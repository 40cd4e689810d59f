import { isPlaceDayLine } from "./months.js";
import { isTitleLine } from "./pageMeeting.js";
import type { Passage } from "./types.js";

/**
 * A meeting's own report whose title names the meeting and whose next line dates and places it, as reports and cover
 * pages often set them (TITLE_DATE_LINE):
 *   "Caribbean Symposium on Labour Migration: "Working Together"" over "Kingston, 4-6 March 2003"
 * The two lines read as one meeting heading ("Caribbean Symposium on Labour Migration, Kingston, 4-6 March 2003",
 * meetingHeading.ts), so the page's meeting is that year's dated meeting of the named series and what the page says of
 * "the symposium" is said of it (relate.ts reads the label as it reads a meetings list's row).
 * Left alone: a title that names no meeting ("Regional news"), a date line that is more than a place and a day (a
 * publication line, a deadline), a line that gives a month or a year only, and a title line that is prose.
 */
const TITLE = "Caribbean Symposium on Labour Migration: \"Working Together\"";
const HEAD = `${TITLE}\nKingston, 4-6 March 2003\n\nSummary\n\n`;
export const TITLE_DATE_LINE = {
  id: "title-date-line",
  positive: [
    { title: "CONFERENCE REPORT", text: `${HEAD}Jamaica welcomed the delegates, and Barbados and Guyana sent delegations.`, expect: ["PARTICIPATES_IN", "ctry:bb", "forum:caribbean-symposium-on-labour-migration-2003"] },
    { title: "CONFERENCE REPORT", text: `${HEAD}Jamaica welcomed the delegates, and Barbados and Guyana sent delegations.`, expect: ["PART_OF", "forum:caribbean-symposium-on-labour-migration-2003", "forum:caribbean-symposium-on-labour-migration"] },
    // A delegation list in a later section is the dated meeting's too (PageMeeting.ofSeries).
    { title: "CONFERENCE REPORT", text: `${HEAD}The symposium lasted three days.\n\nDelegations\n\nThese governments sent delegations:\n\nBarbados; Guyana; Suriname.`, expect: ["PARTICIPATES_IN", "ctry:sr", "forum:caribbean-symposium-on-labour-migration-2003"] },
  ],
  negative: [
    // A title that names no meeting: the date line dates the report, not a meeting.
    { title: "CONFERENCE REPORT", text: "Labour migration in the Caribbean\nKingston, 4-6 March 2003\n\nSummary\n\nBarbados and Guyana sent delegations to the Caribbean Symposium on Labour Migration.", expect: ["PARTICIPATES_IN", "ctry:bb", "forum:caribbean-symposium-on-labour-migration-2003"] },
    // A publication line under the title, not the meeting's place and day.
    { title: "CONFERENCE REPORT", text: `${TITLE}\nPublished in Kingston, 4 March 2003\n\nSummary\n\nBarbados and Guyana sent delegations.`, expect: ["PARTICIPATES_IN", "ctry:bb", "forum:caribbean-symposium-on-labour-migration-2003"] },
    // A month alone may date the report: no sitting.
    { title: "CONFERENCE REPORT", text: `${TITLE}\nKingston, March 2003\n\nSummary\n\nBarbados and Guyana sent delegations.`, expect: ["PARTICIPATES_IN", "ctry:bb", "forum:caribbean-symposium-on-labour-migration-2003"] },
    // A second meeting named on the page: the list under it is no longer the title's meeting's alone.
    { title: "CONFERENCE REPORT", text: `${HEAD}The symposium followed the Andean Conference on Labour Mobility 2001.\n\nDelegations\n\nThese governments sent delegations:\n\nBarbados; Guyana; Suriname.`, expect: ["PARTICIPATES_IN", "ctry:sr", "forum:caribbean-symposium-on-labour-migration-2003"] },
  ],
};


/**
 * The meeting heading label a page's title line and the date line printed under it make together, read at the title
 * line (the date line is the heading over the next passage), else null.
 */
export function titleDateLine(passage: Passage, passages: readonly Passage[], title: string): string | null {
  // A title line under the page's own title ("MEETING REPORT") is a title line too.
  if (!isTitleLine({ ...passage, section: passage.section === title ? null : passage.section })) return null;
  const next = passages[passages.indexOf(passage) + 1];
  const dateLine = next?.headingAbove?.trim();
  if (!dateLine || !isPlaceDayLine(dateLine)) return null;
  // The title's name, without a subtitle after a colon ("…: "Working Together"").
  const name = passage.text.trim().split(/:\s/)[0]!.trim();
  if (!name || /[,;]/.test(name)) return null;
  return `${name}, ${dateLine}`;
}
