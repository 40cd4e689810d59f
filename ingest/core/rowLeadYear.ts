import { MONTH } from "./months.js";

/**
 * ROW_LEAD_YEAR: the year a timeline entry opens on, as its own label ("2016 (January) – The second meeting is held in
 * Bangkok", "December 2008: second meeting, Geneva", "2021 – The tenth meeting convenes virtually"). The label dates what
 * the entry narrates, as a year heading dates the passages under it. A range ("2018–2019 –"), a year that runs on into
 * the sentence ("2030 Agenda …", "2016 saw …") or a year later in the line labels nothing.
 */
export const ROW_LEAD_YEAR = {
  id: "row-lead-year",
  what: "A passage opening on a year (after an optional bullet and month, before an optional bracketed month) and a dash, colon or bar, or on an entry number and a full day and a full stop, colon or dash, is an entry of a timeline labelled with that year.",
  pattern: new RegExp(
    String.raw`^(?:[-*•]\s+)?(?:${MONTH}\s+)?((?:19|20)\d{2})(?:\s*\((?:early\s+|mid-?\s*|late\s+)?${MONTH}(?:\s*[-–]\s*${MONTH})?\))?(?:\s+[-–—]\s+|\s*[|:]\s*)(?!(?:19|20)\d{2}\b)\S`,
  ),
  /** A numbered entry opening on its full day ("IV. 17 December 2010. The fourth meeting …", "3. 5-6 May 2014: …"). */
  dayPattern: new RegExp(
    String.raw`^(?:[-*•]\s+)?(?:[IVXLC]{1,7}\.\s+|\d{1,3}\.\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+${MONTH}\s+((?:19|20)\d{2})(?:\s*[.:]\s+|\s+[-–—]\s+)(?=[A-Z])`,
  ),
  positive: ["2016 (January) – The second Dialogue meeting is held in Bangkok.", "- December 2008: second meeting, Palais des Nations, Geneva", "2021 – The tenth meeting convenes virtually on 6 May.", "2015 | Milan", "IV. 17 December 2010. The fourth meeting, on irregular migration, was chaired by Belgium.", "3. 5-6 May 2014: The third meeting met in Rabat."],
  negative: ["2018–2019 – The Secretariat carries out a risk assessment.", "2030 Agenda for Sustainable Development", "In 2016 the second meeting is held in Bangkok.", "2016 saw the second meeting held in Bangkok.", "17 December 2010 was the day the fourth meeting closed.", "On 17 December 2010. The fourth meeting closed."],
};

/** The year a passage's own opening label gives, or null. */
export function rowLeadYear(text: string): number | null {
  const m = ROW_LEAD_YEAR.pattern.exec(text) ?? ROW_LEAD_YEAR.dayPattern.exec(text);
  return m ? Number(m[1]) : null;
}
