import { meetingLine } from "./meetingHeading.js";

/** The one dated sitting a section heading names, read as recognise.ts hands it to the meeting readers (RecentForums.sectionMeeting). */
export interface HeadingSitting {
  year: number;
  ordinal?: number;
  noun: string;
}

/**
 * A section heading naming one dated sitting and no series of its own: a sitting of the page's series
 * (meetingHeading.ts). A heading that names its own series, or no dated sitting, gives none.
 */
export function headingSitting(label: string | null, cities: ReadonlyMap<string, string>): HeadingSitting | undefined {
  const line = label ? meetingLine(label, cities) : null;
  return line && line.seriesText === null ? { year: line.year, noun: line.noun, ...(line.occasion.ordinal ? { ordinal: line.occasion.ordinal } : {}) } : undefined;
}
