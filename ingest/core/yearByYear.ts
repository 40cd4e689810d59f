import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import { MONTH } from "./months.js";

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
 * The one year a table row prints for its one entity, in any column: "Egypt ........ 19 Feb 1993 (a)",
 * "Uruguay | 14 Jun 2012 | In force". A row naming two years or two entities does not say whose year is which.
 */
export function onlyYearOfRow(text: string): number | null {
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A year stated in the actor's own short clause, before the next actor:
 * "Egypt held the chair in 2015 and France in 2016", "by Kazakhstan from 2013, by …".
 */
const JOINED_IN_YEAR = new RegExp(String.raw`^[^,;:.()]{0,30}?\b(?:in|from|since)\s+(?:${MONTH}\s+)?((?:19|20)\d{2})\b`);

function yearInClause(rest: string): number | null {
  const m = JOINED_IN_YEAR.exec(rest);
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

/** The chairs and hosts a year-by-year list gives the forum the sentence names (relate.ts). */
export function yearByYearRelations(text: string, ends: M[], parentOf: (id: string) => string, eventFor: (forumId: string, year: number, known?: boolean) => string | null, add: Add): void {
  const forum = ends.find((m) => m.kind === "FORUM");
  if (forum) {
    const standing = forum.isEvent ? parentOf(forum.id) : forum.id;
    for (const e of yearByYear(text, ends)) {
      // A chair of a forum that meets yearly chairs that year's meeting, when the meeting is known.
      // A chair-in-office for a year is the forum's chair, unless that year's meeting is known.
      if (e.type === "CHAIRED") add("CHAIRED", e.actor.id, eventFor(standing, e.year, true) ?? standing, "year-by-year", 0.75, { year: e.year, role: String(e.year) });
      else {
        const event = eventFor(standing, e.year);
        if (event) add("HOSTED", e.actor.id, event, "year-by-year", 0.75);
      }
    }
  }
}
