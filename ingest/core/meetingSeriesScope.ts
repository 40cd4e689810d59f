import type { Catalog } from "../catalog/catalog.js";
import { headWord } from "./headKind.js";
import type { DiscoveredName, Mention } from "./types.js";
import type { RecentForums } from "./RecentForums.js";
import { isGoverningName } from "./subBodyRules.js";
import { bodyNamedLast } from "./bodyNamedLast.js";
import { sitsInSessions } from "./meetingSittingBody.js";
import { ONE_OFF_HEADS, ONE_OFF_WORDS, ONE_SITTING_OPENING } from "./meetingPatterns.js";

/** A head word as series are remembered by it: lower case, no plural "s". */
export const headKey = (word: string) => word.toLowerCase().replace(/s$/, "");

/**
 * Which standing series a passage's meeting phrases belong to, for meetingMentions (meetings.ts): the series a mention
 * names, the one the passage named last, the section's or page's one series, or one an earlier passage carried. Its
 * readers are bound arrow properties, so they can be handed on to the phrase readers as they are.
 */
export class MeetingSeriesScope {
  /** Head word → the series this passage named last with it; a dated meeting names its series too. */
  readonly here = new Map<string, string>();

  constructor(
    private readonly sorted: Mention[],
    private readonly catalog: Catalog,
    private readonly discovered: (key: string) => DiscoveredName | undefined,
    private readonly recent: RecentForums,
  ) {}

  /** A forum's names; `sitting`: a phrase numbering a sitting also makes a commission or board read as an organization a series. */
  readonly forum = (key: string, sitting = false) => {
    const e = this.catalog.byId.get(key) ?? this.discovered(key);
    return e && ((e.kind === "FORUM" && !e.isEvent) || (sitting && sitsInSessions(e))) ? { name: e.name, short: e.acronym ?? e.name } : null;
  };

  /**
   * A discovered "Expert Meeting on X" or "Conference on Y" may be one meeting, not a series: a year beside it dates
   * it, it does not pick one of its meetings (only an ordinal says it recurs). Catalog forums are series.
   */
  readonly oneOff = (key: string) => !this.catalog.byId.has(key) && ONE_OFF_HEADS.has(headWord(this.discovered(key)?.name ?? "")?.toLowerCase() ?? "");

  /** "Extraordinary Fisheries Summit", "Special Session on X": a discovered name its own words make one sitting. */
  readonly oneSittingNamed = (key: string, name = this.discovered(key)?.name ?? "") => !this.catalog.byId.has(key) && ONE_SITTING_OPENING.test(name) && ONE_OFF_WORDS.has(headWord(name)?.toLowerCase() ?? "");

  /** The standing series a mention names (itself, or the forum it is part of), else null. */
  readonly series = (key: string): string | null => {
    if (this.forum(key)) return key;
    const parentId = this.catalog.byId.get(key)?.parentId ?? this.discovered(key)?.parentId;
    return parentId && this.forum(parentId) ? parentId : null;
  };

  readonly headsOf = (id: string) => this.forum(id)!.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map(headKey);

  /** The standing series the passage named last before `at` (a meeting of it names it too), else one named before. */
  readonly lastSeries = (at: number): string | null => this.passageSeries(at) ?? this.carried();

  /**
   * CARRIED_SERIES: the series an earlier passage named last, carried to this passage's unnamed sitting ("the fourth
   * meeting"). A listed global series known by its acronym ("… fed into the GFMD") is one that pages about other
   * processes cite in passing: it holds a sitting only where its name is written there, or where the earlier passage
   * led into a list of its meetings ("Meetings of the X so far:"). A discovered name its own words make one sitting
   * ("Extraordinary Fisheries Summit") has no numbered sessions: an earlier passage naming it carries no series to a
   * bare "the third session".
   */
  readonly carried = (): string | null => {
    const last = this.recent.last ?? null;
    if (!last || this.recent.lastLeadIn) return last;
    return this.catalog.byId.get(last)?.acronym || this.oneSittingNamed(last) ? null : last;
  };

