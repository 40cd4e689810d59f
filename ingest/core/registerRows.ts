import { dashTaggedSeat, seatCountry, seatedBody } from "./seatCountry.js";
import { secretariatOfOtherSeries } from "./seriesSecretariat.js";
import { rowVenue } from "./rowVenue.js";
import { unitsOfParents } from "./unitOfParent.js";
import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import { bracketRoles, placeCountry, rowFields } from "./rowFields.js";
import type { HeadingList } from "./rules/listRules.js";
import { chairRowMeeting } from "./chairRowMeeting.js";
import { onlyYearOfRow, rowPeriod, yearOfRow, yearOpeningRow } from "./yearByYear.js";
import { bindingCell, memberStateColumn } from "./tableColumns.js";
import { DATED_ROW_OPENING } from "./contentRows.js";
import { SELF_NAMED_MEETING } from "./datedRows.js";
import type { EntityRecord, Passage } from "./types.js";
import { venueCountry } from "./venueCountry.js";
import { seatCity } from "./seatCity.js";
import { entryActors } from "./entryActors.js";
import { writesOf } from "./EntityMap.js";
import { rowDenied, rowLeadDenied, rowRoleLead } from "./rowQualifier.js";
import { rowTreaty } from "./rowTreaty.js";
import { rowChairRole } from "./rowChairRole.js";
import { innerName } from "./innerName.js";
import { itemDescription } from "./itemDescription.js";

/** Lists of meetings by venue (listRules "venues", leadInRules "meetings-so-far", a "Venue" column): a row names where a meeting met. */
const VENUE_LISTS = new Set(["venues", "meetings-so-far", "venue-column"]);
/** A row that says who hosted: "2009 - Tunis, hosted by Tunisia", "Tunis (host: Tunisia)". */
const HOST_WORD = /\bhost(?:s|ed|ing)?\b/i;

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
  /** The organisation a register's "Member State" column lists the members of, where the page names one for its treaty. */
  membersOf?: () => string | null;
}

/** Example pages for readEntryVenue (test/unit/datedEntries.test.ts): `expect` is [source, target]. */
export const ENTRY_VENUE_EXAMPLES = {
  positive: [
    { text: "Global Forum on Remittances\n\n2013 – 4th Forum, Bangkok, Thailand (20–23 May 2013)\nThe forum looked at remittances in Asia.\n", expect: ["ctry:th", "forum:gfr-2013"] },
    { text: "The Abu Dhabi Dialogue\n\nThe Abu Dhabi Dialogue brings Asian states together with the Gulf states.\n\n2014: Third ministerial consultation, Kuwait City (Kuwait)\nThe ministers adopted a declaration.\n", expect: ["ctry:kw", "forum:abu-dhabi-dialogue-2014"] },
  ],
  negative: [
    // A country in the prose under the entry, or in a remark of the entry, hosted nothing.
    { text: "Global Forum on Remittances\n\n2015 – 5th Forum, Milan, Italy (16–19 June 2015)\nIts results went to the Addis Ababa conference in Ethiopia.\n", expect: ["ctry:et", "forum:gfr-2015"] },
    { text: "Global Forum on Remittances\n\n2015 – 5th Forum, online; first planned for Nairobi, Kenya\n", expect: ["ctry:ke", "forum:gfr-2015"] },
    // An entry that names no meeting states no venue.
    { text: "Global Forum on Remittances\n\n2015 – IFAD opened an office in Nairobi, Kenya\n", expect: ["ctry:ke", "forum:gfr-2015"] },
  ],
};

