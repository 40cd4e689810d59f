import { headKind } from "./headKind.js";
import type { Hit } from "./nameTrim.js";
import { isNationalOffice } from "./titleShapes.js";

/**
 * "the Federal Office for Migration and Refugees of Germany": a body whose country is written after it
 * (COUNTRY_AFTER_NAME). Its own complement must name two things or more ("for Migration and Refugees"), so "Supreme
 * Court of Justice of X", every country's, is left to the national-office readings. Returns the body's name and the
 * country's hit, or null.
 */
export function countryAfterName(text: string, hits: Hit[], start: number, end: number): { body: string; country: Hit } | null {
  const country = hits.find((h) => h.kind === "COUNTRY" && h.end === end && h.start > start && /\s+of\s+(?:the\s+)?$/.test(text.slice(start, h.start)));
  if (!country) return null;
  const body = text.slice(start, country.start).replace(/\s+of\s+(?:the\s+)?$/, "");
  // "the Centre for Migration Studies of the University of Ghana": the country is the inner body's, a word of its name.
  if (headKind(body.split(/\s+/).pop()!) === "ORGANIZATION") return null;
  const complement = /\s(?:of|for|on)\s(.+)$/.exec(body)?.[1] ?? "";
  if (complement.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length < 2 || headKind(body) !== "ORGANIZATION" || isNationalOffice(body)) return null;
  return { body, country };
}
