import { MONTH } from "./months.js";
import { YEAR_FIELD, meetingLine } from "./meetingHeading.js";
import { titleDateLine } from "./titleDateLine.js";
import { placeYearLabel, sittingsNoun } from "./placeYearSitting.js";
import type { Passage, StructuredDocument } from "./types.js";

/**
 * A row of a meetings list that names one dated meeting, read as a meeting heading is (meetingHeading.ts): the row
 * "ARMD 11, Jakarta, 3-4 May 2018", or, under a bare year written as a heading or as a line of its own, the row
 * "Ministerial Conference, Tirana, 10-11 May" (that year's conference). The row's meeting is then the one the sentences
 * after it speak of ("Albania hosted the conference"). The row may end in a sentence of its own ("Senior Officials'
 * Meeting, Quito, 22 November. Ecuador hosted.").
 * Left alone: a row that is prose ("Ministers met in Rabat, 10 May"), a meeting still to come, a publication date, a
 * year that bounds a period ("2016-2018"), a row under a year heading that writes another year of its own, and a row
 * farther than the section's last bare year.
 */
export const ROW_MEETING = {
  id: "row-meeting",
  positive: [
    { title: "Tasman Labour Process", text: "Meetings\n\n2019\nMinisterial Conference, Hobart, 10-11 May\n\n2021\nSenior Officials' Meeting, Wellington, 3 March\n\nNew Zealand hosted the meeting.", expect: ["HOSTED", "ctry:nz", "forum:tasman-labour-process-2021"] },
    { title: "Tasman Labour Process", text: "2022\n\n- Ninth Senior Officials' Meeting, Canberra, 14-15 June\n\nAustralia hosted the meeting; Fiji took part.", expect: ["PARTICIPATES_IN", "ctry:fj", "forum:tasman-labour-process-2022"] },
    { title: "Tasman Labour Process (TLP)", text: "Recent meetings:\n\n- TLP 11, Suva, 3-4 May 2018\n\nFiji chaired the meeting.", expect: ["CHAIRED", "ctry:fj", "forum:tasman-labour-process-2018"] },
  ],
  negative: [
    // A year heading over a timeline of publications: no meeting.
    { title: "Tasman Labour Process", text: "2019\nAnnual report, Hobart, 10 May\n\nAustralia published the report.", expect: ["HOSTED", "ctry:au", "forum:tasman-labour-process-2019"] },
    // A meeting to come under the year.
    { title: "Tasman Labour Process", text: "2027\nNext Ministerial Conference, Hobart, 10-11 May\n\nAustralia will host the meeting.", expect: ["HOSTED", "ctry:au", "forum:tasman-labour-process-2027"] },
    // A row that is prose, not a meeting's name.
    { title: "Tasman Labour Process", text: "2019\nMinisters met informally in Hobart, 10 May\n\nAustralia took part.", expect: ["PARTICIPATES_IN", "ctry:au", "forum:tasman-labour-process-2019"] },
    // An acronym with a number that names no forum of the page.
    { title: "Tasman Labour Process", text: "Notes:\n\n- COVID 19, Hobart, 3 May 2020\n\nAustralia took part.", expect: ["PARTICIPATES_IN", "ctry:au", "forum:tasman-labour-process-2020"] },
  ],
};

/** A day and month with no year, closing the row: "10-11 May", "May 10", "3 and 4 March". */
const YEARLESS_DATE = new RegExp(String.raw`(?:\b\d{1,2}(?:\s*(?:[-–]|and|to)\s*\d{1,2})?\s+(?:${MONTH})|\b(?:${MONTH})(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?)$`, "u");
const ANY_YEAR = /\b(?:19|20)\d{2}\b/;

/** Follows the passages of a page in order and gives each row the label a meeting heading reader takes, or null. */
export class RowMeetings {
  private year: number | null = null;
  /** The title line that, with the date line under it, named the page's meeting (titleDateLine.ts). */
  private dated: Passage | null = null;
  /** The meeting noun the section heading, else the page title, lists sittings by ("The conferences, one by one"). */
  private sittings: string | null = null;
  /** Whether the row seen last was a place and a year only ("Copenhagen, 2009."): it heads the sentences after it. */
  placed = false;

  constructor(
    private readonly cities: ReadonlyMap<string, string>,
    private readonly doc?: Pick<StructuredDocument, "passages" | "title">,
  ) {}

  /** Whether the passage is the title line a date line under it made the page's meeting's heading. */
  titled(passage: Passage): boolean {
    return this.dated === passage;
  }

  /** A new section, article or chapter (relate.ts enters it with coreference's scope): the bare year its heading writes. */
  enter(sectionLabel: string | undefined): void {
    const heading = YEAR_FIELD.exec(sectionLabel?.trim() ?? "");
    this.year = heading ? Number(heading[1]) : null;
    this.sittings = sittingsNoun(sectionLabel) ?? sittingsNoun(this.doc?.title);
  }

  /** The meeting heading label the passage's row stands for, with the year of the bare year above it where it writes none. */
  see(passage: Passage): string | null {
    this.placed = false;
    // "Caribbean Symposium on Labour Migration" over "Kingston, 4-6 March 2003": the page's meeting (TITLE_DATE_LINE).
    const dated = this.doc ? titleDateLine(passage, this.doc.passages, this.doc.title) : null;
    if (dated && meetingLine(dated, this.cities)) {
      this.dated = passage;
      return dated;
    }
    const text = passage.text.trim();
    const bare = YEAR_FIELD.exec(text);
    if (bare) {
      this.year = Number(bare[1]);
      return null;
    }
    if (text.includes("\n")) return null;
    // The row's own words: the passage, or its first sentence where sentences follow it.
    const first = (passage.sentences[0]?.text ?? text).trim().replace(/^[-–•*]\s+/, "").replace(/\.$/, "");
    if (!first || first.length > 160) return null;
    // Only a line the meeting heading reader reads as one dated meeting: a sentence that names a meeting is no row.
    const label = ANY_YEAR.test(first) ? first : this.year === null ? null : YEARLESS_DATE.test(first) ? `${first} ${this.year}` : `${first}, ${this.year}`;
    if (label && meetingLine(label, this.cities)) return label;
    // "Copenhagen, 2009. Denmark hosted it." under "The conferences, one by one" (PLACE_YEAR_SITTING).
    const placed = placeYearLabel(first, this.cities, this.sittings);
    this.placed = !!placed && !!meetingLine(placed, this.cities);
    return this.placed ? placed : null;
  }
}
