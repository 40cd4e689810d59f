import { ORDINAL } from "./ordinals.js";

/**
 * SITTING_NAME: a numbered sitting is named "<phrase> of the <series>" ("second Ministerial Conference of the Coral Sea
 * Process"), except where the series' own name already opens on the phrase's meeting words, as a one-off meeting's name
 * does once it has met again ("second Special Meeting" of the "Special Meeting on Reef Fishing"): the sitting is then the
 * series' name with the phrase's ordinal before it ("second Special Meeting on Reef Fishing"), not the head said twice.
 */
export const SITTING_NAME = {
  id: "sitting-name",
  positive: [
    { phrase: "second Special Meeting", series: "Special Meeting on Reef Fishing", name: "second Special Meeting on Reef Fishing" },
    { phrase: "the 3rd Regional Conference", series: "Regional Conference on Boat Crews", name: "the 3rd Regional Conference on Boat Crews" },
    { phrase: "Second Expert Meeting", series: "Expert Meeting", name: "Second Expert Meeting" },
  ],
  negative: [
    // The series' name does not open on the phrase's words: the sitting is "of" the series.
    { phrase: "second Ministerial Conference", series: "Coral Sea Process", name: "second Ministerial Conference of the Coral Sea Process" },
    // No ordinal: an adjective is no count of sittings.
    { phrase: "Regional Conference", series: "Conference on Boat Crews", name: "Regional Conference of the Conference on Boat Crews" },
    { phrase: "fifth meeting", series: "Meeting of Reef Ministers", name: "fifth meeting of the Meeting of Reef Ministers" },
    // Only the whole of the phrase's meeting words counts, not a shared first word.
    { phrase: "second Special Session", series: "Special Meeting on Reef Fishing", name: "second Special Session of the Special Meeting on Reef Fishing" },
  ],
};

/** The phrase's article and ordinal (or year), before its capitalised meeting words. */
const LEAD = new RegExp(`^((?:the\\s+|its\\s+)?${ORDINAL}\\s+)(?=[A-Z])`, "i");

/** The name of the sitting `phrase` names in the series called `series` (SITTING_NAME). */
export function sittingName(phrase: string, series: string): string {
  const lead = LEAD.exec(phrase);
  const words = lead ? phrase.slice(lead[1]!.length) : "";
  if (words && (series === words || series.startsWith(`${words} `))) return `${lead![1]}${series}`;
  return `${phrase} of the ${series}`;
}
