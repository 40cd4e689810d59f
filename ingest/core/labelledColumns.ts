import type { HeadingList } from "./rules/listRules.js";
import { labelLists } from "./labelLists.js";
import { BODY_SINCE_HEADER, columnRole, ENTITY_COLUMN, NAMED_JOINED_COLUMN } from "./rules/columnRoles.js";

/**
 * A table whose header row names what each column lists ("Member countries | Observer countries",
 * "Year | Chair | Summit venue"): a name in a row states its column's relation, with the page's or section's
 * topic, as the rows under a label do. A column the lexicon does not know ("Year", "Summit venue") states nothing;
 * a treaty's status header ("State | Signature | Ratification") is read by tableColumns.ts instead.
 */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** Pipes and tabs keep empty cells in their place; three or more spaces also part columns. */
const SEPARATOR = /\s*\|\s*|\t|\s{3,}/g;

/** The cells of a row with their offsets in it. */
export function cellSpans(row: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const m of row.matchAll(SEPARATOR)) {
    cells.push({ start: at, end: m.index!, text: row.slice(at, m.index!).trim() });
    at = m.index! + m[0].length;
  }
  cells.push({ start: at, end: row.length, text: row.slice(at).trim() });
  // A leading or trailing pipe ("| Belize | Argentina |") frames the row; it opens no cell.
  if (cells.length > 1 && cells[0]!.text === "" && /^\s*\|/.test(row)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === "" && /\|\s*$/.test(row)) cells.pop();
  return cells;
}

/**
 * The lists each column of a header row states, or null when the row is no such header (a year, or no known label).
 * A header word listRules.ts does not know may still name a column's role (rules/columnRoles.ts): a name column
 * states its relation of the names in it, a row column ("Joined") of the entity the row opens with.
 */
export function columnLabels(row: string): HeadingList[][] | null {
  const cells = cellSpans(row);
  // A running number ("| 4 | Arcadia | Member |") makes a row of the table, whose name the page may not know.
  if (cells.length < 2 || !yearsFitHeader(cells) || cells.some((c) => c.text.length > 40 || /^\d{1,3}\.?$/.test(c.text))) return null;
  const lists = cells.map((c) => (c.text ? labelLists(c.text) : []));
  const entityAt = cells.findIndex((c) => ENTITY_COLUMN.test(c.text));
  // A column labelled for the relation itself outranks a role column of the same relation: beside "Host", a
  // "Venue" is the city where the host held it ("Geneva, Switzerland" | "Djibouti").
  const labelledTypes = new Set(lists.flat().map((l) => l.type));
  cells.forEach((c, i) => {
    // A label listRules.ts knows for other topics ("Location" on a programme's sheet) leaves the role its own topics.
    const role = c.text ? columnRole(c.text) : null;
    // "Member of ECOWAS since" holds years, not the names a members' label would list.
    if (role === NAMED_JOINED_COLUMN && headerBody(c.text)) lists[i]!.length = 0;
    // A column naming its own body ("In ECCAS since") is about that body, whatever the other columns state of the topic.
    if (!role || (role !== NAMED_JOINED_COLUMN && labelledTypes.has(role.list.type)) || lists[i]!.some((l) => l.topics.some((t) => role.list.topics.includes(t)))) return;
    if (role.of === "row") {
      if (entityAt < 0 || entityAt === i) return;
      const owner = role === NAMED_JOINED_COLUMN ? headerBody(c.text) : null;
      if (role === NAMED_JOINED_COLUMN && !owner) return;
      // A column naming its body gets a list of its own, which carries that name to the row's reading (namedOwner).
      const list = owner ? { ...role.list } : role.list;
      if (owner) OWNERS.set(list, { name: owner, at: i });
      lists[entityAt]!.push(list);
      return;
    }
    lists[i]!.push(role.list);
    if (role.alsoIn) cells.forEach((d, j) => j !== i && role.alsoIn!.test(d.text) && lists[j]!.length === 0 && lists[j]!.push(role.list));
  });
  return lists.some((l) => l.length > 0) ? lists : null;
}

/**
 * A year in a header row: a register may date a column's act or body in its label ("Signed 1979", "Party to the 1957
 * agreement"), but only under a column naming the rows' entity ("Member State") and never as a cell that opens on a date,
 * as a row's own year does ("2011 | Switzerland", "Peru | 14 Jun 2012").
 */
const OPENS_ON_DATE = /^\W*(?:\d{1,2}\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b/i;
function yearsFitHeader(cells: readonly Cell[]): boolean {
  if (!cells.some((c) => /\b(?:19|20)\d{2}\b/.test(c.text))) return true;
  const first = cells.find((c) => !/^(?:no\.?|#)$/i.test(c.text));
  return !!first && ENTITY_COLUMN.test(first.text) && !cells.some((c) => OPENS_ON_DATE.test(c.text));
}

/** Common nouns a "since" header may name the page's own body by ("In the union since"). */
const BODY_NOUN = /^(?:union|community|organi[sz]ation|alliance|forum|process|group|network|partnership|dialogue|council|bloc|centre|center)$/i;

/** The body a "since" header names ("In ECCAS since" → "ECCAS", "In the union since" → "union"), or null ("In force since"). */
function headerBody(header: string): string | null {
  const name = BODY_SINCE_HEADER.exec(header.trim())?.groups?.name?.trim();
  if (!name) return null;
  return /[A-Z]/.test(name) || BODY_NOUN.test(name) ? name : null;
}

const OWNERS = new WeakMap<HeadingList, { name: string; at: number }>();

/**
 * The body a column's list is about, as its header names it ("ECCAS", "union"), and the index of that "since" column;
 * undefined for a list of the page's topic.
 */
export function namedOwner(list: HeadingList): { name: string; at: number } | undefined {
  return OWNERS.get(list);
}

/**
 * Whether a header row's mentions leave it a header: a header may name bodies in its column labels ("In ECCAS since",
 * "CEMAC", "EU member"), never in the column of the rows' entity, which a row fills with its own name ("Benin | ECOWAS").
 */
export function headerMentionsFit(row: string, starts: readonly number[]): boolean {
  if (starts.length === 0) return true;
  const cells = cellSpans(row);
  const entity = cells.find((c) => c.text !== "" && !/^(?:no\.?|#)$/i.test(c.text));
  return !!entity && ENTITY_COLUMN.test(entity.text) && starts.every((s) => s >= entity.end);
}
