import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { bodyLabel } from "./bodyLabel.js";
import { recordTitleValue } from "./recordTitleField.js";
import { BINDING_COLUMN_TABLE } from "./rules/bindingTableRules.js";
import { bindingHeader, headerColumns } from "./tableColumns.js";
import { cellSpans, columnLabels } from "./labelledColumns.js";
import { rowProgramme } from "./rowProgramme.js";
import { nameInLabel, titleLabel } from "./rowFields.js";
import { HEADING_LISTS, bodyLabelRows, copularList, namesOnlySentence, namingLabel, roleRow, isLabelLine, isListRow, leadIn, listHeading, opensItem, otherField, rowPeriod, rowStatement, yearOpeningRow, type HeadingList } from "./structureReaders.js";
import type { HeadingEntity } from "./headingEntity.js";
import { pageHeadings } from "./questionAnswer.js";
import { namesAnOccasion, rowOccasion } from "./eventLabel.js";
import type { EntityRecord, Mention, Passage, StructuredDocument } from "./types.js";
import type { TripleExamples } from "./TripleExamples.js";

/** What a list about one occasion can state: who attended, hosted, chaired or paid for it. */
const OCCASION_TYPES = new Set<RelationType>(["PARTICIPATES_IN", "HOSTED", "CHAIRED", "FUNDS", "SUPPORTS"]);

/** Lists only a meeting has: who attended it (listRules.ts "participants", leadInRules.ts "participant-list"). */
const MEETING_LISTS = new Set(["participants", "participant-list"]);

/** A list being read: what its rows are, and the entity they belong to. */
export type Heading = { list: HeadingList[]; topic: M | null; section: string | null };
/** What an unwritten end refers to, by kind (relate.ts's topicFor for one sentence). */
export type TopicOf = (kinds: readonly EntityKind[], meetingFirst?: boolean, within?: number) => M | null;
/** Reads one sentence's rows (or the rest of a label's line, shifted by `offset`) as rows of the open list. */
export type ReadRows = (text: string, ms: M[], offset?: number) => void;

/** What the reader needs to know of the page, once per document. */
export interface HeadingListPage {
  doc: StructuredDocument;
  /** The entity of one of `kinds` a label names (PageTopics.named). */
  named: (label: string | null | undefined, kinds: readonly EntityKind[]) => M | null;
  /** The latest salient entity of `kinds` (coreference). */
  latest: (kinds: EntityKind[], meetingFirst?: boolean) => M | null;
  headingEntity?: HeadingEntity;
  entities: Map<string, EntityRecord & { parentId?: string }>;
  /** The entities this page's text mentions (entities holds the whole run's). */
  onPage?: ReadonlySet<string>;
}

/**
 * Heading lists and labelled tables over one passage sequence: decides which list a row belongs to and which entity
 * that list is about. A heading with its list ("Members:" then rows, or the rows after the colon), a lead-in sentence
 * ("The project covers all fifteen ECOWAS Member States and Mauritania:"), a header row naming each column's list,
 * a register's binding column, a row stating its own relation, and a section heading that says what its rows are.
 */
export class HeadingLists {
  private heading = null as Heading | null;
  private columns = null as { cells: string[]; section: string | null } | null;
  // A header row naming what each column lists ("Member countries | Observer countries"), for its section.
  private labelled = null as { lists: HeadingList[][]; section: string | null } | null;
  // The latest passage that is neither a row nor a field line: the line a block of field lines stands under.
  private opener = null as Passage | null;
  // A record's title field in the block under `opener` ("Project title<TAB>X", recordTitleField.ts): the block's title.
  private recordTitle = null as { value: string; opener: Passage | null; section: string | null } | null;

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

