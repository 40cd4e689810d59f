import { headKind, headWord } from "./headKind.js";
import { isGeneric } from "./nameTrim.js";
import { appositiveNameKind } from "./kindRules.js";
import { PLACE_QUALIFIERS } from "./placeQualifierRules.js";
import { REGION_MODIFIERS, REGION_SCOPE } from "./regionScope.js";
import { isTreatyShortTitle, TREATY_YEAR } from "./treatyYearTitles.js";
import { YEAR_FOR_HEADS } from "./titleShapeRules.js";

const REGION_WORDS = new Set([...REGION_SCOPE.words, ...REGION_MODIFIERS, ...PLACE_QUALIFIERS.words]);
const BRACKET = /^\s\(((?:the\s+)?[A-Z][\p{L}-]*(?:\s+(?:of|and|the|[A-Z][\p{L}-]*)){0,4})\)/u;
const CLASS_AFTER = /^,?\s+(?:programme|program|project|initiative)\b/;

/**
 * What follows a name and still belongs to it: the second acronym of a pair ("HIV/AIDS", WHOLE_AT_SLASH_AND_COMMA),
 * the number after "No." or "Article" ("General Recommendation No. 26"), a programme's place in brackets
 * ("Safer Harbours (Horn of Africa)", PLACE_QUALIFIERS), the year a plan is for ("… Response Plan for 2013"), the year
 * after a treaty's short title ("the Harbour Convention of 1983", TREATY_YEAR_TITLES). Empty
 * when nothing does.
 */
export function nameTail(text: string, local: string, end: number, taken: (s: number, e: number) => boolean, isPlace: (w: string) => boolean): string {
  const after = text.slice(end, end + 60);
  const pair = /[A-Z]{2,}$/.test(local) ? /^\/[A-Z][A-Z0-9]+\b/.exec(after) : null;
  if (pair && !taken(end, end + pair[0].length)) return pair[0];
  const number = /\b(?:No|Article|Articles|Chapter|Section)$/.test(local) ? /^\.?\s?\d+/.exec(after) : null;
  if (number) return number[0];
  // "the Kenya Emergency Humanitarian Response Plan for 2013": the year a plan is for is part of its title; a network's
  // is not (YEAR_FOR_TITLES).
  const year = headKind(local) === "INITIATIVE" && YEAR_FOR_HEADS.has(headWord(local) ?? "") && !isGeneric(local) ? /^\s+for\s+(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?(?![\d\w])/.exec(after) : null;
  if (year) return year[0];
  // "the Harbour Convention of 1983": a treaty's short title with its year names one treaty (TREATY_YEAR_TITLES).
  const treatyYear = isTreatyShortTitle(local) ? TREATY_YEAR.exec(after) : null;
  if (treatyYear) return treatyYear[0];
  const place = BRACKET.exec(after);
  if (!place || taken(end, end + place[0].length)) return "";
  const words = place[1]!.replace(/^the\s+/, "").split(/\s+/);
  if (!words.some((w) => REGION_WORDS.has(w)) && !isPlace(words.join(" "))) return "";
  const rest = text.slice(end + place[0].length, end + place[0].length + 80);
  const programme = headKind(local) === "INITIATIVE" || CLASS_AFTER.test(rest) || appositiveNameKind(rest) === "INITIATIVE";
  return programme ? place[0] : "";
}
