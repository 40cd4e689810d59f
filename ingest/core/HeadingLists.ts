import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Heading, HeadingListPage, ReadRows, TopicOf } from "./headingListPage.js";
export type { Heading, HeadingListPage, ReadRows, TopicOf };
import type { M } from "./mentionLists.js";
import { bodyLabel } from "./bodyLabel.js";
import { recordTitleValue } from "./recordTitleField.js";
import { opensRecordBlock } from "./recordBlockTitle.js";
import { BINDING_COLUMN_TABLE } from "./rules/bindingTableRules.js";
import { bindingHeader, headerColumns } from "./tableColumns.js";
import { cellSpans, columnLabels, headerMentionsFit, namedOwner } from "./labelledColumns.js";
import { figureTable } from "./figureTable.js";
import { fillsCell, statusColumn, statusLists } from "./rowStatus.js";
import { rowProgramme } from "./rowProgramme.js";
import type { HeadingList } from "./rules/listRules.js";
import { copularList } from "./copularList.js";
import { leadIn } from "./leadIn.js";
import { listHeading, namingLabel } from "./listHeading.js";
import { isListRow, opensItem, rowStatement } from "./listRow.js";
import { isLabelLine, otherField } from "./otherField.js";
import { roleRow } from "./roleRow.js";
import { attendeeGroupEnd } from "./attendeeGroup.js";
import { isTypeLine, namesOtherBody, profileHeading, typeField } from "./typeField.js";
import { listOwner } from "./listOwner.js";
import { firstProse, profileTitle, sectionList } from "./sectionSubject.js";
import { yearOpeningRow } from "./yearByYear.js";
import { rowOccasion } from "./eventLabel.js";
import { lastEvent } from "./lastEvent.js";
import { sessionChairOwner } from "./sessionChairOwner.js";
import { unitChairOwner } from "./unitChairOwner.js";
import { PLACE_LABEL, stopLeadIn } from "./stopLeadIn.js";
import type { EntityRecord, Mention, Passage } from "./types.js";

/**
 * Heading lists and labelled tables over one passage sequence: decides which list a row belongs to and which entity
 * that list is about. A heading with its list ("Members:" then rows, or the rows after the colon), a lead-in sentence
 * ("The project covers all fifteen ECOWAS Member States and Mauritania:"), a header row naming each column's list,
 * a register's binding column, a row stating its own relation, and a section heading that says what its rows are.
 */
/** A label line saying its rows stand otherwise than a list's members or parties: signed only, withdrawn, denounced, pending. */
const STANDING_SHIFT = /^(?:signatures?|signatories|signed|withdrawals?|withdrawn|denunciations?|denounced|pending|non-part(?:y|ies)|not\b|no longer\b|former\b)[^.:;]{0,50}:?$/i;
/** A table header whose first column names another standing ("| Observer | In ECCAS since |"): not the members above. */
const OTHER_STANDING_HEADER = /^\|\s*(?:observers?|associates?|associate members?|partners?|applicants?|candidates?)(?:\s+(?:states?|countries))?\s*\|/i;

/** The lists of a header row's columns that name their own body (namedOwner); null where none does. */
function keepNamed(lists: HeadingList[][]): HeadingList[][] | null {
  const kept = lists.map((ls) => ls.filter((l) => namedOwner(l) !== undefined));
  return kept.some((ls) => ls.length > 0) ? kept : null;
}

export class HeadingLists {
  private heading = null as Heading | null;
  private columns = null as { cells: string[]; section: string | null } | null;
  // A header row naming what each column lists ("Member countries | Observer countries"), for its section.
  // Its status column, if it has one ("Status": "Full member", "Observer"): each row's word there decides what its row states.
  private labelled = null as { lists: HeadingList[][]; section: string | null; status: { at: number; width: number; entity: number; opens: number } | null } | null;
  // The latest passage that is neither a row nor a field line: the line a block of field lines stands under.
  private opener = null as Passage | null;
  // A record's title field in the block under `opener` ("Project title<TAB>X", recordTitleField.ts): the block's title.
  private recordTitle = null as { value: string; opener: Passage | null; section: string | null } | null;

