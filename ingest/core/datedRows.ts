import type { Catalog } from "../catalog/catalog.js";
import { DATED_ROW_OPENING } from "./contentRows.js";
import { yearMeeting } from "./yearMeeting.js";
import { ORDINAL, ordinalNumber, romanNumber, seriesHead } from "./ordinals.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * A year-by-year list of a forum's meetings ("2009 - Tunis (Africa)", "2001 | II | Santiago, Chile") under a
 * heading, a table header or a lead-in that speaks of meetings ("The summits so far:", "Conferences, 2000-2008",
 * "Year | Conference | Venue"): each row is that year's meeting of the standing forum the page named last.
 * A list of years with no meeting word before it (a timeline of an agency, of a programme) names no meeting,
 * and a row that another forum's name opens is left to the meeting reader (meetings.ts).
 */
export const DATED_ROW_MEETINGS = {
  id: "dated-row-meetings",
  what: "A row opening on a year, in a list that a meeting word introduces (a plural in the heading, any form in a table header or a lead-in ending in a colon), is that year's meeting of the standing forum named last before the list.",
  /** In a heading only the plural: "Conference" or "Forum" in a heading is more often a series' own name. */
  meetingsWord: /\b(?:summits|conferences|meetings|sessions|editions|consultations|assemblies|congresses|ministerials)\b/i,
  meetingWord: /\b(?:summits?|conferences?|meetings?|sessions?|editions?|consultations?|assembl(?:y|ies)|congress(?:es)?|ministerials?)\b/i,
  row: DATED_ROW_OPENING,
  positive: [
    { text: "Coastal Migration Forum\n\nThe Coastal Migration Forum meets every two years. Its summits so far:\n\n2007 - Accra (Africa)\n2009 - Lima (Americas)\n", meeting: "Coastal Migration Forum 2009" },
    { text: "The Coastal Migration Forum was set up in 2005.\n\nSessions, 2006-2008\n\nYear | Session | Venue\n2006 | I | Accra, Ghana\n2008 | II | Lima, Peru\n", meeting: "Coastal Migration Forum 2006" },
    // A timeline entry giving its month, under a page whose headline alone names the forum (PAGE_SERIES).
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- June 2011: second meeting, Kisumu, 8-9 June, on fishing communities.\n- June 2012: third meeting, Mwanza, on border markets.\n", meeting: "Lakeshore Migration Dialogue 2011" },
    { text: "Coastal Forum on Fisheries\n\nThe forum was founded by the coastal states.\n\nMilestones\n\n- March 2002: first meeting of the Coastal Forum on Fisheries, Accra, 5-6 March.\n- April 2004: Third Meeting, Lagos, hosted by Nigeria.\n", meeting: "Coastal Forum on Fisheries 2004" },
  ],
  negative: [
    { text: "The Coastal Migration Forum was set up in 2005 by IOM.\n\nIOM milestones\n\n2007 - IOM opened an office in Accra\n2009 - IOM moved to Lima\n", meeting: "Coastal Migration Forum 2007" },
    { text: "IOM works with many partners.\n\nSummits\n\n2007 - Accra (Africa)\n", meeting: "IOM 2007" },
    // A month-dated entry that names no meeting of the series: an office opening, another body's gathering.
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- June 2011: IOM opened a field office in Kisumu.\n- May 2013: a ministerial meeting of the lake states, which was not itself a Dialogue.\n", meeting: "Lakeshore Migration Dialogue 2011" },
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- May 2013: a ministerial meeting of the lake states, which was not itself a Dialogue.\n", meeting: "Lakeshore Migration Dialogue 2013" },
    // OWN_SERIES_ROW: the row names the process's own numbered conference; the working group the page named before held none.
    { text: "The Heron Process\n\nThe Heron Process is a dialogue on migration between the states of the northern lakes. Its Working Group on the Reed Basin was set up in 2001 and is chaired by Estonia.\n\nEarlier ministerial conferences\n\n1999: Tartu; the 2nd Ministerial Conference was hosted by Estonia\n2003: Kaunas; the 3rd Ministerial Conference met at the invitation of the Lithuanian government\n", meeting: "Working Group on the Reed Basin 2003" },
  ],
};