/** The readers of a list's or register's rows, for one sentence (relate.ts calls them where the sentence is a row). */
export function registerRows(scope: RowScope) {
  const { text, passage, own, add, eventFor, parentOf } = scope;
  const isEvent = (id: string) => !!scope.entities.get(id)?.isEvent;

  function rowMeeting(series: string, year: number, actor: M): string | null {
    // A row that names a meeting of the series that year before its host ("2nd meeting: Tunis, 24 July 2017 - hosted by Tunisia") is about that one.
    const named = own.find((m) => m.kind === "FORUM" && m.id !== series && parentOf(m.id) === series && scope.entities.get(m.id)?.year === year && m.end <= actor.start);
    if (named) return named.id;
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

  /**
   * A dated entry that names its meeting and then its place: "2013 – 4th Forum, Bangkok, Thailand (20–23 May)" or
   * "2014: Third ministerial consultation, Kuwait City (Kuwait)". The country of the place right after the meeting's
   * words hosted that year's meeting of `forum`; a country later in the entry, or in a remark, is no venue.
   */
  function readEntryVenue(ms: M[], forum: M | null): void {
    const opening = DATED_ROW_OPENING.exec(text);
    if (!opening || !forum || !SELF_NAMED_MEETING.test(text.slice(opening[0].length - 1))) return;
    const standing = forum.isEvent ? parentOf(forum.id) : forum.id;
    const comma = text.indexOf(",", opening[0].length);
    if (comma < 0) return;
    const place = ms.find((m) => m.kind === "COUNTRY" && m.start > comma && m.start - comma <= 40 && (/^,\s*(?:(?:[A-Z][\p{L}.'’-]*\s+){0,2}[A-Z][\p{L}.'’-]*,\s*)?$/u.test(text.slice(comma, m.start)) || placeCountry(text.slice(comma), m.start - comma, m.end - comma)));
    if (!place) return;
    const event = rowMeeting(standing, Number(opening[1]), place);
    if (event) add("HOSTED", place.id, event, "entry-venue", 0.7);
  }

  /** `shift`: where rowText starts in the sentence (the rows written inline after a label's colon). */
  function readRows(rowText: string, given: M[], shift = 0): void {
    const heading = scope.heading();
    const columns = scope.columns();
    const entryYear = scope.entryYear;
    if (!heading?.topic) return;
    // "Centre for X (CX), University of Y": the unit is the row's partner, the university where it belongs (unitOfParent.ts).
    const units = heading.list.some((l) => l.rows.includes("ORGANIZATION")) ? unitsOfParents(rowText, given, (id) => scope.entities.get(id)?.name) : [];
    for (const [unit, parent] of units) add("PART_OF", unit.id, parent.id, "heading-list", 0.65);
    const parents = new Set(units.map(([, parent]) => parent));
    for (const list of heading.list) {
      if (!list.topics.includes(heading.topic.kind)) continue;
      // A list of meetings names the venue by its city ("2013 - Bangkok (Asia and the Pacific)"): the city's country hosted.
      const venue = list.type === "HOSTED" && !given.some((r) => r.kind === "COUNTRY") ? venueCountry(rowText, scope.cities) : null;
      // A body's seat or office named by its city alone ("Head office: Jakarta"): the city's state (seatCity.ts).
      // A state named inside the city's name ("Mexico City") is the city's; a state of its own in the row is read as given.
      const city = list.seatCities ? seatCity(rowText, scope.cities) : null;
      const seat = city && !given.some((r) => r.kind === "COUNTRY" && (r.start < city.start || r.end > city.end)) ? city : null;
      // "- the Ports Office, taken from the Fisheries Board;": the names before the item's remark are its rows.
      const remark = "remarkedRows" in list && list.remarkedRows ? rowText.search(/[,;]\s/) : -1;
      // "- PAMI, a Guatemalan organisation, which belongs to the Guatemala chapter": what describes the item's head
      // names no rows (itemDescription.ts); a venue list's place may still name its state after a comma.
      const described = list.type === "HOSTED" ? -1 : itemDescription(rowText);
      const place = venue ?? seat;
      const read = (place ? [...given, place] : given).filter((r) => (remark < 0 || r.start < remark) && (described < 0 || r.start < described));
      // "Human Rights Commission of Malaysia (SUHAKAM) – Malaysia": the state inside the body's name is no row (innerName.ts).
      const rows = read.filter((r) => !innerName(r, read, list.rows));
      const single = rows.filter((r) => list.rows.includes(r.kind)).length === 1;
      // A list item is one row even where leader dots cut it into sentences ("Egypt ........ 19 Feb 1993").
      const wholeRow = passage.kind === "list-item" ? passage.text : rowText;
      for (const r of rows) {
        // "UN Office on Drugs & Crime": a name inside a longer name is not a row's entity (a column gap is no word break).
        if (!list.rows.includes(r.kind) || r.id === heading.topic.id || /^ +[A-Z][a-z]/.test(rowText.slice(r.end, r.end + 3))) continue;
        // "Centre for Coastal Studies (CCS), Norway": the state closing a body's address is where it sits (seatCountry.ts),
        // also in a member list whose rows are read as states only (an organisation's members): the row is the body's.
        // A field line of the body itself ("Headquarters: Cairo (Giza), Egypt") is no such row; a body's dash tag
        // ("CIRÉ — Belgium") is its seat in a list of any kind.
        const tagged = dashTaggedSeat(rowText, rows, r, list.type);
        if (tagged || (list.rows.includes("ORGANIZATION") || list.type === "MEMBER_OF") && seatCountry(rowText, rows, r)) {
          // The body the state closes works there, as its seat is where it works (officeListRules.ts). A comma may also
          // part a donor from a donor state ("European Union (EU), Germany") or a chair or host from the state it served
          // in: there only the dash tag names the seat.
          const body = tagged || !["FUNDS", "CHAIRED", "HOSTED"].includes(list.type) ? seatedBody(rows, r) : null;
          if (body) add("OPERATES_IN", body.id, r.id, "seat-tag", 0.65);
          continue;
        }
        if (list.rows.includes("ORGANIZATION") && parents.has(r)) continue;
        // "Italy: EUR 3 million, announced at a meeting in Nicosia, Cyprus": the state of the act's place is its venue (rowVenue.ts).
        if (list.type !== "HOSTED" && rowVenue(rowText, rows.filter((x) => list.rows.includes(x.kind)), r)) continue;
        // A "Member State" column names the treaty organisation's members, bound by the treaty or not; only the state
        // opening the row (after its running number) is its entity (a remark may name another).
        if (list.type === "RATIFIED" && columns && memberStateColumn(columns.cells) && /^\s*\|?\s*(?:\d{1,3}\.?\s*(?:\|\s*)?)?$/.test(rowText.slice(0, r.start))) {
          const body = scope.membersOf?.();
          if (body) add("MEMBER_OF", r.id, body, "member-state-column", 0.7);
        }
        // The row's own remark, up to its next name, may deny it ("2007: Estonia, as an observer", "Norway, pledged only").
        const next = rows.find((x) => x.start >= r.end && list.rows.includes(x.kind));
        if (rowDenied(rowText.slice(r.end, next?.start ?? rowText.length), list.type, list.id)) continue;
        // … and its sentence may deny it before the name ("among those that have not ratified, these include Peru").
        if (rowLeadDenied(rowText.slice(Math.max(0, rowText.lastIndexOf(". ", r.start) + 1), r.start))) continue;
        // … or name it through another role ("Working Group on Catch Data - chaired by Fiji": no member by that row).
        if (rowRoleLead(rowText.slice(Math.max(0, r.start - 40), r.start), list.type)) continue;
        // "Convention X (1987): Paraguay acceded in 1991" under another treaty's list: the row's own treaty (rowTreaty.ts).
        const treaty = heading.topic.kind === "CONVENTION" ? rowTreaty(given, r, heading.topic.id, rowText) : undefined;
        if (treaty === null) continue;
        const topicId = treaty?.id ?? heading.topic.id;
        // "Secretariat: the Summits of X Secretariat" under another forum's list serves its own series (SERIES_SECRETARIATS).
        if (list.type === "SUPPORTS" && secretariatOfOtherSeries(rowText.slice(r.start, r.end), topicId)) continue;
        const period = rowPeriod(rowText);
        // Under "Signature | Ratification" columns, a date only under Signature binds the state to nothing.
        const binding = columns && single && list.type === "RATIFIED" ? bindingCell(columns.cells, wholeRow) : null;
        if (binding && !binding.bound) continue;
        // A host or chair field line with no year of its own ("Host: Sudan") takes its entry's (entryYear.ts); rows
        // under a label line do not, since the label's own date is no row's.
        const entry = shift > 0 && (list.type === "HOSTED" || list.type === "CHAIRED") ? entryYear : null;
        const year = binding?.year ?? (period ? Number(/(?:19|20)\d{2}/.exec(period)![0]) : (yearOfRow(rowText, r) ?? yearOpeningRow(rowText) ?? (single ? onlyYearOfRow(wholeRow) : null) ?? entry));
        // A series' chair row may name one sitting's chair, or chair nothing (chairRowMeeting.ts).
        const chairedMeeting = list.type === "CHAIRED" && !heading.topic.isEvent ? chairRowMeeting(wholeRow, passage.section, heading.topic.id, year, eventFor, isEvent) : undefined;
        if (chairedMeeting === null) continue;
        if (list.type === "HOSTED") {
          // The venue opens the row; a place after ";" or "(" is a remark ("2021 - online; first planned for Nairobi").
          if (/[;(]/.test(rowText.slice(0, r.start)) && !placeCountry(rowText, r.start, r.end)) continue;
          // On a meeting's own page a host with no year hosts that meeting ("Co-hosts: Germany, Morocco").
          const event = year ? rowMeeting(heading.topic.isEvent ? parentOf(heading.topic.id) : heading.topic.id, year, { ...r, start: r.start + shift, end: r.end + shift }) : heading.topic.isEvent ? heading.topic.id : null;
          // A list of meetings by venue names where each met; a row that says so ("hosted by Tunisia") names its host.
          if (event) add("HOSTED", r.id, event, VENUE_LISTS.has(list.id) && !HOST_WORD.test(wholeRow) ? "venue-row" : "heading-list", list.confidence);
        } else if (list.rowsAreTargets) add(list.type, topicId, r.id, "heading-list", list.confidence);
        // A dated meeting has no members: the states a meeting's page lists as its members took part in it.
        else if (list.type === "MEMBER_OF" && heading.topic.isEvent) add("PARTICIPATES_IN", r.id, heading.topic.id, "heading-list", list.confidence);
        // "Participants:" as a field of a register entry: those of the entry's meeting (entryYear.ts).
        else if (list.id === "participants" && !heading.topic.isEvent && shift > 0 && entryYear) {
          const event = rowMeeting(heading.topic.id, entryYear, { ...r, start: r.start + shift, end: r.end + shift });
          if (event) add("PARTICIPATES_IN", r.id, event, "heading-list", list.confidence);
        }
        // A chair row of one sitting chaired that sitting (chairRowMeeting.ts).
        else if (chairedMeeting) add("CHAIRED", r.id, chairedMeeting, "heading-list", list.confidence);
        else add(list.type, r.id, topicId, "heading-list", list.confidence, list.type === "CHAIRED" ? { year, role: period ?? (year ? String(year) : null) } : list.type === "RATIFIED" ? { year } : {});
        // "Ethiopia (Chair)" among members or participants: the row holds the chair of the list's forum as well (rowChairRole.ts).
        if ((list.type === "MEMBER_OF" || list.type === "PARTICIPATES_IN") && !list.rowsAreTargets && heading.topic.kind === "FORUM" && rowChairRole(rowText, r, list.id)) add("CHAIRED", r.id, heading.topic.id, "heading-list", list.confidence);
      }
    }
  }

  /** "June 2011: second meeting, Kisumu, convened by IOM": who convened, chaired or hosted the entry's meeting (entryActors.ts). */
  function readEntryActors(ms: M[], forum: M | null): void {
    const standing = forum ? (forum.isEvent ? parentOf(forum.id) : forum.id) : null;
    if (standing) entryActors(text, ms, forum, (year, actor) => rowMeeting(standing, year, actor), add);
  }

  /**
   * A register row's own words, read by the three readers above for one forum (`forum`: the list's, else the sentence's
   * topic). Asked once, and again only after a reader set an entity (a meeting of the year it dated): the readers add
   * relations and may set meetings, and touch nothing else the topic reads, so the answer stays.
   */
  function readEntry(ms: M[], forum: () => M | null): void {
    let asked = forum();
    let at = writesOf(scope.entities);
    const again = () => {
      const now = writesOf(scope.entities);
      if (now === undefined || now !== at) [asked, at] = [forum(), writesOf(scope.entities)];
      return asked;
    };
    readFields(ms, asked);
    readEntryVenue(ms, again());
    readEntryActors(ms, again());
  }

  return { readFields, readRows, readEntryVenue, readEntryActors, readEntry };
}
