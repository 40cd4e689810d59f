import { isContentRow } from "./contentRows.js";

/**
 * A one-line block that titles what follows: short, capitalised, no closing punctuation, and no content row (contentRows.ts).
 * A name written in mixed case from a small letter ("eu-LISA", "eHealth Network") opens a heading as a capital does.
 */
const OPENS_HEADING = /^(?:[A-Z0-9“"]|\p{Ll}[\p{Ll}-]{0,3}\p{Lu})/u;

export function looksLikeHeading(text: string): boolean {
  return text.length <= 90 && OPENS_HEADING.test(text) && !/[.,;:]$/.test(text) && text.split(" ").length <= 14 && !isContentRow(text);
}
