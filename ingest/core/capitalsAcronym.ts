/**
 * A word written as an acronym is: capitals, digits and the joining "&" or "-", two capitals at least, ending on a
 * letter or digit, ten characters at most ("MC2CM", "BP2MI", "ECOWAS"; "eu-LISA" and "(Germany)" are none).
 */
const CAPITALS = /^[A-Z][A-Z0-9&-]{0,8}[A-Z0-9]$/;

export function isCapitalsAcronym(word: string): boolean {
  return CAPITALS.test(word) && word.replace(/[^A-Z]/g, "").length >= 2;
}
