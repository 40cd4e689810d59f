import type { M } from "./mentionLists.js";

// What a name in a list of names may carry in brackets: its acronym, or the year or date of its entry ("Chad (1999)").
const NAME_REMARK = String.raw`(?:\((?:[A-Z][A-Za-z0-9.-]{1,12}|(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d{2})\)\s*)?`;
// What may stand between the names of a sentence that only lists them: a comma or semicolon, "and", a bracketed remark.
const NAME_GAP = new RegExp(String.raw`^\s*${NAME_REMARK}(?:[,;]\s*(?:and\s+|as well as\s+)?|(?:and|&|as well as|together with|along with)\s+)(?:the\s+)?$`, "i");
const NAMES_END = new RegExp(String.raw`^\s*${NAME_REMARK}[.;]?\s*$`);

/**
 * A sentence made of names alone, three or more, parted by commas or "and" and closed by a full stop ("Benin,
 * Ghana, …, Togo."): a row of names, though printed as the opening sentence of a paragraph the prose goes on in.
 * A name may carry its acronym or the year it joined in brackets ("Chad (1999), Peru (2014)."). "Nepal and India were
 * praised." has a verb after its names; it is prose.
 */
export function namesOnlySentence(text: string, ms: readonly M[]): boolean {
  const own = ms.filter((m) => m.via !== "coref").sort((a, b) => a.start - b.start);
  if (own.length < 3) return false;
  if (!/^\W*(?:the\s+)?$/i.test(text.slice(0, own[0]!.start))) return false;
  for (let i = 1; i < own.length; i++) if (!NAME_GAP.test(text.slice(own[i - 1]!.end, own[i]!.start))) return false;
  return NAMES_END.test(text.slice(own[own.length - 1]!.end));
}
