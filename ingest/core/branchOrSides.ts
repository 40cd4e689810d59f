import { analyse } from "./analysis.js";

/**
 * HYPHENED_SIDES: "existing EU-Africa co-operation on migration", "EU-Asia relations". A body's acronym joined by a
 * hyphen to a world region, written before a common noun, modifies that noun: the two sides of a relation, as in
 * "the AU-EU Summit", not the body's regional branch ("ITUC-Africa" as a noun: "work with ITUC-Africa on …"). Read by
 * wink-nlp: the word right after the region is tagged a noun. A space ("ICMC Europe staff") keeps the branch reading.
 */
export const HYPHENED_SIDES = {
  examples: {
    positive: [
      // A branch used as a noun stays the branch.
      { text: "Dockworkers in Ghana work with ITUC-Africa on port safety.", name: "ITUC-Africa" },
    ],
    negative: [
      { text: "The ministers said the plan should build on existing EU-Africa co-operation on fisheries.", name: "EU-Africa" },
      { text: "EU-Asia relations on labour mobility grew closer in 2019.", name: "EU-Asia" },
    ],
  },
};

/** Whether the hyphen-joined branch `text[start, end)` stands before a common noun it modifies. */
export function sidesBeforeNoun(text: string, start: number, end: number): boolean {
  if (!/[-–]/.test(text.slice(start, end)) || !/^\s+[a-z]/.test(text.slice(end, end + 3))) return false;
  const stop = text.slice(end).search(/[.;:,!?]|$/);
  const window = analyse(text, start, Math.min(text.length, end + Math.max(0, Math.min(stop, 60))));
  const next = window.tokens.find((t) => t.start >= end);
  return next?.pos === "NOUN";
}