  // The meeting the page reported last, in a passage that is no row (an event's mention): a "Participants" heading over
  // the next section's rows lists who attended it (sectionSubject.ts).
  private reportedEvent = null as M | null;

  // The list of who took part in a meeting, opened by a label line with no names after it: its rows may name groups
  // of them ("- Member states: Nepal, India").
  private overGroups = null as Heading | null;

  // The name a profile page's one record title field gives ("Project name:   X" in its opening block), once per page.
  private profileName: string | null | undefined;

  constructor(private readonly page: HeadingListPage) {}

  /** The entities this page mentions, the bodies a label may name: read only when a label asks for them. */
  private pageBodies(): Iterable<EntityRecord & { parentId?: string }> {
    const { entities, onPage } = this.page;
    return {
      *[Symbol.iterator]() {
        for (const id of onPage ?? []) {
          const e = entities.get(id);
          if (e) yield e;
        }
      },
    };
  }

  /** What a profile page is about, as its record's one title field says (sectionSubject.ts profileTitle). */
  private profile(kinds: readonly EntityKind[]): M | null {
    if (this.profileName === undefined) this.profileName = profileTitle(this.page.doc);
    return this.profileName ? this.page.named(this.profileName, kinds) : null;
  }

  /** The list the current row belongs to. */
  current(): Heading | null {
    return this.heading;
  }

  /** A register's header row with separate signature and ratification columns (tableColumns.ts), for its section. */
  currentColumns(): { cells: string[] } | null {
    return this.columns;
  }

  /** The forum the current list is about, if it is about one. */
  forumTopic(): M | null {
    return this.heading?.topic?.kind === "FORUM" ? this.heading.topic : null;
  }

  /**
   * Before a passage's sentences: closes a list that has ended and opens the lists a header row or an FAQ answer opens.
   * A list ends with its section, or where running prose resumes ("IOM acts as the secretariat of the Process.").
   * A list item that opens with a year label like its neighbours ("2021 - online; first planned for …") is still a row;
   * a label the readers do not know ("News from the countries:") opens a list of its own, not more rows of the last.
   * So does a field line of another kind ("Chair: Kuwait" then "Participating Governments: A, B"): its label names no
   * row's entity or period, as "Italy: 1981" and "July-December 2012: UNODC" do.
   */
  enter(passage: Passage, pm: Mention[], answer: { lists: HeadingList[]; topic: M | null } | null, tableTopic: () => M | null): void {
    // A row naming a group of those who took part ("- Member states: Nepal, India") stays in their list (attendeeGroup.ts).
    const group = this.heading && this.heading === this.overGroups && this.heading.section === passage.section && passage.kind === "list-item" ? attendeeGroupEnd(passage.text, this.heading) : null;
    if (this.heading && group === null && (this.heading.section !== passage.section || !(isListRow(passage.kind, passage.text) || (passage.kind === "list-item" && (yearOpeningRow(passage.text) !== null || this.heading.list.some((l) => "remarkedRows" in l && l.remarkedRows)))) || (isLabelLine(passage.text) && !listHeading(passage.text)) || otherField(passage.text, pm.map((m) => m.localStart)))) this.heading = null;
    // "Signatures without ratification", "Withdrawals": a bare label of another standing names no row itself, yet ends
    // the rows of the list above it; the rows after it are not that list's.
    if (this.heading && passage.kind === "list-item" && pm.length === 0 && STANDING_SHIFT.test(passage.text.trim())) this.heading = null;
    if (this.heading && passage.kind === "list-item" && OTHER_STANDING_HEADER.test(passage.text.trim())) this.heading = null;
    if (answer && passage.kind === "list-item") this.heading = { list: answer.lists, topic: answer.topic, section: passage.section };
    if (this.columns && this.columns.section !== passage.section) this.columns = null;
    const header = passage.kind === "list-item" ? headerColumns(passage.text) : null;
    if (header) this.columns = { cells: header, section: passage.section };
    if (this.labelled && (this.labelled.section !== passage.section || passage.kind !== "list-item")) this.labelled = null;
    const read = passage.kind === "list-item" && headerMentionsFit(passage.text, pm.map((m) => m.localStart)) && !bindingHeader(passage.text) ? columnLabels(passage.text) : null;
    // A header that names bodies ("In ECCAS since | CEMAC") is read only for the columns that name their own body: what
    // its other labels state of the page's topic, beside other bodies' columns, is left unsaid.
    const named = read && pm.length > 0 ? keepNamed(read) : read;
    // "| Member State | Applications |": a statistics table by state names no members (figureTable.ts).
    const figured = named && figureTable(passage, this.page.doc.passages, named);
    const labels = figured && figured.some((l) => l.length > 0) ? figured : null;
    if (labels) [this.labelled, this.heading] = [{ lists: labels, section: passage.section, status: statusColumn(passage.text) }, null];
    // A header with a binding column says what its rows are, whatever label stands above the table.
    if (!this.heading && passage.kind === "list-item" && bindingHeader(passage.text)) this.heading = { list: [BINDING_COLUMN_TABLE], topic: tableTopic(), section: passage.section };
    if (passage.kind !== "list-item" && !listHeading(passage.text)) this.opener = passage;
    if (passage.kind !== "list-item") this.reportedEvent = lastEvent(pm, this.page.entities) ?? this.reportedEvent;
    const title = recordTitleValue(passage.text);
    if (title) this.recordTitle = { value: title, opener: this.opener, section: passage.section };
  }

