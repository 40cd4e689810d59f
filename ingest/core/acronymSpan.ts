import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import { wordInitials } from "./nameTrim.js";

/** The reading of ACRONYM_SPAN (acronymSpanRule.ts): how far a name before a bracketed acronym reaches. */

/** "… System for third-country nationals (ABC-TCN)": a lower-case tail after "for", "of" or "on", then an acronym with a hyphened last part. */
export const LOWER_TAIL_ACRONYM = /\s(?:for|of|on)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$/;

/** Words that open a post rather than a body: "Director of …", "Special Envoy of …". */
const OFFICE_LEAD = /^(?:Secretary|Director|President|Chair|Chairperson|Head|Minister|Commissioner|Special|Deputy|Executive|Vice|Chief|Representative|Envoy|Rapporteur|Coordinator|Members?)\b/;

/** The initials of a phrase's words, however written ("third-country nationals" gives TCN). */
const initials = (words: string) => wordInitials(words.split(/[\s-]+/).filter(Boolean));
/** The acronym's two parts around its last hyphen ("ECRIS-TCN"), or null. */
const parts = (acronym: string) => /^([A-Z][A-Za-z0-9&]{1,10})-([A-Z]{1,4})$/.exec(acronym);

/** Whether the name closes on a lower-case qualifier whose word initials the acronym's last part spells. */
export function lowerTailSpelled(name: string, acronym: string): boolean {
  const p = parts(acronym);
  const tail = LOWER_TAIL_ACRONYM.exec(name);
  return !!p && !!tail && initials(tail[1]!) === p[2] && p[2]!.length >= 2;
}

/** Whether the name closes on "in/of Place" whose initials the acronym's last part spells, the name being a body's. */
export function placeSuffixSpelled(name: string, acronym: string): boolean {
  const p = parts(acronym);
  const place = /\s(?:in|of)\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(name);
  if (!p || !place || initials(place[1]!) !== p[2]) return false;
  const kind = headKind(name);
  return kind === "ORGANIZATION" || kind === "FORUM" || kind === "INITIATIVE";
}

/**
 * The kind of "Echo of Lakeside Returnees Union" when its acronym (ELRU) needs the words before "of": they give no head
 * of their own, the rest after "of" gives the kind. Null when the rest alone could open the acronym.
 */
export function leadOfKind(name: string, acronym: string): EntityKind | null {
  const m = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(name);
  // "Secretary-General of the General Secretariat … (SG-SICA)": an office of the body is a person's post, not a body.
  if (!m || /-/.test(acronym) || OFFICE_LEAD.test(m[1]!) || m[1]![0] !== acronym[0] || m[2]![0] === acronym[0]) return null;
  const kind = headKind(m[2]!);
  return kind && kind !== "COUNTRY" ? kind : null;
}

/**
 * "the Tinland Regional Refugee Response Plan (RRP)": the acronym spells the title without the country that opens it,
 * yet two countries' plans with the same words are two plans. A country written as the first words of a programme's
 * title (an initiative head) belongs to it. So does a country or its demonym opening a national body's name ("the
 * Mexican Agency for Coastal Cooperation (ACC)"): two states' agencies of the same words are two agencies, and the
 * state's words keep their ids apart whichever pages are read together.
 */
export function countryOpensTitle(skipped: string, name: string, isCountry: (words: string) => boolean, isDemonym: (word: string) => boolean = () => false): boolean {
  if (!/^\p{Lu}/u.test(skipped)) return false;
  const kind = headKind(name);
  return (kind === "INITIATIVE" || kind === "ORGANIZATION") && (isCountry(skipped) || isDemonym(skipped));
}