/**
 * A dated entry that says itself it is a meeting ("2013 – 4th Forum, Bangkok, Thailand", "2012: Senior officials
 * meeting, Manila", "2014: Third ministerial consultation, Kuwait City"): a meeting noun within the entry's first
 * few words, after an ordinal or a capitalised qualifier, needs no heading speaking of meetings. "2009 - IOM opened an
 * office in Accra" and "2015 – Launch of the report" name none.
 */
const LEADING_ORDINAL = new RegExp(`^(?:the\\s+)?${ORDINAL}\\s+`, "i");
// Qualifiers are capitalised words or known lower-case ones, case kept: "Launch of the Forum report" has "of the".
const QUALIFIED_MEETING = /^(?:(?:[A-Z][a-z]+|high|senior|ministerial|technical|regional|annual|plenary|thematic|officials?)[- ]?(?:level\s+)?\s*){0,3}(?:[Ff]orum|[Mm]eeting|[Ss]ummit|[Cc]onference|[Cc]onsultation|[Ss]ession|[Aa]ssembly|[Cc]ongress|[Mm]inisterial|[Dd]ialogue|[Rr]ound ?[Tt]able)\b/;

export const SELF_NAMED_MEETING = {
  id: "self-named-meeting",
  test: (rest: string) => QUALIFIED_MEETING.test(rest.replace(LEADING_ORDINAL, "")),
  positive: ["4th Forum, Bangkok, Thailand (20–23 May 2013)", "Senior officials meeting, Manila, Philippines", "Third ministerial consultation, Kuwait City (Kuwait)", "Ministerial Conference, Rome, Italy"],
  negative: ["IOM opened an office in Accra", "Launch of the Forum report", "Manila, Philippines", "Kenya joined the process"],
};

type Series = { id: string; name: string; short: string };
/** The standing forums by each of their names, lower-cased, built once per catalog. */
const FORUMS_BY_NAME = new WeakMap<Catalog, Map<string, Series>>();
function forumsByName(catalog: Catalog): Map<string, Series> {
  let byName = FORUMS_BY_NAME.get(catalog);
  if (byName) return byName;
  byName = new Map();
  for (const e of catalog.entities) {
    if (e.kind !== "FORUM" || e.isEvent) continue;
    for (const name of [e.name, e.acronym, ...(e.aliases ?? [])]) if (name) byName.set(name.toLowerCase().replace(/^the\s+/, ""), { id: e.id, name: e.name, short: e.acronym ?? e.name });
  }
  FORUMS_BY_NAME.set(catalog, byName);
  return byName;
}

export interface RowMeeting {
  start: number;
  end: number;
  entity: DiscoveredName;
}

/** Reads a document's passages in order; `row` answers for a dated row, `saw` records every other passage. */
export class DatedRowReader {
  private series: { id: string; name: string; short: string } | null = null;
  private meetingList = false;
  /** The cells of the last table header ("Year | Conference | Venue"). */
  private header: string[] = [];
  private section: string | null = null;

  constructor(
    private readonly catalog: Catalog,
    private readonly discovered: (key: string) => DiscoveredName | undefined,
  ) {}

  /**
   * PAGE_SERIES: the standing forum the page is about, by its title or headline (recognise.ts `topic`, `pageBody`), is the series of its
   * dated rows until a passage names another ("High Commissioner's Forum: a timeline" over "2009: third meeting, Accra").
   */
  page(body: { id: string; kind: string; name: string; acronym: string | null } | undefined): void {
    if (body?.kind === "FORUM" && !this.series) this.series = { id: body.id, name: body.name, short: body.acronym ?? body.name };
  }

  /** A new section: its heading may introduce a list of meetings. */
  enter(section: string | null): void {
    if (section === this.section) return;
    this.section = section;
    this.meetingList = !!section && DATED_ROW_MEETINGS.meetingsWord.test(section);
    // A heading that is a standing forum's name ("Global Forum on Remittances") makes it the series of the rows under it.
    const label = section?.split(" › ").pop()?.trim().toLowerCase();
    const forum = label ? this.forumNamed(label) : null;
    if (forum) this.series = forum;
  }

  private forumNamed(label: string): { id: string; name: string; short: string } | null {
    return forumsByName(this.catalog).get(label.replace(/^the\s+/, "")) ?? null;
  }

