import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import { bracketRoles, placeCountry, rowFields } from "./rowFields.js";
import { onlyYearOfRow, rowPeriod, yearOfRow, yearOpeningRow, type HeadingList } from "./structureReaders.js";
import { bindingCell } from "./tableColumns.js";
import type { EntityRecord, Passage } from "./types.js";
import { venueCountry } from "./venueCountry.js";

/** One sentence of a list or register, and what relate knows when it reads it. */
export interface RowScope {
  text: string;
  passage: Passage;
  /** The sentence's own mentions (no coreference). */
  own: M[];
  /** The list the sentence is a row of, read when a row is (relate may open or close it while reading the sentence). */
  heading: () => { list: HeadingList[]; topic: M | null } | null;
  columns: () => { cells: string[] } | null;
  /** The year of the register entry the passage belongs to (entryYear.ts). */
  entryYear: number | null;
  add: Add;
  eventFor: (forumId: string, year: number, known?: boolean) => string | null;
  parentOf: (id: string) => string;
  entities: Map<string, EntityRecord & { parentId?: string }>;
  cities?: Map<string, string>;
}

/** The readers of a list's or register's rows, for one sentence (relate.ts calls them where the sentence is a row). */
export function registerRows(scope: RowScope) {
  const { text, passage, own, add, eventFor, parentOf } = scope;

  function rowMeeting(series: string, year: number, actor: M): string | null {
    // The other series opens the row's own words, before its host and outside a remark ("; after the HLD").
    const other = own.find((m) => m.kind === "FORUM" && m.id !== series && parentOf(m.id) !== series && m.end <= actor.start && !/[;(]/.test(text.slice(0, m.start)));
    if (!other) return eventFor(series, year);
    return other.isEvent ? (scope.entities.get(other.id)?.year === year ? other.id : null) : eventFor(other.id, year);
  }

  /** A register row's own fields: "2016 – Dhaka, Bangladesh (Chair: Bangladesh)" chairs `forum` that year. */
  function readFields(ms: M[], forum: M | null): void {
    const year = yearOpeningRow(text) ?? onlyYearOfRow(passage.text);
    const standing = forum ? parentOf(forum.id) : null;
    // "Chair: Bangladesh" inside the row, or "Kuwait (host and chair)": the name after the field's label, or the
    // one right before the bracket.
    const roles = standing && year ? bracketRoles(text).map((b) => ({ list: b.list, names: ms.filter((m) => m.end <= b.at && text.slice(m.end, b.at).trim() === "") })) : [];
    const fields = standing && year ? rowFields(text).map((f) => ({ list: f.list, names: ms.filter((m) => m.start >= f.from && m.end <= f.to) })) : [];
    for (const field of [...fields, ...roles]) {
      for (const r of field.names.filter((m) => m.id !== standing)) {
        for (const list of field.list) {
          if (!list.rows.includes(r.kind) || !list.topics.includes("FORUM")) continue;
          if (list.type === "CHAIRED") add("CHAIRED", r.id, standing!, "row-field", list.confidence, { year, role: String(year) });
          else if (list.type === "HOSTED") {
            const event = rowMeeting(standing!, year!, r);
            if (event) add("HOSTED", r.id, event, "row-field", list.confidence);
          }
        }
      }
    }
  }

  /** `shift`: where rowText starts in the sentence (the rows written inline after a label's colon). */
  function readRows(rowText: string, given: M[], shift = 0): void {
    const heading = scope.heading();
    const columns = scope.columns();
    const entryYear = scope.entryYear;
    if (!heading?.topic) return;
    for (const list of heading.list) {
      if (!list.topics.includes(heading.topic.kind)) continue;
      // A list of meetings names the venue by its city ("2013 - Bangkok (Asia and the Pacific)"): the city's country hosted.
      const venue = list.type === "HOSTED" && !given.some((r) => r.kind === "COUNTRY") ? venueCountry(rowText, scope.cities) : null;
      const rows = venue ? [...given, venue] : given;
      const single = rows.filter((r) => list.rows.includes(r.kind)).length === 1;
      // A list item is one row even where leader dots cut it into sentences ("Egypt ........ 19 Feb 1993").
      const wholeRow = passage.kind === "list-item" ? passage.text : rowText;
      for (const r of rows) {
        // "UN Office on Drugs & Crime": a name inside a longer name is not a row's entity (a column gap is no word break).
        if (!list.rows.includes(r.kind) || r.id === heading.topic.id || /^ +[A-Z][a-z]/.test(rowText.slice(r.end, r.end + 3))) continue;
        const period = rowPeriod(rowText);
        // Under "Signature | Ratification" columns, a date only under Signature binds the state to nothing.
        const binding = columns && single && list.type === "RATIFIED" ? bindingCell(columns.cells, wholeRow) : null;
        if (binding && !binding.bound) continue;
        // A host or chair field line with no year of its own ("Host: Sudan") takes its entry's (entryYear.ts); rows
        // under a label line do not, since the label's own date is no row's.
        const entry = shift > 0 && (list.type === "HOSTED" || list.type === "CHAIRED") ? entryYear : null;
        const year = binding?.year ?? (period ? Number(/(?:19|20)\d{2}/.exec(period)![0]) : (yearOfRow(rowText, r) ?? yearOpeningRow(rowText) ?? (single ? onlyYearOfRow(wholeRow) : null) ?? entry));
        if (list.type === "HOSTED") {
          // The venue opens the row; a place after ";" or "(" is a remark ("2021 - online; first planned for Nairobi").
          if (/[;(]/.test(rowText.slice(0, r.start)) && !placeCountry(rowText, r.start, r.end)) continue;
          // On a meeting's own page a host with no year hosts that meeting ("Co-hosts: Germany, Morocco").
          const event = year ? rowMeeting(heading.topic.isEvent ? parentOf(heading.topic.id) : heading.topic.id, year, { ...r, start: r.start + shift, end: r.end + shift }) : heading.topic.isEvent ? heading.topic.id : null;
          if (event) add("HOSTED", r.id, event, "heading-list", list.confidence);
        } else if (list.rowsAreTargets) add(list.type, heading.topic.id, r.id, "heading-list", list.confidence);
        // A dated meeting has no members: the states a meeting's page lists as its members took part in it.
        else if (list.type === "MEMBER_OF" && heading.topic.isEvent) add("PARTICIPATES_IN", r.id, heading.topic.id, "heading-list", list.confidence);
        // "Participants:" as a field of a register entry: those of the entry's meeting (entryYear.ts).
        else if (list.id === "participants" && !heading.topic.isEvent && shift > 0 && entryYear) {
          const event = rowMeeting(heading.topic.id, entryYear, { ...r, start: r.start + shift, end: r.end + shift });
          if (event) add("PARTICIPATES_IN", r.id, event, "heading-list", list.confidence);
        }
        else add(list.type, r.id, heading.topic.id, "heading-list", list.confidence, list.type === "CHAIRED" ? { year, role: period ?? (year ? String(year) : null) } : list.type === "RATIFIED" ? { year } : {});
      }
    }
  }

  return { readFields, readRows };
}
