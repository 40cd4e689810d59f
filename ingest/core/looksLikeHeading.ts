import { isContentRow } from "./contentRows.js";

/** A one-line block that titles what follows: short, capitalised, no closing punctuation, and no content row (contentRows.ts). */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 90 && /^[A-Z0-9“"]/.test(text) && !/[.,;:]$/.test(text) && text.split(" ").length <= 14 && !isContentRow(text);
}
