import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";

/**
 * Readers for structure rather than verbs:
 *  - a heading with its list: "Members:", "Former chairs:", "Past Chairs:", "Donors:" then rows
 *    (one list item or short line each, possibly with a year: "2008 – Philippines", "Greece (2009)");
 *  - the same heading inline: "Members: Morocco, Senegal and Spain.";
 *  - year-by-year lists in one sentence: "… hosted in Belgium in 2007, the Philippines in 2008 …".
 * HEADING_LISTS is data: the heading words, the relation they state, the kinds a row may hold.
 */
export interface HeadingList {
  heading: RegExp;
  type: RelationType;
  rows: EntityKind[];
  /** Kinds the list's topic may have (the thing the page or heading is about). */
  topics: EntityKind[];
  confidence: number;
}

export const HEADING_LISTS: HeadingList[] = [
  { heading: /\b(?:members?|member states|participating (?:states|countries)|membership|member countries|member organi[sz]ations|partner (?:countries|states))(?:\s+(?:of|to|in|for)\b.*)?$/i, type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.8 },
  { heading: /\b(?:members?|participating (?:states|countries|organi[sz]ations)|partners|implementing partners|partner organi[sz]ations)(?:\s+(?:of|to|in|for)\b.*)?$/i, type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.75 },
  { heading: /^(?:former|past|previous|current|present)?\s*(?:co-)?chairs?(?:manship|persons?|s)?(?: countries)?\b/i, type: "CHAIRED", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.8 },
  { heading: /^(?:past\s+|previous\s+)?(?:hosts?|host countries|hosting countries|meetings|venues|summits|ministerial conferences)\b/i, type: "HOSTED", rows: ["COUNTRY"], topics: ["FORUM"], confidence: 0.75 },
  { heading: /^(?:donors?|funders?|funding partners|financial partners|financed by|funded by)\b/i, type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.75 },
  { heading: /\bobservers?(?: countries| states)?$/i, type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.7 },
  { heading: /^(?:states parties|ratifications|ratified by|parties)\b/i, type: "RATIFIED", rows: ["COUNTRY"], topics: ["CONVENTION"], confidence: 0.75 },
];

/** The heading of a list: a short line ending in a colon, or the rest of the line up to the colon. */
export function listHeading(text: string): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const m = /^([A-Z][^:.;]{1,60}):\s*/.exec(text);
  if (!m) return null;
  const label = m[1]!.trim();
  const list = HEADING_LISTS.filter((h) => h.heading.test(label));
  if (list.length === 0) return null;
  return { list, rest: text.slice(m[0].length), restFrom: m[0].length, label };
}

/** The period that labels a row: "July-December 2012: UNODC" → "July-December 2012". */
export function rowPeriod(text: string): string | null {
  const m = /^(?:[-*•–]\s*)?([^:]{0,40}?(?:19|20)\d{2}[^:]{0,12}):\s/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** A year opening a row: "2007 – Brussels, Belgium". */
export function yearOpeningRow(text: string): number | null {
  const m = /^\s*(?:[-*•]\s*)?((?:19|20)\d{2})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A year printed next to a row's entity: "2008 – Philippines", "Greece (2009)", "Mexico, 2010". */
export function yearOfRow(text: string, m: M): number | null {
  const after = /^\s*(?:\(|,|–|-|:)?\s*(?:in\s+)?((?:19|20)\d{2})\b/.exec(text.slice(m.end, m.end + 14));
  if (after) return Number(after[1]);
  const before = /\b((?:19|20)\d{2})\s*(?:\)|,|–|-|:)?\s*(?:in\s+|by\s+)?(?:the\s+)?$/.exec(text.slice(Math.max(0, m.start - 16), m.start));
  return before ? Number(before[1]) : null;
}

/**
 * A year stated in the actor's own short clause, before the next actor:
 * "Egypt held the chair in 2015 and France in 2016", "by Kazakhstan from 2013, by …".
 */
function yearInClause(rest: string): number | null {
  const m = /^[^,;:.()]{0,30}?\b(?:in|from|since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/.exec(rest);
  return m ? Number(m[1]) : null;
}

const HOST_TRIGGER = /\b(?:host(?:ed|s|ing)?|held|took place|convened|met)\b/i;
const CHAIR_TRIGGER = /\b(?:(?:co-)?chair(?:ed|s|ing|manship)?|presiden(?:cy|ts?)|presided)\b/i;

export interface YearEntry {
  type: "HOSTED" | "CHAIRED";
  actor: M;
  year: number;
}

/**
 * "The GFMD was hosted by Belgium in 2007, the Philippines in 2008 and Greece in 2009":
 * two or more actors, each with its own year, after a hosting or chairing word.
 */
export function yearByYear(text: string, ms: M[]): YearEntry[] {
  const host = HOST_TRIGGER.exec(text);
  const chair = CHAIR_TRIGGER.exec(text);
  if (!host && !chair) return [];
  const entries: Array<{ actor: M; year: number }> = [];
  const actors = ms.filter((m) => m.kind === "COUNTRY" || m.kind === "ORGANIZATION");
  actors.forEach((m, i) => {
    const year = yearOfRow(text, m) ?? yearInClause(text.slice(m.end, actors[i + 1]?.start ?? text.length));
    if (year) entries.push({ actor: m, year });
  });
  if (entries.length < 2 || new Set(entries.map((e) => e.year)).size < 2) return [];
  const first = entries[0]!.actor.start;
  const last = entries[entries.length - 1]!.actor.end + 8;
  // The trigger nearest before the list decides what the list states; else one right after it
  // ("Mexico (2010), Switzerland (2011) and Mauritius (2012) – previous Chairs of the GFMD").
  const near = (m: RegExpExecArray | null) => (m ? (m.index < first ? m.index : m.index >= last && m.index - last <= 30 ? 1e6 - m.index : -1) : -1);
  const h = near(host);
  const c = near(chair);
  if (h < 0 && c < 0) return [];
  const type = c > h ? "CHAIRED" : "HOSTED";
  return entries.filter((e) => type === "CHAIRED" || e.actor.kind === "COUNTRY").map((e) => ({ type, ...e }));
}
