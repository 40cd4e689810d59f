import { MONTH_NAMES } from "./months.js";

/**
 * A meeting a news item says met "in January", with no year, is of the year the item's dateline gives, or of the year
 * before when that month comes after the dateline's (DATELINE_MONTH): under "NEW YORK, 2 March 2020 - …", "the second
 * International Forum on X, which met in Cairo in January" met in January 2020; under "LIMA, 3 February 2021 - …", "the
 * third Y Conference, held in Quito in November" met in November 2020. The verb must say it took place (met, was held,
 * took place, convened); a month with its own year, or one the meeting is still to meet in, is left to other readers.
 * pageDateline.ts keeps the lead's dateline (year and month) for the page.
 */
export const DATELINE_MONTH = {
  id: "dateline-month",
  positive: [
    { text: "LIMA, 2 March 2020 - Ministers launched a new network today. It will share statistics on labour migration between the ministries of the region, train officials who collect them and publish a yearly report. Its first meeting of experts is set for the spring, and its secretariat will sit in the ministry of labour of the host state for the first two years, after which members will decide where it goes next.\n\nThe second Andean Forum on Labour Statistics, which met in Quito in January, had called for it.", title: "Page", event: "Andean Forum on Labour Statistics 2020" },
    { text: "LIMA, 3 February 2021 - Ministers launched a new network today. It will share statistics on labour migration between the ministries of the region, train officials who collect them and publish a yearly report. Its first meeting of experts is set for the spring, and its secretariat will sit in the ministry of labour of the host state for the first two years, after which members will decide where it goes next.\n\nThe third Andean Forum on Labour Statistics, held in Quito in November, had called for it.", title: "Page", event: "Andean Forum on Labour Statistics 2020" },
  ],
  negative: [
    // Still to meet.
    { text: "LIMA, 2 March 2020 - Ministers launched a new network today. It will share statistics on labour migration between the ministries of the region, train officials who collect them and publish a yearly report. Its first meeting of experts is set for the spring, and its secretariat will sit in the ministry of labour of the host state for the first two years, after which members will decide where it goes next.\n\nThe second Andean Forum on Labour Statistics, which meets in Quito in June, will discuss it.", title: "Page", event: "Andean Forum on Labour Statistics 2020" },
    // No dateline: the month alone dates nothing.
    { text: "Ministers launched a new network today. It will share statistics on labour migration between the ministries of the region, train officials who collect them and publish a yearly report. Its first meeting of experts is set for the spring, and its secretariat will sit in the ministry of labour of the host state for the first two years, after which members will decide where it goes next.\n\nThe second Andean Forum on Labour Statistics, which met in Quito in January, had called for it.", title: "Page", event: "Andean Forum on Labour Statistics 2020" },
  ],
};

const MONTHS = MONTH_NAMES.split("|");
/** "…, which met in Cairo in January", "… held in Quito in November": a past verb of meeting and a month with no year. */
const MET_IN_MONTH = new RegExp(String.raw`^[\s,]*(?:(?:which|that)\s+)?(?:met|(?:was|were)\s+held|held|took\s+place|convened)\b[^.;:]{0,40}?\bin\s+(${MONTH_NAMES})\b(?!,?\s+(?:19|20)\d{2})`, "u");

/** The dateline's month (1-12) and year, from a lead line "PLACE, 2 March 2020 - …" whose year is already known. */
export function datelineMonth(line: string, year: number): number | undefined {
  const m = new RegExp(String.raw`,\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(${MONTH_NAMES})\s+${year}\b`).exec(line.slice(0, 120));
  return m ? MONTHS.indexOf(m[1]!) + 1 : undefined;
}

/** The year of a meeting whose clause after its phrase (ending at `end`) says it met in a month of the dateline's year or the one before. */
export function datelineMonthYear(text: string, end: number, dateline: { year: number; month?: number } | undefined): number | null {
  if (!dateline?.month) return null;
  const m = MET_IN_MONTH.exec(text.slice(end, end + 110));
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!) + 1;
  return month <= dateline.month ? dateline.year : dateline.year - 1;
}
