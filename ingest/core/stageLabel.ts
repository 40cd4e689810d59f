import type { NameRule } from "./NameRule.js";

/** The division words a page numbers its stages and parts by. */
const DIVISIONS = "Phase Stage Part Step Round Track Pillar Component Tier Window Module Section Chapter Annex Appendix Session Day Week Volume Box Table Figure".split(" ");
const NUMBER_WORDS = "One Two Three Four Five Six Seven Eight Nine Ten";
/** "Phase II", "Stage 1", "Part B", "Round Two": a division word and its number or letter, and nothing else. */
const STAGE_LABEL = new RegExp(`^(?:${DIVISIONS.join("|")})\\s+(?:\\d{1,3}[a-z]?|[IVXLC]{1,6}|[A-Z]|${NUMBER_WORDS.split(" ").join("|")})$`);

/** Whether a name is a stage label alone (STAGE_LABELS). */
export const isStageLabel = (name: string): boolean => STAGE_LABEL.test(name.trim());

/**
 * STAGE_LABELS: a stage or part label alone ("Phase II", "Stage 1", "Part B") says which division of something the
 * text is at, not what it is: every process has a Phase II, so read as a name it would make one global node for all
 * of them. It names something only with its owner in the name ("the Coastal Fisheries Programme Phase II",
 * programmePhases.ts), never alone, whatever class noun the sentence gives it ("Phase II was a single meeting").
 */
export const STAGE_LABELS: NameRule = {
  id: "stage-labels",
  what: "A division word and its number or letter alone ('Phase II', 'Stage 1', 'Part B', 'Round Two') is no name, whatever class noun a sentence gives it ('Phase II was a single meeting', 'Stage 1 was a pilot project'); with its owner's name ('Coastal Fisheries Programme Phase II') it is the owner's phase.",
  words: DIVISIONS,
  positive: [
    { text: "The Coastal Fisheries Programme started in 2010. Norway later funded the Coastal Fisheries Programme Phase II in Ghana.", name: "Coastal Fisheries Programme Phase II", kind: "INITIATIVE" },
    { text: "Harbour Voices Together was a small grant scheme for crews' unions.", name: "Harbour Voices Together", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Preparatory process\n\nPhase II was a single meeting. The stocktaking meeting in Suva ran for three days.", name: "Phase II" },
    { text: "Stage 1 was a pilot project in two ports of Ghana.", name: "Stage 1" },
    { text: "Part B is a regional network of port clinics.", name: "Part B" },
    { text: "Round Two was a meeting of the reef ministers in Apia.", name: "Round Two" },
  ],
};