  /**
   * The title line a block of field lines stands under ("[ CLOSED ] Safer Roads Home 2021-2025 (Belgium)" then
   * "Funded by: …", "Countries: …"): a short line of its own in the section, not the page's first line. Its fields are
   * that block's, whatever the page named before; a title naming no known entity leaves their owner unknown.
   */
  private blockTitle(passage: Passage): string | null {
    const o = this.opener;
    const record = this.recordTitle;
    if (record && record.opener === o && record.section === passage.section) return record.value;
    if (!o || o === passage || o.section !== passage.section || o === this.page.doc.passages[0]) return null;
    return o.sentences.length === 1 && o.text.length <= 150 && !/[.!?:;]\s*$/.test(o.text) ? o.text : null;
  }

  /**
   * A "Type:" line (typeField.ts) that describes the page's own body: the page's first such line, in its opening
   * section before any prose, under a title that profiles one body, with no field line before it naming another body
   * (a "Predecessor:" or a related body's record further down is another body's); else null.
   */
  private typeLine(passage: Passage, text: string, ms: M[]): ReturnType<typeof typeField> {
    const line = typeField(text, ms);
    if (!line) return null;
    const passages = this.page.doc.passages;
    const at = passages.indexOf(passage);
    const prose = firstProse(passages);
    // The page title is its first passage where no heading stands above it, else the first heading; the opening
    // section is the one the first passage after the title stands in.
    const first = passages[0];
    const titled = first && !first.section ? 1 : 0;
    const title = titled ? first?.text : first?.section?.split(" › ")[0];
    if ((prose >= 0 && at >= prose) || passages.findIndex((p) => isTypeLine(p.text)) !== at || passage.section !== passages[titled]?.section) return null;
    if (!title || !profileHeading(title) || passages.slice(titled, at).some((p) => namesOtherBody(p.text))) return null;
    return line;
  }

  /** An answer that leads into rows ("By year of joining:") makes them the question's list. */
  leave(passage: Passage, answer: { lists: HeadingList[]; topic: M | null } | null): void {
    if (answer && !this.heading && /:\s*$/.test(passage.text)) this.heading = { list: answer.lists, topic: answer.topic, section: passage.section };
  }

