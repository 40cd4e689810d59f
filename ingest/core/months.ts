/** Month names as a regular-expression alternation, for patterns that read dates. */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";

/** One month name, as a non-capturing group. */
export const MONTH = `(?:${MONTH_NAMES})`;
/** "5 November 1997", "May 2016", "2012": a year, maybe after its month and day. */
export const DAY_MONTH_YEAR = String.raw`(?:\d{1,2}\s+)?(?:${MONTH}\s+)?(?:19|20)\d\d`;

const MONTH_LIST = MONTH_NAMES.split("|").map((m) => m.toLowerCase());

/** An ISO date from a written day (optional), month name and year: "2017-11-13", or "2017-11" without a day. */
export function isoDate(day: string | undefined, month: string, year: string): string {
  const mm = String(MONTH_LIST.indexOf(month.toLowerCase()) + 1).padStart(2, "0");
  return `${year}-${mm}${day ? `-${day.padStart(2, "0")}` : ""}`;
}

/**
 * A date field: "4-6 March 2003", "3 and 4 May 2019", "March 4, 2003", "May 2019". Groups: 1 the day before the
 * month, 2 the month, 3 the day after it, 4 the year. Meeting headings read it as a field of their own
 * (meetingHeading.ts); a date line under a title reads it after a place (PLACE_DATE_LINE).
 */
export const DATE = String.raw`(?:(\d{1,2})(?:\s*(?:[-–]|and|to)\s*\d{1,2})?\s+)?(${MONTH})(?:\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?)?\s+((?:19|20)\d{2})`;
/** A whole field that is a date (DATE's groups). */
export const DATE_FIELD = new RegExp(`^${DATE}$`, "u");
/** "Kingston, 4-6 March 2003": a place of up to four capitalised words, a comma, and a date field (DATE's groups, one on). */
export const PLACE_DATE_LINE = new RegExp(String.raw`^([A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,3}),\s+${DATE}$`, "u");

/** A line that is a place and a day, nothing else: "Kingston, 4-6 March 2003", "Geneva, May 12, 2019" (a month alone is no day). */
export function isPlaceDayLine(line: string): boolean {
  const m = PLACE_DATE_LINE.exec(line);
  return !!m && !!(m[2] ?? m[4]);
}
