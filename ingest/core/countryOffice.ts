import { entityId } from "../../src/ontology/ids.js";
import { analyse } from "./analysis.js";
import { escapeRegExp } from "./escapeRegExp.js";
import type { Hit } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";
import type { Mention } from "./types.js";

/**
 * What may follow "<ACRONYM> <Country>" for the two words to be read as the office's name (COUNTRY_OFFICES): the
 * name must end there. A capitalised word goes on into a longer name or title ("UNHCR Jordan Fact Sheet"), a hyphen
 * into a compound ("IOM Senegal-based"), a possessive may be the state's ("UNHCR Jordan's refugees"), and "and" or a
 * comma before a capitalised word is a list whose members the acronym may share ("IOM Senegal and Mali"). In each the
 * mention stays the body's, as before.
 */
const NOT_NAME_END = /^(?:\s+[A-Z0-9]|[-–]|['’]s?\b|\s*,\s*[A-Z]|\s+(?:and|or|&)\s+[A-Z])/;

/**
 * "IOM Senegal has run the campaign", "with support from IOM Nigeria": a body's acronym and a country's name written
 * together as a name (COUNTRY_OFFICES) are the body's office in that country, an ORGANIZATION whose parent is the body
 * (subunits.ts then states PART_OF from the name). `body` is the body's mention, `country` the country's hit right
 * after it. Returns false, and changes nothing, where the two words are not a name of their own: a lowercase noun
 * after them makes them a compound modifier ("the EU Turkey statement", "IOM Nigeria news release"), and the caller
 * folds the country into the body's mention.
 */
export function countryOffice(scan: PassageScan, body: Mention, country: Pick<Hit, "start" | "end">): boolean {
  const { text } = scan;
  if (!officeNameEnds(scan, body, country.end)) return false;
  const local = text.slice(country.start, country.end);
  const key = entityId("ORGANIZATION", `${body.key.replace(/^[a-z]+:/, "")} ${local}`);
  if (scan.doc.catalog.byId.has(key)) return false;
  const parentId = body.key;
  const span = scan.taken.find(([a, b]) => a === body.localStart && b === body.localEnd);
  if (!span) return false;
  body.localEnd = span[1] = country.end;
  body.surface = text.slice(body.localStart, body.localEnd);
  body.key = key;
  body.method = "name-pattern";
  body.confidence = 0.8;
  scan.discover({ key, kind: "ORGANIZATION", name: body.surface, acronym: null, parentId, owner: { id: parentId, local } });
  scan.doc.parents.push({ mention: body, parentId, method: "subunit-prefix", confidence: 0.8 });
  return true;
}

/** Whether the body's name and a country's ending at `end` are written as a name that ends there (NOT_NAME_END). */
function officeNameEnds(scan: PassageScan, body: Mention, end: number): boolean {
  const after = scan.text.slice(end, end + 40);
  if (body.kind !== "ORGANIZATION") return false;
  const owner = scan.text.slice(body.localStart, body.localEnd).split(" ")[0]!;
  // "The Institute of Strategic and International Studies (ISIS) Malaysia": where the page defines the acronym with the
  // country after it, the country is a word of the body's own name, and "ISIS Malaysia" is the body, no office of it.
  const country = scan.text.slice(body.localEnd + 1, end);
  if (scan.doc.pageText && (bracketsFollowedBy(scan.doc.pageText).get(owner) ?? []).some((next) => opensWith(next, country))) return false;
  // "IOM Senegal and IOM Mali": a list of the one body's offices, each named in full, is no list the acronym is shared by.
  if (new RegExp(`^\\s*(?:,|,?\\s+(?:and|or|&))\\s+${escapeRegExp(owner)} `).test(after)) return true;
  if (NOT_NAME_END.test(after)) return false;
  return !(/^\s+[a-z]/.test(after) && nounFollows(scan.text, body.localStart, end));
}

/** What follows each bracket on a page ("(ISIS) Malaysia …"), by the bracket's words: read in one scan a page. */
const BRACKETS = new WeakMap<() => string, Map<string, string[]>>();
/** A bracket, then (looked at, not taken, so a bracket right after it is read too) the words after the space that follows it. */
const BRACKET_THEN = /\(([^()]{1,30})\)(?=\s+([^\s][^\n]{0,79}))/g;

function bracketsFollowedBy(pageText: () => string): Map<string, string[]> {
  let found = BRACKETS.get(pageText);
  if (found) return found;
  found = new Map();
  for (const m of pageText().matchAll(BRACKET_THEN)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), m[2]!]);
  BRACKETS.set(pageText, found);
  return found;
}

/** Whether `text` opens with `words` as whole words (a word boundary after them, as \b reads one). */
function opensWith(text: string, words: string): boolean {
  if (!text.startsWith(words)) return false;
  const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
  return isWord(words[words.length - 1]) !== isWord(text[words.length]);
}

/**
 * "The Jesuit Refugee Service (JRS) … JRS USA": a page-defined acronym is read after the catalog's countries, so the
 * country's mention right after it is given up for the office's name (countryOffice), where the two make one.
 */
export function definedAcronymOffice(scan: PassageScan, body: Mention): void {
  const { text } = scan;
  if (text[body.localEnd] !== " ") return;
  const country = scan.mentions.find((m) => m.kind === "COUNTRY" && m.method === "catalog" && m.localStart === body.localEnd + 1);
  if (!country || !officeNameEnds(scan, body, country.localEnd)) return;
  const key = entityId("ORGANIZATION", `${body.key.replace(/^[a-z]+:/, "")} ${country.surface}`);
  if (scan.doc.catalog.byId.has(key)) return;
  scan.mentions.splice(scan.mentions.indexOf(country), 1);
  const at = scan.taken.findIndex(([a, b]) => a === country.localStart && b === country.localEnd);
  if (at >= 0) scan.taken.splice(at, 1);
  const hit = scan.hits.findIndex((h) => h.start === country.localStart && h.end === country.localEnd);
  if (hit >= 0) scan.hits.splice(hit, 1);
  countryOffice(scan, body, { start: country.localStart, end: country.localEnd });
}

/** Whether the word after `text[start, end)` is a noun the two words modify, read by wink-nlp up to the clause's end. */
function nounFollows(text: string, start: number, end: number): boolean {
  const stop = text.slice(end).search(/[.;:,!?]|$/);
  const window = analyse(text, start, Math.min(text.length, end + Math.max(0, Math.min(stop, 60))));
  const next = window.tokens.find((t) => t.start >= end);
  return next?.pos === "NOUN";
}
