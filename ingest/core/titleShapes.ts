import { escapeRegExp } from "./escapeRegExp.js";
import { ORDINAL_WORDS } from "./ordinals.js";
import { NUMBER_WORDS, TENS } from "./numberWords.js";
import { COUNTED_CLASSES, FIELD_INSTRUMENTS, NATIONAL_OFFICES, ORDINAL_TITLES, PROPOSED_BODIES, ROLE_AGENCIES, STATUS_CLASSES } from "./titleShapeRules.js";

/** Shape tests on titles around their head words, each driven by a rule in titleShapeRules.ts (examples there). */

const TITLE_HEADS = new Set(ORDINAL_TITLES.words.heads);
const ORDINAL_BEFORE = new RegExp(`(?:^|[\\s(’'])((?:${ORDINAL_WORDS.join("|")})|\\d{1,2}(?:st|nd|rd|th))\\s+$`, "i");

/**
 * "the Eleventh General Programme of Work", "its 12th Five-Year Plan": the ordinal right before a series title
 * (ORDINAL_TITLES), as a capitalised word, and where it starts; null when there is none or it only says "first".
 */
export function ordinalBefore(text: string, start: number, head: string | null): { start: number; word: string } | null {
  if (!head || !TITLE_HEADS.has(head)) return null;
  const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return null;
  const written = m[1]!;
  const n = /^\d/.test(written) ? Number.parseInt(written, 10) : ORDINAL_WORDS.indexOf(written.toLowerCase()) + 1;
  // A lower-case "first"/"second" says which came earlier, not which of a numbered series it is.
  if (/^[a-z]/.test(written) && n < ORDINAL_TITLES.words.lowerFrom) return null;
  const word = ORDINAL_WORDS[n - 1];
  if (!word) return null;
  return { start: start - m[0].length + m[0].indexOf(written), word: word[0]!.toUpperCase() + word.slice(1) };
}

/**
 * "… Reduction 2015-2030", "… Action Plan (2020-2024)", "… Strategy for the period 2019-2023": a year span right after
 * a title, dashes written as a hyphen (YEAR_SPAN_TITLES).
 */
