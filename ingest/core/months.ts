/** Month names as a regular-expression alternation, for patterns that read dates. */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";

/** One month name, as a non-capturing group. */
export const MONTH = `(?:${MONTH_NAMES})`;

const MONTH_LIST = MONTH_NAMES.split("|").map((m) => m.toLowerCase());

/** An ISO date from a written day (optional), month name and year: "2017-11-13", or "2017-11" without a day. */
export function isoDate(day: string | undefined, month: string, year: string): string {
  const mm = String(MONTH_LIST.indexOf(month.toLowerCase()) + 1).padStart(2, "0");
  return `${year}-${mm}${day ? `-${day.padStart(2, "0")}` : ""}`;
}
