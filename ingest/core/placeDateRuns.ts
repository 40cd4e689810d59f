import { PLACE_DATE_LINE } from "./months.js";
import type { StructuredDocument } from "./types.js";

/**
 * Section headings that are a place and a date and nothing else ("Bangkok, March 2017"), where one document heads two
 * or more sections so: a chronology of sittings, each heading the sitting of the series in scope held there then
 * (PLACE_DATE_SITTINGS, meetingHeading.ts). A lone place-and-date line dates a report or a news item, not a sitting.
 */
export function placeDateRuns(docs: readonly StructuredDocument[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    const labels = new Set(doc.passages.map((p) => p.section?.split(" › ").pop()?.trim() ?? "").filter((l) => PLACE_DATE_LINE.test(l)));
    if (labels.size >= 2) for (const l of labels) out.add(l);
  }
  return out;
}
