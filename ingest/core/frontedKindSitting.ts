import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { yearFronted } from "./meetingYearOf.js";
import { sentenceAround } from "./sentenceAround.js";

/**
 * FRONTED_KIND_SITTING: "In May 2014 … a MIDWA conference in Accra, which Ghana hosted": a kind of meeting right after a
 * series' name, in a sentence that opens on its one year, is that year's sitting of the series. The phrase must end its
 * noun phrase ("the X meeting calendar" is no meeting), and a sentence that speaks of a sitting to come or called off
 * reports none.
 */
export function frontedKindYear(text: string, start: number, end: number): number {
  if (!KIND_PHRASE_ENDS.test(text.slice(end, end + 20))) return 0;
  const { from, to } = sentenceAround(text, start, end);
  if (HELD_MEETING_WORDS.notHeld.test(text.slice(from, to))) return 0;
  return yearFronted(text, start) ?? 0;
}
const KIND_PHRASE_ENDS = /^\s*(?:[,.;:)]|$|(?:in|at|held|took|was|were|met|which|that|hosted|opened|closed|ended|adopted|agreed|brought|gathered|convened|and)\b)/;