  /**
   * One sentence: a label or lead-in opens a list (its inline rows read at once), a row is read as one of the open
   * list's, a row stating its own relation is read alone. Returns whether the sentence was a list's label or lead-in.
   */
  read(passage: Passage, pm: Mention[], index: number, text: string, ms: M[], readRows: ReadRows, topic: TopicOf): boolean {
    const { named } = this.page;
    const sectionLabel = passage.section?.split(" › ").pop();
    // "Participants:" then "- Member states: Nepal, India": the group's names are rows of the open list.
    const group = index === 0 && passage.kind === "list-item" && this.heading === this.overGroups ? attendeeGroupEnd(text, this.heading) : null;
    if (group !== null) {
      readRows(text.slice(group), ms.filter((m) => m.start >= group).map((m) => ({ ...m, start: m.start - group, end: m.end - group })), group);
      return false;
    }
    // A heading with its list: "Members:" / "Former chairs:" then rows (or the rows inline after the colon).
    // Or a lead-in sentence: "The project covers all fifteen ECOWAS Member States and Mauritania:", "… took part: A, B".
    // A label printed alone, without a colon, over its rows ("Funded by", "Member agencies"): a passage naming nothing.
    const bare = index === 0 && passage.sentences.length === 1 && ms.length === 0;
    // "Steering Group: A, B and C": a body of a forum opening the line lists its own members (bodyLabel.ts): names alone
    // of a body the page names with its owner are read at once, below; a governing body's mention opens a list here.
    const bodyLine = index === 0 && !this.labelled ? bodyLabel(text, ms, this.pageBodies(), (id) => this.page.entities.get(id)?.name) : null;
    const body = bodyLine?.as === "heading" ? bodyLine : null;
    // "Type: regulatory agency of the African Union": the page's body is a unit of the one the line names (typeField.ts);
    // only its first such line, in the opening block before any prose (typeLine): a later one may be another body's record.
    const listHead = body ?? listHeading(text, bare, ms) ?? namingLabel(text, index === 0 && passage.sentences.length === 1, ms) ?? (index === 0 ? this.typeLine(passage, text, ms) : null);
    const leading = listHead ? null : (leadIn(text) ?? stopLeadIn(text, passage, index, this.page.doc.passages, ms));
    const copular = listHead || leading ? null : copularList(text);
    const lead = listHead ? null : (leading ?? copular);
    const h = this.labelled ? null : (listHead ?? lead);
    if (this.labelled) {
      // A row of a table whose columns are labelled: each name reads as a row of its column's list.
      if (index === 0 && passage.sentences.length === 1) {
        cellSpans(text).forEach((cell, i, cells) => {
          // A column read both ways ("Member countries": a forum's, or a regional body's whose page it is) keeps the
          // lists that take the table's topic: a named-owner list (programmeListRules.ts `topicNamed`) does not apply there.
          const status = this.labelled!.status;
          // A status column's own label ("Membership") lists no names: its lists are the entity column's.
          const read = status && i === status.entity && status.at !== i ? [...(this.labelled!.lists[i] ?? []), ...(this.labelled!.lists[status.at] ?? [])] : status?.at === i ? [] : (this.labelled!.lists[i] ?? []);
          const kept = read.some((l) => !("topicNamed" in l)) ? read.filter((l) => !("topicNamed" in l) || l.topics.every((k) => read.some((o) => !("topicNamed" in o) && o.topics.includes(k)))) : read;
          // The column of the row's standing entity (members, participants) takes the row's status word where the
          // header has a status column and the row lines up with it: "Full member" makes members of a column headed
          // as taking part, "Candidate" states nothing of its row.
          const standing = status && i === status.opens && cells.length === status.width && kept.some((l) => l.type === "MEMBER_OF" || l.type === "PARTICIPATES_IN") ? statusLists(cells[status.at]!.text) : undefined;
          if (standing === null) return;
          // A column naming its own body ("In ECCAS since") reads the row's entity as that body's member (namedOwner),
          // where the row dates the joining: a blank or a dash there ("| Morocco | — |") says it never joined.
          for (const l of kept.filter((x) => namedOwner(x) !== undefined)) {
            const { name, at } = namedOwner(l)!;
            if (!/\b(?:19|20)\d{2}\b/.test(cells[at]?.text ?? "")) continue;
            const body = /[A-Z]/.test(name) ? named(name, l.topics) : topic(l.topics);
            if (!body) continue;
            this.heading = { list: [l], topic: body, section: passage.section };
            readRows(text, ms.filter((m) => m.start >= cell.start && m.end <= cell.end));
          }
          const lists = (standing ?? kept).filter((x) => namedOwner(x) === undefined);
          if (lists.length === 0) return;
          // Who attended, in a row that names its meeting ("SURAC 10 | 21-22 April 2016 | Ha Noi | Cambodia, …"),
          // attended that meeting: its entity where known, else no one the page names.
          const occasion = lists.some((l) => l.type === "PARTICIPATES_IN") ? rowOccasion(cells, i, ms) : undefined;
          // A chair table of a programme's sessions is the titled meeting's (sessionChairOwner.ts), not the latest one named.
          const session = sessionChairOwner(cells, lists, () => this.page.named(this.page.doc.title, ["FORUM"]));
          // A chair table of a body's parts ("Gender-Based Violence AoR | UNFPA") chairs the row's part, not the body (unitChairOwner.ts).
          const unit = session === undefined ? unitChairOwner(cells, i, lists, ms, text) : undefined;
          const owner = rowProgramme(lists, cells, i, ms, text) ?? (occasion !== undefined ? occasion : session !== undefined ? session : unit !== undefined ? unit : topic(lists.flatMap((l) => l.topics)));
          this.heading = { list: lists, topic: owner, section: passage.section };
          // A status is the standing of the name its cell holds, not of a state named inside a longer name.
          readRows(text, ms.filter((m) => m.start >= cell.start && m.end <= cell.end && (!standing || fillsCell(text, cell, m))));
        });
        this.heading = null;
      }
    } else if (h) {
      const opened = { list: h.list, restFrom: h.restFrom, by: listHead ? "heading" : leading ? "lead-in" : "copular" } as const;
      const owner = listOwner({ page: this.page, passage, pm, index, text, ms, h: opened, clues: { profile: (kinds) => this.profile(kinds), blockTitle: () => this.blockTitle(passage), topic } });
      this.heading = { ...owner, section: passage.section };
      const inline = text.slice(h.restFrom);
      // Only a meeting's list printed under its own label line may name groups of its rows (attendeeGroup.ts).
      this.overGroups = inline.trim() === "" && owner.topic?.kind === "FORUM" ? this.heading : null;
      readRows(inline, ms.filter((m) => m.start >= h.restFrom).map((m) => ({ ...m, start: m.start - h.restFrom, end: m.end - h.restFrom })).filter((m, _i, all) => opensItem(inline, m, all)), h.restFrom);
      // A body's line lists its members on that line alone: the next line is no row of it.
      if (body) this.heading = null;
    } else if (bodyLine?.as === "members") {
      // "Steering Group: A, B and C together with D": the members of the page's body that the label names with its owner.
      const { list, body, from } = bodyLine;
      const open = this.heading;
      this.heading = { list, topic: body, section: passage.section };
      readRows(text.slice(from), ms.filter((m) => m.start >= from).map((m) => ({ ...m, start: m.start - from, end: m.end - from })), from);
      this.heading = open;
    } else if (index === 0 && passage.kind === "list-item" && !this.labelled && roleRow(text, ms)) {
      // "- UNODC: co-lead; …", "Netherlands: funder": the row's own role says what it states, for the section's or the
      // profile's subject, whatever list it stands under ("Partners" over a funder states no partnership of it).
      const { list, item } = roleRow(text, ms)!;
      const kinds = list.flatMap((l) => l.topics);
      const open = this.heading;
      this.heading = { list, topic: named(sectionLabel, kinds) ?? this.profile(kinds) ?? topic(kinds), section: passage.section };
      readRows(text.slice(0, item.end), [item]);
      this.heading = open;
    } else if (this.heading && index === 0) {
      // "In Ghana: the Ministry of …": the place the row opens with says where its names are; it is none of them.
      const place = this.heading.list.some((l) => l.rowsAreTargets) ? null : PLACE_LABEL.exec(text);
      readRows(text, place ? ms.filter((m) => m.start >= place[0].length) : ms);
    } else if (index === 0 && passage.kind === "list-item" && rowStatement(passage.text).length) {
      // The row states its relation itself; the next row is read on its own.
      const list = rowStatement(passage.text);
      this.heading = { list, topic: topic(list.flatMap((l) => l.topics)), section: passage.section };
      readRows(text, ms);
      this.heading = null;
    } else if (index === 0 && !opensRecordBlock(this.page.doc.passages, passage)) {
      // "Present chair" printed as a section heading, then "January-June 2013: …" rows (sectionSubject.ts).
      const rows = sectionList(this.page, passage, pm, text, ms, { profile: (kinds) => this.profile(kinds), topic, reported: this.reportedEvent });
      if (rows) {
        this.heading = { ...rows, section: passage.section };
        readRows(text, ms);
      }
    }
    return !!h;
  }
}