export function yearSpanAfter(text: string, end: number): string | null {
  const m = /^,?\s+(?:\(|for\s+the\s+(?:period|years)\s+)?((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)?\d{2})(?![\d–—-])/.exec(text.slice(end, end + 36));
  return m ? `${m[1]}-${m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]}` : null;
}

const { heads, topics, modifiers } = NATIONAL_OFFICES.words;
const MODS = `(?:(?:${modifiers.join("|")})\\s+)*`;
const OFFICE = new RegExp(`^${MODS}(?:(?:${heads.join("|")})\\s+(?:of|for)\\s+(?:${topics.join("|")})|(?:${topics.join("|")})\\s+(?:${heads.join("|")}))$`);

/** "Bureau of Statistics", "Central Statistics Office": a country's office named only by its field (NATIONAL_OFFICES). */
export function isNationalOffice(name: string): boolean {
  return OFFICE.test(name);
}

const INSTRUMENTS = FIELD_INSTRUMENTS.words.heads.join("|");
const INSTRUMENT = new RegExp(`^${MODS}(?:(?:${INSTRUMENTS})\\s+(?:of|for)\\s+(?:${topics.join("|")})|(?:${topics.join("|")})\\s+(?:${INSTRUMENTS}))$`);

/** "Immigration Regulation", "Regulation on Labour": an instrument every state may have, named only by its field (FIELD_INSTRUMENTS). */
export function isFieldInstrument(name: string): boolean {
  return INSTRUMENT.test(name);
}

const CUE = new RegExp(`\\b(?:${PROPOSED_BODIES.words.cues.map(escapeRegExp).join("|")})\\b`, "i");
const PROPOSED = /\b(?:[Tt]he|[Aa]n?)\s+proposed\s+$/;
const INDEFINITE = /\b[Aa]n?\s+(?:new\s+)?$/;
const AFTER = new RegExp(`^[^.;:]{0,40}?\\b(?:${PROPOSED_BODIES.words.after.map(escapeRegExp).join("|")})\\b`);

/** "recognised as an International Catholic Organisation": a status many bodies hold, no body (STATUS_CLASSES). */
const STATUS = new RegExp(`\\b(?:${STATUS_CLASSES.words.verbs.join("|")})(?:\\s+[\\w'’]+){0,6}?\\s+as\\s+an?\\s+$`, "i");
/** "two of them with a Joint Roadmap": a kind of arrangement a counted share of a group holds (STATUS_CLASSES). */
const COUNTED_HOLDERS = new RegExp(`\\b(?:${STATUS_CLASSES.words.counts.join("|")})(?:\\s+of\\s+(?:them|these|those))?\\s+with\\s+an?\\s+$`, "i");

/**
 * "called for a Permanent Forum on X", "the creation of a X", "that a X be set up", "the proposed X": a body that does
 * not exist yet (PROPOSED_BODIES). An indefinite article needs a proposal before it in its sentence or a "be created" after.
 * A status a body is given ("accredited as a Non-Governmental Organisation") names no body either, nor does a kind of
 * arrangement a counted share of a group holds ("two with a Joint Roadmap") (STATUS_CLASSES).
 */
export function isProposedBody(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (PROPOSED.test(before) || STATUS.test(before) || COUNTED_HOLDERS.test(before)) return true;
  if (!INDEFINITE.test(before)) return false;
  const clause = before.split(/[.;:!?]\s/).pop()!;
  return CUE.test(clause) || AFTER.test(text.slice(end, end + 60));
}

const SIZE = [...NUMBER_WORDS, ...TENS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|");
const COUNTED = new RegExp(`^(?:${COUNTED_CLASSES.words.heads.join("|")})(s?)\\s+of\\s+(?:(?:${SIZE})(?:-[a-z]+)?|\\d{1,3})$`);
const ANY_ONE = new RegExp(`(?:^|[^\\p{L}])(?:${COUNTED_CLASSES.words.determiners.join("|")})\\s+$`, "iu");

/**
 * "a Group of Five", "each Committee of Three", "Groups of Five": a group counted by its size after an indefinite or
 * distributive determiner, or in the plural, is a kind of group anyone may form, no body (COUNTED_CLASSES).
 */
export function isCountedClass(text: string, start: number, name: string): boolean {
  const counted = COUNTED.exec(name);
  if (counted) return !!counted[1] || ANY_ONE.test(text.slice(Math.max(0, start - 12), start));
  return PLURAL_GROUPS.test(name) && COUNT_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "Five Thematic Area Working Groups (TAWGs)", "three Technical Committees": a count before a plural group noun tells
 * how many bodies of a class there are; each has a name of its own, and the count with its plural is none of them.
 */
const PLURAL_GROUPS = new RegExp(`\\b(?:${COUNTED_CLASSES.words.heads.join("|")})s$`);
const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(?:${SIZE}|\\d{1,2})\\s+$`, "iu");

/**
 * "decided on International Human Rights Day 2002", "a panel for International Fishers Day", "to mark World Fishers
 * Day": a day named right after "on", "for", "during" or "to mark" with no article dates an act or names its occasion;
 * the observance is no actor or programme of that sentence (OBSERVANCE_DATES).
 */
const OCCASION_BEFORE = /(?:^|\s)(?:on|for|during|(?:to\s+)?mark(?:ing|ed)?)\s+$/i;
export function isObservanceDate(text: string, start: number, name: string): boolean {
  return /\bDay$/.test(name) && OCCASION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** "UNHCR as Cluster Lead Agency", "FAO as the Implementing Agency": the role a body holds, no body (ROLE_AGENCIES). */
const ROLE_AGENCY = new RegExp(`\\b(?:${ROLE_AGENCIES.words.roles.join("|")})\\s+Agenc(?:y|ies)$`);
const AS_BEFORE = /(?:^|\s)as\s+(?:the\s+)?$/;
export function isRoleAgency(text: string, start: number, name: string): boolean {
  return ROLE_AGENCY.test(name) && AS_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
