import { ORDINAL_WORDS } from "./ordinals.js";

/** Numbered definite descriptions ("the seventh Conference", "the second phase") and the numbers meeting and phase names carry (coreference.ts). */

/** An ordinal or a "next"/"last" before a description's head: "the seventh Conference", "the next Forum". */
export const NUMBERED = /^\S+\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|previous|last|\d{1,2}(?:st|nd|rd|th))\s/i;

/** A phase's name as programmePhases.ts writes it: "<programme> Phase III". */
export const PHASE_NAME = /\bPhase\s+([IVX]+)$/;
export const PHASE_NUMBERS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
/** The number an ordinal in a description states ("the seventh meeting" → 7), or null. */
export function ordinalOf(phrase: string): number | null {
  const w = /^\S+\s+(\w+)\s/.exec(phrase)?.[1]?.toLowerCase() ?? "";
  const k = ORDINAL_WORDS.indexOf(w);
  return k >= 0 ? k + 1 : /^\d{1,2}(?:st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : null;
}
/** Does a meeting's name carry this number, as a word or a figure ("Sixth Ministerial Consultation", "5th Meeting")? */
export function namesNumber(name: string, n: number): boolean {
  const word = ORDINAL_WORDS[n - 1];
  return new RegExp(`\\b(?:${word ?? "-"}|${n}(?:st|nd|rd|th))\\b`, "i").test(name);
}
export const NUMBERED_NAME = /^(?:[IVXL]{1,6}|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s/i;