  /**
   * "for a first Ministerial Consultation" under the heading "The first session (Abu Dhabi, January 2008)": a meeting the
   * sentence numbers as the section heading's sitting is that sitting of the page's series, whatever series the
   * sentence names in passing, keyed as the heading keys it and dated by it (SECTION_SITTING).
   */
  readonly sectionSitting = (n: number): { parentId: string; key: string; year: number } | null => {
    const sitting = this.recent.sectionMeeting;
    const parentId = sitting?.ordinal === n ? this.topicSeries() : null;
    return parentId ? { parentId, key: `${n} ${sitting!.noun}`, year: sitting!.year } : null;
  };

  /**
   * The series a bare numbered meeting ("the first session") of this passage belongs to: the one the passage named last,
   * else the one a lead-in right before it named ("Meetings of the X so far:"), else the section's or the page's one
   * series, and only then one an earlier passage named (CARRIED_SERIES).
   */
  readonly bareOrdinalSeries = (at: number): string | null => {
    // "A Steering Committee oversees the fund. At the fourth meeting, …": the governing body's sitting (SUB_BODY_SITTING).
    if (bodyNamedLast(this.sorted, at, this.series, this.isBodyOf)) return null;
    return this.passageSeries(at) ?? (this.recent.lastLeadIn ? this.carried() : null) ?? this.topicSeries() ?? this.carried();
  };

  /** The standing series the page has named so far, this passage's first, for a sitting named by its series' city (cityNumeralSittings.ts). */
  readonly pageSeries = (at: number): string[] => {
    const here = this.sorted.filter((m) => m.localEnd <= at && m.kind === "FORUM").map((m) => this.standing(m.key));
    return [...here, this.topicSeries(), this.recent.last, ...[...this.recent.byHead.values()].flatMap((ids) => [...ids])].filter((id): id is string => !!id && !this.isBodyOf(id));
  };

  /** A governing body ("Steering Group of the Coastal Process") holds its own meetings only where a phrase names it. */
  readonly passageSeries = (at: number): string | null => {
    const sorted = this.sorted;
    for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.localEnd <= at && sorted[i]!.kind === "FORUM") { const s = this.series(sorted[i]!.key); if (s && !this.isBodyOf(s)) return s; }
    return null;
  };

  /** The series a mention names, unless it is a governing body (whose meetings a phrase must name it for). */
  readonly standing = (key: string): string | null => {
    const s = this.series(key);
    return s && !this.isBodyOf(s) ? s : null;
  };

  readonly isBodyOf = (id: string): boolean => isGoverningName(this.forum(id)?.name ?? "");

  /** The one series the section heading names, else (unless `sectionOnly`) the one the page title names, else null. */
  readonly topicSeries = (sectionOnly = false): string | null => {
    for (const ids of sectionOnly ? [this.recent.section] : [this.recent.section, this.recent.page ?? []]) {
      const named = [...new Set(ids.map(this.series).filter((id): id is string => !!id))];
      if (named.length > 0) return named.length === 1 ? named[0]! : null;
    }
    return null;
  };

  /**
   * The series a "the <year> <Head>" phrase reads: the one this passage named last with that head, else the one
   * the section heading names, else the one earlier passages named when they named only one (YEAR_FORUM_SERIES).
   */
  readonly seriesFor = (head: string): string | undefined => {
    const named = this.here.get(head);
    if (named) return named;
    const headed = [...new Set(this.recent.section.map(this.series).filter((id): id is string => !!id && this.headsOf(id).includes(head)))];
    if (headed.length > 0) return headed.length === 1 ? headed[0] : undefined;
    const earlier = this.recent.byHead.get(head);
    return earlier?.size === 1 ? [...earlier][0] : undefined;
  };
}
