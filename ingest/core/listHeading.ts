import { labelLists } from "./labelLists.js";
import type { HeadingList } from "./rules/listRules.js";

/** Where a name stands in a line, to measure a label without the names it holds. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The heading of a list: a short line ending in a colon, or the rest of the line up to the colon. With `bare`, also a
 * line that is a label and nothing else, printed without a colon above its rows ("Funded by", "Member agencies");
 * relate.ts asks for that only of a whole passage that names no entity.
 */
export function listHeading(text: string, bare = false, names: readonly Span[] = []): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  // A label may name its topic ("Parties to the Domestic Workers Convention, 2011 (year of ratification):"): a name
  // counts as one word towards the label's length, so a long treaty name does not make the label a sentence.
  const short = (label: string) => label.length - names.filter((n) => n.end <= label.length).reduce((sum, n) => sum + n.end - n.start - 1, 0) <= 60;
  // A label inside a bullet list may open in lower case ("- main countries of operation: Lebanon, Jordan").
  // A fact box may part label and value by a tab, leader dots or a spaced dash instead ("Countries\tGhana, Ethiopia",
  // "Lead agency ........ IOM", "Countries — Ghana"): only a label the readers know opens a list there.
  const m = /^([A-Z][^:.;]{1,300}|[a-z][a-z ,-]{2,40}):\s*/.exec(text) ?? FIELD_GAP.exec(text);
  if (!m || !short(m[1]!)) {
    const label = text.trim();
    if (!bare || !/^[A-Z][^:.;!?|\t]{1,300}$/.test(label) || !short(label)) return null;
    const list = labelLists(label);
    return list.length ? { list, rest: "", restFrom: text.length, label } : null;
  }
  // A caption's kind before the label ("Map: countries where the programme is active", "Figure 2: Pilot countries"): the
  // label is the caption's text, its rows below it (a map legend).
  if (CAPTION.test(m[1]!)) {
    const inner = listHeading(text.slice(m[0].length).replace(/^[a-z]/, (c) => c.toUpperCase()), bare);
    return inner && { ...inner, restFrom: inner.restFrom + m[0].length };
  }
  const label = m[1]!.trim();
  // A record's field "Country: Iraq" (with its colon) is the one country a programme works in, as "Countries: …" are;
  // a singular "Country" over a table's column ("Country   Group") is left to the table's own readers.
  const list = labelLists(m[0].includes(":") && /^country$/i.test(label) ? "Countries" : label);
  if (list.length === 0) return null;
  return { list, rest: text.slice(m[0].length), restFrom: m[0].length, label };
}
const FIELD_GAP = /^([A-Z][A-Za-z ,()'’-]{1,40}?)(?:\t+|\s*\.{3,}\s*|\s+[—–]\s+)(?=\S)/;
const CAPTION = /^(?:map|figure|fig|chart|graphic|infographic|legend)(?:\s+\d{1,2})?$/i;

/**
 * A label printed alone that names its own topic ("Ratifications and accessions to the International Convention on
 * the Protection of the Rights of All Migrant Workers …", "Members of the Colombo Process"): every name in it is of a
 * kind the list is about, so the rows below are that topic's.
 */
export function namingLabel(text: string, alone: boolean, names: ReadonlyArray<Span & { kind: string }>): ReturnType<typeof listHeading> {
  if (!alone || names.length === 0) return null;
  const h = listHeading(text, true, names);
  return h && h.restFrom === text.length && names.every((n) => h.list.some((l) => (l.topics as readonly string[]).includes(n.kind))) ? h : null;
}

/** A field line "Label: value" whose label is one the list readers know ("Donors: Japan", "Lead agency: IOM"). */
export function isFieldLine(text: string): boolean {
  return /^[A-Z][^:.;]{1,60}:\s+\S/.test(text) && listHeading(text) !== null;
}