  /** The meeting a dated row names, or null. */
  row(text: string, mentions: Mention[]): RowMeeting | null {
    const m = DATED_ROW_MEETINGS.row.exec(text);
    if (!m || !this.series) return null;
    // An entry naming its meeting itself stands alone only where nothing but a place is named before its first comma:
    // a body or programme there ("2019 – UNDP regional meeting, Dakar") says whose meeting it was.
    const comma = text.indexOf(",");
    // The series itself named there ("first meeting of the Coastal Forum, Accra") says nothing else.
    const series = this.series;
    const selfNamed = !this.meetingList && SELF_NAMED_MEETING.test(text.slice(m[0].length - 1)) && comma > 0 && !mentions.some((x) => x.localStart < comma && x.kind !== "COUNTRY" && x.key !== series.id);
    if (!this.meetingList && !selfNamed) return null;
    const opener = mentions.find((x) => x.localStart <= m[0].length + 2);
    if (opener && opener.kind === "FORUM") return null;
    // OWN_SERIES_ROW: a row whose own words name a meeting of another series ("2004: Valletta; the 4th Ministerial
    // Conference …" on a process's page) is that meeting, not a sitting of a body an earlier sentence named.
    if (mentions.some((x) => x.kind === "FORUM" && this.meetingOfOther(x.key, series.id))) return null;
    const year = Number(m[1]);
    const entity = yearMeeting(this.catalog, this.series.id, this.series.short, year);
    const ordinal = this.ordinalOf(text);
    // The mention is the year's span: a month may stand before it ("May 2011: third session, Accra").
    const start = m[0].lastIndexOf(m[1]!);
    return { start, end: start + 4, entity: { ...entity, alias: `${this.series.name} ${year}`, ...(ordinal ? { ordinal } : {}) } };
  }

  /**
   * ORDINAL_YEAR: a row's numbered cell ("2000 | I | Buenos Aires") gives its meeting's ordinal, keyed with the noun
   * its column's header gives ("Conference"), else the series' head noun, as meetings.ts keys "the first Conference".
   */
  private ordinalOf(text: string): string | null {
    const cells = text.split(/\s*[|\t]\s*/);
    for (let i = 1; i < cells.length; i++) {
      const cell = cells[i]!.trim();
      const n = /^[IVXLC]{1,7}$/.test(cell) ? romanNumber(cell) : /^\d{1,3}(?:st|nd|rd|th)$|^[A-Za-z]+(?:-[a-z]+)?$/.test(cell) ? Number(ordinalNumber(cell)) : 0;
      if (!n) continue;
      const column = this.header[i]?.trim() ?? "";
      const noun = /^[A-Z][a-z]+$/.test(column) && DATED_ROW_MEETINGS.meetingWord.test(column) ? column.toLowerCase() : seriesHead(this.series!.name);
      return `${n} ${noun}`;
    }
    return null;
  }

  /** Any other passage: the last standing forum it names, and whether it leads into a list of meetings. */
  saw(text: string, mentions: Mention[]): void {
    if (DATED_ROW_MEETINGS.row.test(text)) return;
    for (const x of [...mentions].sort((a, b) => a.localStart - b.localStart)) {
      const forum = this.standing(x.key);
      if (forum) this.series = forum;
    }
    const lastSentence = text.split(/(?<=[.!?])\s+/).pop() ?? "";
    if (/\|/.test(lastSentence) && /\byear\b/i.test(lastSentence)) this.header = lastSentence.split("|");
    if (DATED_ROW_MEETINGS.meetingWord.test(lastSentence) && /[:|]\s*$|\|/.test(lastSentence)) this.meetingList = true;
  }

  /** Whether `key` is a meeting whose own series is not `series`. */
  private meetingOfOther(key: string, series: string): boolean {
    const e = this.catalog.byId.get(key) ?? this.discovered(key);
    return !!e?.isEvent && !!e.parentId && e.parentId !== series;
  }

  private standing(key: string): { id: string; name: string; short: string } | null {
    const c = this.catalog.byId.get(key);
    if (c) return c.kind === "FORUM" && !c.isEvent ? { id: c.id, name: c.name, short: c.acronym ?? c.name } : null;
    const d = this.discovered(key);
    return d && d.kind === "FORUM" && !d.isEvent ? { id: d.key, name: d.name, short: d.acronym ?? d.name } : null;
  }
}
