import { DATED_ROW_MEETINGS } from "./datedRows.js";
import { cellSpans } from "./labelledColumns.js";

/**
 * In a table of a series' meetings ("Ordinal | Year | City | Host state | Chair" under "Past meetings"), each row is
 * one meeting (datedRows.ts makes it from the row's year), and its Chair cell names who chaired that meeting, not a
 * chair of the series over a term. Only a table row (three cells or more) whose year's meeting the page already holds
 * is read so, under a heading that speaks of meetings: a chair list with years ("Successive chairs:" then "2014: Senegal") or a "Year | Chair" table of terms
 * names no meeting, and its chairs stay the series' (listRules.ts "chairs").
 */
export function meetingRowChair(row: string, section: string | null | undefined, series: string, year: number | null, eventFor: (forumId: string, year: number, known?: boolean) => string | null, isEvent: (id: string) => boolean): string | null {
  // The table must list meetings ("Past meetings", "Sessions"), as datedRows.ts asks: under "Past Chairs" a row is a term.
  if (!year || cellSpans(row).length < 3 || !section || !DATED_ROW_MEETINGS.meetingsWord.test(section)) return null;
  return heldSitting(series, year, eventFor, isEvent);
}

/** The series' meeting of that year, where the page already holds it as a dated meeting; else null. */
export function heldSitting(series: string, year: number, eventFor: (forumId: string, year: number, known?: boolean) => string | null, isEvent: (id: string) => boolean): string | null {
  const event = eventFor(series, year, true);
  return event && event !== series && isEvent(event) ? event : null;
}

const FORUM = "Coastal Migration Forum\n\nThe Coastal Migration Forum meets every two years.\n\n";

/** Pages the row reading must get right ([sourceId, targetId] of CHAIRED); test/unit/meetingRowChair.test.ts runs them. */
export const MEETING_ROW_CHAIR_EXAMPLES = {
  positive: [
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
    { text: `${FORUM}Sessions\n\nYear | Venue | Chair\n2006 | Accra, Ghana | Togo\n2008 | Lima, Peru | Chile\n`, expect: ["ctry:tg", "forum:coastal-migration-forum-2006"] },
  ],
  negative: [
    // The chair of one row's meeting chaired no other row's, nor the series as a whole.
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2006"] },
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum"] },
    // A table of chairs by year, not of meetings: the chair holds the series over its term, even with a venue column.
    { text: `${FORUM}Past chairs\n\nYear | Chair | Venue\n2006 | Ghana | Accra\n2008 | Chile | Lima\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
    { text: `${FORUM}Chairs by year\n\nYear | Chair\n2006 | Ghana\n2008 | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
  ],
};