  /**
   * What a profile page is about, as its record says: the value of the page's only title field ("Programme name:",
   * "Project title<TAB>"), written in the page's opening block, before any prose. A listing of several records has no
   * one profile (each block's fields are its own title's, blockTitle); nor has a page whose title field stands after a
   * paragraph of prose (a listing's note, then one call's "Programme:" field).
   */
  private profile(kinds: readonly EntityKind[]): M | null {
    if (this.profileName === undefined) {
      const { passages } = this.page.doc;
      const fields = passages.filter((p) => recordTitleValue(p.text) !== null);
      const prose = passages.findIndex((p) => p.kind === "paragraph" && /[.!?]["”’)]?\s*$/.test(p.text));
      const at = fields.length === 1 ? passages.indexOf(fields[0]!) : -1;
      this.profileName = at >= 0 && (prose < 0 || at < prose) && fields[0]!.section === passages[0]?.section ? recordTitleValue(fields[0]!.text) : null;
    }
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
    if (this.heading && (this.heading.section !== passage.section || !(isListRow(passage.kind, passage.text) || (passage.kind === "list-item" && yearOpeningRow(passage.text) !== null)) || (isLabelLine(passage.text) && !listHeading(passage.text)) || otherField(passage.text, pm.map((m) => m.localStart)))) this.heading = null;
    if (answer && passage.kind === "list-item") this.heading = { list: answer.lists, topic: answer.topic, section: passage.section };
    if (this.columns && this.columns.section !== passage.section) this.columns = null;
    const header = passage.kind === "list-item" ? headerColumns(passage.text) : null;
    if (header) this.columns = { cells: header, section: passage.section };
    if (this.labelled && (this.labelled.section !== passage.section || passage.kind !== "list-item")) this.labelled = null;
    const labels = passage.kind === "list-item" && pm.length === 0 && !bindingHeader(passage.text) ? columnLabels(passage.text) : null;
    if (labels) [this.labelled, this.heading] = [{ lists: labels, section: passage.section }, null];
    // A header with a binding column says what its rows are, whatever label stands above the table.
    if (!this.heading && passage.kind === "list-item" && bindingHeader(passage.text)) this.heading = { list: [BINDING_COLUMN_TABLE], topic: tableTopic(), section: passage.section };
    if (passage.kind !== "list-item" && !listHeading(passage.text)) this.opener = passage;
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

  /** An answer that leads into rows ("By year of joining:") makes them the question's list. */
  leave(passage: Passage, answer: { lists: HeadingList[]; topic: M | null } | null): void {
    if (answer && !this.heading && /:\s*$/.test(passage.text)) this.heading = { list: answer.lists, topic: answer.topic, section: passage.section };
  }

  /**
   * The occasion heading or block title over a label line, and what the list then is: a block's fields are its
   * title's; under an occasion, who attended, hosted, chaired or paid attended or paid for that meeting (the one last
   * reported, else one the heading names), and a list the meeting cannot own (members) has no owner.
   */
  private ownHeading(passage: Passage, sectionLabel: string | undefined, lead: boolean, list: HeadingList[]): { owner: M | null; list: HeadingList[] } | null {
    const { doc, named, latest } = this.page;
    const block = lead ? null : this.blockTitle(passage);
    if (block) return { owner: named(block, list.flatMap((l) => l.topics)), list };
    // Not the heading the page opens under: on a meeting's own page its lists keep the page's reading.
    if (!sectionLabel || sectionLabel === doc.passages[0]?.section?.split(" › ").pop() || !namesAnOccasion(sectionLabel)) return null;
    const occasional = list.filter((l) => OCCASION_TYPES.has(l.type) && l.topics.includes("FORUM"));
    const reported = occasional.length > 0 ? latest(["FORUM"], true) : null;
    const event = reported?.isEvent ? reported : occasional.length > 0 ? named(sectionLabel, ["FORUM"]) : null;
    return event?.isEvent ? { owner: event, list: occasional } : { owner: null, list };
  }

  /**
   * One sentence: a label or lead-in opens a list (its inline rows read at once), a row is read as one of the open
   * list's, a row stating its own relation is read alone. Returns whether the sentence was a list's label or lead-in.
   */
  read(passage: Passage, pm: Mention[], index: number, text: string, ms: M[], readRows: ReadRows, topic: TopicOf): boolean {
    const { doc, named } = this.page;
    const sectionLabel = passage.section?.split(" › ").pop();
    // A heading with its list: "Members:" / "Former chairs:" then rows (or the rows inline after the colon).
    // Or a lead-in sentence: "The project covers all fifteen ECOWAS Member States and Mauritania:", "… took part: A, B".
    // A label printed alone, without a colon, over its rows ("Funded by", "Member agencies"): a passage naming nothing.
    const bare = index === 0 && passage.sentences.length === 1 && ms.length === 0;
    // "Steering Group: A, B and C": a forum's governing body opening the line lists its own members (bodyLabel.ts).
    // A line bodyLabelRows reads (members, "along with" ones too, of a body the page names once) is left to it, below.
    const labelRows = index === 0 && !this.labelled && !!bodyLabelRows(text, ms, this.pageBodies());
    const body = index === 0 && !labelRows ? bodyLabel(text, ms, (id) => this.page.entities.get(id)?.name) : null;
    const listHead = body ?? listHeading(text, bare, ms) ?? namingLabel(text, index === 0 && passage.sentences.length === 1, ms);
    const leading = listHead ? null : leadIn(text);
    const copular = listHead || leading ? null : copularList(text);
    const lead = listHead ? null : (leading ?? copular);
    const h = this.labelled ? null : (listHead ?? lead);
    if (this.labelled) {
      // A row of a table whose columns are labelled: each name reads as a row of its column's list.
      if (index === 0 && passage.sentences.length === 1) {
        cellSpans(text).forEach((cell, i, cells) => {
          const lists = this.labelled!.lists[i] ?? [];
          if (lists.length === 0) return;
          // Who attended, in a row that names its meeting ("SURAC 10 | 21-22 April 2016 | Ha Noi | Cambodia, …"),
          // attended that meeting: its entity where known, else no one the page names.
          const occasion = lists.some((l) => l.type === "PARTICIPATES_IN") ? rowOccasion(cells, i, ms) : undefined;
          const owner = rowProgramme(lists, cells, i, ms, text) ?? (occasion !== undefined ? occasion : topic(lists.flatMap((l) => l.topics)));
          this.heading = { list: lists, topic: owner, section: passage.section };
          readRows(text, ms.filter((m) => m.start >= cell.start && m.end <= cell.end));
        });
        this.heading = null;
      }
    } else if (h) {
      const kinds = h.list.flatMap((l) => l.topics);
      // A lead-in speaks of what was just reported (the meeting, the project); a heading of its section's topic.
      // "The RCP's main stakeholders were present:": a possessive owner is not what the list is about.
      const before = ms.filter((m) => m.start < h.restFrom && kinds.includes(m.kind) && !(lead && /^[’']s\b/.test(text.slice(m.end, m.end + 3))));
      const attendance = h.list.some((l) => l.type === "PARTICIPATES_IN");
      // A bare fact-sheet label ("Countries:") speaks of the initiative the page or section names, not the latest one.
      // Under a title that names no body ("FACT SHEET"), the page's opening heading line names it (questionAnswer.ts).
      const opening = () => pageHeadings(doc).reduce<M | null>((found, label) => found ?? named(label, kinds), null);
      // A label with no owner (not a lead-in, which speaks of what was just reported) lists for the section's or the
      // profile's subject before any body the prose before it happened to name last ("Participating cities" under a
      // paragraph on another fund that pays for a phase).
      const fallback = h.list.every((l) => "topicNamed" in l) ? (named(sectionLabel, kinds) ?? opening()) : ((lead ? null : named(sectionLabel, kinds) ?? this.profile(kinds)) ?? topic(kinds) ?? opening());
      // "Its target countries were:" where "Its" stands for no one known: the list's owner is unknown, not the latest named.
      const ownerUnknown = !!lead && before.length === 0 && /^\W*(?:its|their)\b/i.test(text);
      // "Regional partners include A, B" with no owner written: the partners of what the page or section names, never
      // of the latest body mentioned (a paragraph on an agency's regional work names others' programmes). Under a
      // title that names only the publisher ("FACT SHEET | <bank>"), the page's opening heading line names the fund.
      const unwritten = !!copular && before.length === 0 && !/^\W*(?:its|their)\b/i.test(text);
      // A label with no owner written, under a heading naming one occasion ("Ministerial conference, Istanbul, 2013")
      // or in a block under its own title line, belongs to that occasion or block: to what it names, else to no one.
      const own = before.length > 0 ? null : this.ownHeading(passage, sectionLabel, !!lead, h.list);
      // "Other ASEAN Member States<TAB>…", "IOM member states:": a label of members that names a body of another kind lists
      // that body's members, not the topic's.
      // The body modifies the head ("Members (EU Member States with …)" is the topic's members with a remark), and may be no
      // relation end of its own there ("ASEAN Member States" names a collective): the passage's mentions.
      const head = listHead ? /\bmember/i.exec(text)?.index ?? -1 : -1;
      const othersMembers =
        head > 0 && index === 0 && before.length === 0 && h.list.every((l) => l.type === "MEMBER_OF") &&
        pm.some((m) => m.localEnd <= head && m.kind !== "COUNTRY" && !kinds.includes(m.kind));
      // A label that names a meeting's own list ("List of participants:", "Delegation list:") is the meeting's last reported.
      const reported = !lead && h.list.some((l) => MEETING_LISTS.has(l.id)) ? this.page.latest(kinds, true) : null;
      const listTopic = ((): M | null => {
        if (othersMembers) return null;
        if (own) return own.owner;
        if (ownerUnknown) return null;
        if (unwritten) return named(sectionLabel, kinds) ?? named(doc.title, kinds) ?? opening();
        const written = lead ? before[before.length - 1] : before[0];
        return written ?? (lead ? this.page.latest(kinds, attendance) : reported?.isEvent ? reported : null) ?? fallback;
      })();
      this.heading = { list: own?.list ?? h.list, topic: listTopic, section: passage.section };
      const inline = text.slice(h.restFrom);
      readRows(inline, ms.filter((m) => m.start >= h.restFrom).map((m) => ({ ...m, start: m.start - h.restFrom, end: m.end - h.restFrom })).filter((m, _i, all) => opensItem(inline, m, all)), h.restFrom);
      // A body's line lists its members on that line alone: the next line is no row of it.
      if (body) this.heading = null;
    } else if (index === 0 && !this.labelled && bodyLabelRows(text, ms, this.pageBodies())) {
      // "Steering Group: A, B and C together with D": the members of the page's body that the label names with its owner.
      const { body, from } = bodyLabelRows(text, ms, this.pageBodies())!;
      const members = HEADING_LISTS.filter((l) => l.id === "members-of-forum");
      const open = this.heading;
      this.heading = { list: members, topic: body, section: passage.section };
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
      readRows(text, ms);
    } else if (index === 0 && passage.kind === "list-item" && rowStatement(passage.text).length) {
      // The row states its relation itself; the next row is read on its own.
      const list = rowStatement(passage.text);
      this.heading = { list, topic: topic(list.flatMap((l) => l.topics)), section: passage.section };
      readRows(text, ms);
      this.heading = null;
    } else if (index === 0 && (passage.section ?? titleLabel(doc.title)) && !otherField(passage.text, pm.map((m) => m.localStart)) && (passage.kind === "list-item" || rowPeriod(text) || /^[-–•*]\s/.test(text) || (isListRow(passage.kind, text) && !/[.!?]$/.test(text)) || namesOnlySentence(text, ms))) {
      // "Present chair" printed as a section heading, then "January-June 2013: …" rows; also rows printed as
      // short lines of their own ("2007 — Belgium", "FAO · IFAD · ILO") under a heading "Chairmanship", "Members of the GMG".
      // Rows before any heading are the page's own list when its title says what they are ("X: the annual conferences").
      const label = sectionLabel ?? titleLabel(doc.title)!;
      // A heading may name its topic ("Ratifications and accessions to the <treaty>"): the name counts as one word.
      const viaSection = listHeading(`${label}: `, false, nameInLabel(label, this.page.headingEntity?.(label), this.page.entities));
      if (viaSection) {
        const kinds = viaSection.list.flatMap((l) => l.topics);
        const strict = viaSection.list.every((l) => "topicNamed" in l);
        this.heading = { list: viaSection.list, topic: strict ? named(label, kinds) ?? named(doc.title, kinds) : named(label, kinds) ?? this.profile(kinds) ?? topic(kinds), section: passage.section };
        readRows(text, ms);
      }
    }
    return !!h;
  }
}

const SHEET = "FACT SHEET | International Organization for Migration\nMigration for Development in Africa (MIDA)\n\nType: capacity-building programme\nSet up: 2001\n\n";
const FORUM = "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\n";
/** Example pages for the owner a list takes (test/unit/headingLists.test.ts): `expect` is [type, source, target]. */
export const LIST_OWNER_EXAMPLES: TripleExamples = {
  positive: [
    // Who attended, in a row naming its meeting, attended that meeting.
    { text: `${FORUM}Meeting\tPlace\tCountries attending\nGFMD 2012 summit\tPort Louis\tGhana, Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // Under an occasion's heading, who was present was present at the meeting last reported there.
    { text: `${FORUM}Summit in Port Louis, 2012\n\nThe GFMD 2012 met in Port Louis.\n\nDelegations present:\n- Ghana\n- Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // "The beneficiaries were:" with no owner written, on a sheet whose title names only its publisher.
    { text: `${SHEET}Where the grants went\nBy 2010 IOM had financed twenty projects. The beneficiaries were:\n  Ghana\n  Senegal\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:sn"] },
  ],
  negative: [
    // The section's own programme, not the sheet's.
    { text: `${SHEET}Joint Migration and Development Initiative\n\nThe beneficiaries were:\n  Nepal\n  Haiti\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:np"] },
    { text: `${FORUM}Meeting\tPlace\tCountries attending\nGFMD 2012 summit\tPort Louis\tGhana, Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd"] },
    { text: `${FORUM}Summit in Port Louis, 2012\n\nThe GFMD 2012 met in Port Louis.\n\nDelegations present:\n- Ghana\n- Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd"] },
    // An occasion the page does not know: its attendance table names no one's participation.
    { text: "The Colombo Process\n\nThe Colombo Process gathers Asian countries of origin.\n\nMeeting\tDate\tPlace\tCountries attending\nSenior Officials Meeting 7\t3 May 2017\tKathmandu\tIndia, Pakistan\n", expect: ["PARTICIPATES_IN", "ctry:pk", "forum:colombo-process"] },
    // A list under a workshop's heading is not the forum's.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMinisterial conference, Istanbul, 2013\n\nDelegations present:\n- Iran\n- Iraq\n", expect: ["PARTICIPATES_IN", "ctry:iq", "forum:budapest-process"] },
    // A block of field lines under its own title line is that block's, not the programme the page named before.
    { text: "Calls\n\n[ OPEN ] Migration for Development in Africa (MIDA): health workers\n  Funded by:   Italy\n  Countries:   Ghana\n\n[ CLOSED ] Safer Roads Home 2021-2025\n  Funded by:   Belgium\n  Countries:   Niger, Chad\n", expect: ["OPERATES_IN", "ini:mida", "ctry:ne"] },
    { text: "Calls\n\n[ OPEN ] Migration for Development in Africa (MIDA): health workers\n  Funded by:   Italy\n  Countries:   Ghana\n\n[ CLOSED ] Safer Roads Home 2021-2025\n  Funded by:   Belgium\n  Countries:   Niger, Chad\n", expect: ["FUNDS", "ctry:be", "ini:mida"] },
  ],
};

const PROFILE = "Programmes > Africa > Diaspora\n\nMIGRATION FOR DEVELOPMENT IN AFRICA\n\nProgramme name:   Migration for Development in Africa\nLead agency:   IOM\n\nBackground\nSome of its work in the Great Lakes was later carried on under the Joint Migration and Development Initiative.\n\n";
/**
 * Example pages for the subject a section's rows take from the page's structure (test/unit/headingLists.test.ts): a
 * profile's record title over a label that names no owner, and a sentence of names alone opening a paragraph under a
 * list heading.
 */
export const SECTION_SUBJECT_EXAMPLES: TripleExamples = {
  positive: [
    // A label printed alone under a paragraph that named another programme: the profile's programme.
    { text: `${PROFILE}Pilot countries\nGhana\nRwanda\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:rw"] },
    // A heading of its own over bullet rows.
    { text: `${PROFILE}Where it works\n\nCountries covered\n- Ghana\n- Rwanda\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:gh"] },
    // Names alone as the opening sentence of a paragraph, the prose going on after them.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nArmenia, Georgia, Hungary and Turkey.\nMore states joined after 2010.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMEMBERS\nArmenia, Georgia, Hungary, Turkey.\nThe chair rotates.\n", expect: ["MEMBER_OF", "ctry:tr", "forum:budapest-process"] },
    // Each name with the year it became a party, in brackets.
    { text: "Convention relating to the Status of Stateless Persons\n\nThe convention defines who is stateless.\n\nStates parties\n\nAlbania (2003), Brazil (1996), Chad (1999) and Peru (2014).\nMore accessions are reported each year.\n", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1954"] },
    // Rows grouped by world region on one line each: the region labels a group of the list, it is no field of its own.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nSilk Routes: Afghanistan, Iran, Pakistan\n", expect: ["MEMBER_OF", "ctry:pk", "forum:budapest-process"] },
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nSilk Routes: Afghanistan, Iran, Pakistan\n", expect: ["MEMBER_OF", "ctry:at", "forum:budapest-process"] },
  ],
  negative: [
    // The programme named in passing before the label is not the rows' owner.
    { text: `${PROFILE}Pilot countries\nGhana\nRwanda\n`, expect: ["OPERATES_IN", "ini:jmdi", "ctry:rw"] },
    // A listing's note before the one title field: the page is no profile of that programme.
    { text: "Calls\n\nListings stay online after the deadline.\n\nProgramme:   Migration for Development in Africa\nDeadline:   May 2019\n\nAbout the calls\nThe Joint Migration and Development Initiative later took some of them over.\n\nPilot countries\nGhana\nRwanda\n", expect: ["OPERATES_IN", "ini:mida", "ctry:rw"] },
    // Names in a sentence that says something of them are prose, not rows of the heading's list.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nArmenia, Georgia and Turkey met in Sofia to compare their border rules.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // The names open the paragraph's second sentence, not its first.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nThe list has changed often. Armenia, Georgia, Turkey.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // A field of another kind ends the members' list; its names are no members.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nVenue: Vienna, Austria and Tbilisi, Georgia\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // A remark in brackets that is neither a year nor an acronym makes the sentence more than names.
    { text: "Convention relating to the Status of Stateless Persons\n\nThe convention defines who is stateless.\n\nStates parties\n\nAlbania (2003), Brazil (1996), Chad (signature only).\n", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1954"] },
    // Under a heading that lists nothing of the page's body ("See also"), names alone are no members.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nSee also\n\nArmenia, Georgia, Hungary, Turkey.\nThese states also attend other dialogues.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
  ],
};

const WHO_DOES_WHAT = "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nWho does what\n";
/** Example pages for a row that names one body and the role it holds (test/unit/headingLists.test.ts). */
export const ROLE_ROW_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["LEADS", "org:iom", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- IOM: lead; recruitment of the experts\n- Italy: donor\n- UNDP: implementing partner\n`, expect: ["PARTICIPATES_IN", "org:undp", "ini:mida"] },
    // Under a heading that says partners, the row's own role decides.
    { text: "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nPartners\n- UNDP\n- Italy: funder\n", expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
  negative: [
    { text: "Migration for Development in Africa\n\nThe programme places diaspora experts in their countries of origin.\n\nPartners\n- UNDP\n- Italy: funder\n", expect: ["PARTICIPATES_IN", "ctry:it", "ini:mida"] },
    // A role the row denies, a role with a complement of its own, a year: no role held.
    { text: `${WHO_DOES_WHAT}- Italy: potential donor\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- IOM: lead author of the 2019 study\n`, expect: ["LEADS", "org:iom", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- Italy: 1981\n- Spain: 1990\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
    { text: `${WHO_DOES_WHAT}- Italy: donor (until 2012)\n- Spain: donor; pledge not yet paid\n`, expect: ["FUNDS", "ctry:es", "ini:mida"] },
    // The role's holder must open the row: "Funds from Italy: donor pledges" names Italy inside a phrase.
    { text: `${WHO_DOES_WHAT}- Funds from Italy: donor pledges only\n`, expect: ["FUNDS", "ctry:it", "ini:mida"] },
  ],
};

const BUDAPEST_BODIES = "The Budapest Process\n\nThe Budapest Process Steering Committee prepares each ministerial conference.\n\nHow it works\n";
/** Example pages for a label naming a body of the page's forum with its members after the colon (headingLists.test.ts). */
export const BODY_LABEL_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${BUDAPEST_BODIES}- Steering Committee: Hungary, Turkey, Bulgaria and Pakistan along with ICMPD\n`, expect: ["MEMBER_OF", "ctry:pk", "forum:steering-committee-of-the-budapest-process"] },
    { text: `${BUDAPEST_BODIES}- Steering Committee: Hungary, Turkey, Bulgaria and Pakistan along with ICMPD\n`, expect: ["MEMBER_OF", "org:icmpd", "forum:steering-committee-of-the-budapest-process"] },
  ],
  negative: [
    // The value is a clause, not names alone.
    { text: `${BUDAPEST_BODIES}- Steering Committee: chaired by Hungary, with Turkey, Bulgaria and Pakistan taking turns\n`, expect: ["MEMBER_OF", "ctry:tr", "forum:steering-committee-of-the-budapest-process"] },
    // A body the page does not name is nobody's: its names are not the forum's members either.
    { text: `${BUDAPEST_BODIES}- Advisory Board: Austria, Germany, Greece\n`, expect: ["MEMBER_OF", "ctry:gr", "forum:budapest-process"] },
    // A label that is no body's head ("Conference") lists no members of anyone.
    { text: `${BUDAPEST_BODIES}- Conference: Austria, Germany, Greece\n`, expect: ["MEMBER_OF", "ctry:gr", "forum:budapest-process"] },
  ],
};
