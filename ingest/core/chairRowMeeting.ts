import { DATED_ROW_MEETINGS } from "./datedRows.js";
import { cellSpans } from "./labelledColumns.js";
import { DATE_FIELD, PLACE_DATE_LINE } from "./months.js";

type EventFor = (forumId: string, year: number, known?: boolean) => string | null;

/**
 * A series' chair row may name who chaired one sitting of the series, not the series. One reader decides which:
 * - under a heading that dates one sitting ("Quito, May 2016" then "Chair: Peru", or "June 2018" then "- Chair:
 *   Chile"), the row chaired that sitting where the page holds it, and otherwise nothing: a state that chaired one
 *   sitting did not chair the process;
 * - else a table row of the series' meetings ("Ordinal | Year | City | Host state | Chair" under "Past meetings"): each
 *   row is one meeting (datedRows.ts makes it from the row's year), and its Chair cell names who chaired it. Only a
 *   table row (three cells or more) whose year's meeting the page already holds is read so, under a heading that
 *   speaks of meetings: a chair list with years ("Successive chairs:" then "2014: Senegal") or a "Year | Chair" table
 *   of terms names no meeting, and its chairs stay the series' (listRules.ts "chairs").
 * A heading that dates no sitting (the series' own name, "Past chairs", a term "2019-2021") leaves the row to the series.
 * Returns the sitting's id; null where the heading dates a sitting the page does not hold (the row chaired nothing);
 * undefined where the row chaired the series.
 */
export function chairRowMeeting(row: string, section: string | null | undefined, series: string, year: number | null, eventFor: EventFor, isEvent: (id: string) => boolean): string | null | undefined {
  const heading = section?.split(" › ").pop();
  const sitting = headingSitting(heading?.trim(), series, eventFor, isEvent);
  if (sitting !== undefined) return sitting;
  // The table must list meetings ("Past meetings", "Sessions"), as datedRows.ts asks: under "Past Chairs" a row is a term.
  if (!year || cellSpans(row).length < 3 || !heading || !DATED_ROW_MEETINGS.meetingsWord.test(heading)) return undefined;
  return heldSitting(series, year, eventFor, isEvent) ?? undefined;
}

/** The sitting a heading dates: "City, [day] Month Year" or "[day] Month Year" alone, not a term; undefined where it dates none. */
function headingSitting(heading: string | undefined, series: string, eventFor: EventFor, isEvent: (id: string) => boolean): string | null | undefined {
  if (!heading) return undefined;
  const dated = PLACE_DATE_LINE.exec(heading) ?? DATE_FIELD.exec(heading);
  if (!dated) return undefined;
  return heldSitting(series, Number(dated[dated.length - 1]), eventFor, isEvent);
}

/** The series' meeting of that year, where the page already holds it as a dated meeting; else null. */
function heldSitting(series: string, year: number, eventFor: EventFor, isEvent: (id: string) => boolean): string | null {
  const event = eventFor(series, year, true);
  return event && event !== series && isEvent(event) ? event : null;
}

const FORUM = "Coastal Migration Forum\n\nThe Coastal Migration Forum meets every two years.\n\n";
const DIALOGUE = "Andean Dialogue on Labour Mobility\n\nThe Andean Dialogue on Labour Mobility gathers the labour ministries of the Andean states every year.\n\n";

/** Pages the chair row reading must get right ([sourceId, targetId] of CHAIRED); test/unit/chairRowMeeting.test.ts runs them. */
export const CHAIR_ROW_MEETING_EXAMPLES = {
  positive: [
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
    { text: `${FORUM}Sessions\n\nYear | Venue | Chair\n2006 | Accra, Ghana | Togo\n2008 | Lima, Peru | Chile\n`, expect: ["ctry:tg", "forum:coastal-migration-forum-2006"] },
    // The page builds the sitting (a register row of that year): the chair under its date chaired that sitting.
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility-2016"] },
    // The row under the sitting's date keeps the series' chairs of other kinds: a term chair under the page's own heading.
    { text: `${DIALOGUE}Chair: Peru (2019-2021)\nSecretariat: Lima\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
  ],
  negative: [
    // The chair of one row's meeting chaired no other row's, nor the series as a whole.
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2006"] },
    { text: `${FORUM}Past meetings\n\nOrdinal | Year | City | Host | Chair\n3rd | 2006 | Accra | Ghana | Ghana\n4th | 2008 | Lima | Peru | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum"] },
    // A table of chairs by year, not of meetings: the chair holds the series over its term, even with a venue column.
    { text: `${FORUM}Past chairs\n\nYear | Chair | Venue\n2006 | Ghana | Accra\n2008 | Chile | Lima\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
    { text: `${FORUM}Chairs by year\n\nYear | Chair\n2006 | Ghana\n2008 | Chile\n`, expect: ["ctry:cl", "forum:coastal-migration-forum-2008"] },
    // One sitting's chair, under a "City, Month Year" heading, chaired no series.
    { text: `${DIALOGUE}Sessions\n\nQuito, May 2016\nHost: Ecuador. Chair: Peru.\n\nLa Paz, June 2018\nHost: Bolivia. Chair: Colombia.\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Earlier meetings\n\nLima, March 2015\n- Host: Peru\n- Chair: Chile\n\nBogota, April 2017\n- Host: Colombia\n- Chair: Ecuador\n`, expect: ["ctry:cl", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Earlier meetings\n\nNovember 2014\nChair: Ecuador\n`, expect: ["ctry:ec", "forum:andean-dialogue-on-labour-mobility"] },
    // … nor the series, nor another year's sitting, where the page builds the sittings.
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility-2018"] },
  ],
};
