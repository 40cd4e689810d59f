import type { M } from "./mentionLists.js";
import { opensNewClause } from "./newClause.js";
import { stateStyleSource } from "./stateStyle.js";

/** Kinds that act: a list never mixes them with things. */
export const ACTORS = new Set(["ORGANIZATION", "COUNTRY"]);

/** A name right after a preposition is that phrase's object, not the clause's subject ("in cooperation with UNHCR, …"). */
export const PREPOSITION_BEFORE = /\b(?:with|of|for|in|by|from|to|at|on|between|among|amongst|including|includes?|such as|like|than|via|through|under|within|across|about|into|towards?|alongside|besides|except|during|over|behind|against|whether|if)\s+(?:the\s+)?$/i;

/** Between two members of one list: commas, "and", "as well as", a state's style ("the Government(s) of"). */
const LIST_GAP = new RegExp(String.raw`^\s*\)?\s*(?:,|,?\s*(?:and|&|as well as))?\s*(?:the\s+)?(?:${stateStyleSource()})?$`, "i");

export interface Group {
  ms: M[];
  start: number;
  end: number;
}

/**
 * A list that stands as an object: right after a preposition ("joined by A and B"), a place preposition ("active in A
 * and B, and Norway finances it") or a past verb ("welcomed A and B").
 */
const OBJECT_BEFORE = /(?:\b(?:by|with|from|to|of|for|in|across|throughout|include[sd]?|including|among|such as)|[a-z]ed)\s+(?:the\s+)?$/i;

/**
 * Neighbouring mentions joined only by list separators form one group ("Botswana, Namibia and Zambia"). An object
 * list ends where ", and" brings in a name with a finite verb of its own ("joined by A and B, and C has attended as an
 * observer"): that name opens a new clause. A subject list ("A, B, and C have joined") stays whole.
 */
export function groupsOf(text: string, ms: M[]): Group[] {
  const out: Group[] = [];
  for (const m of [...ms].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    const gap = last ? text.slice(last.end, m.start) : "";
    const sameName = last && last.ms[last.ms.length - 1]!.id === m.id && /^\s*\(\s*$/.test(gap);
    // A list names actors or things, not both: "the scheme (VPR), IOM, …" closes the scheme's phrase.
    const sameClass = last && ACTORS.has(last.ms[0]!.kind) === ACTORS.has(m.kind);
    const newClause = last && OBJECT_BEFORE.test(text.slice(Math.max(0, last.start - 30), last.start)) && opensNewClause(text, gap, m.end);
    if (last && (sameName || (sameClass && LIST_GAP.test(gap) && !newClause))) {
      if (!sameName) last.ms.push(m);
      last.end = m.end;
    } else out.push({ ms: [m], start: m.start, end: m.end });
  }
  return out;
}
