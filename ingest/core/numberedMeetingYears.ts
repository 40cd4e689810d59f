import { MONTH } from "./months.js";
import { rowLeadYear } from "./rowLeadYear.js";
import { sectionYear } from "./sectionYear.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * NUMBERED_MEETING_YEAR: a numbered meeting of a series that the document names only under a chronology's year heading
 * ("2001" over "The dialogue is launched at the 50th session of the Council.") or in the paragraph right under a dated
 * row of a list of meetings ("2021 - Apia" over "The fourth summit … gathered in Apia …") was held that year. The year is taken
 * only from passages that state no year but the heading's (a year the meeting had been scheduled for, "was first
 * scheduled for June 2020, then delayed", is none it was held in), and only where every such passage naming the meeting sits under
 * the same year: one ordinal under two year headings is two readings, and the meeting stays undated. A meeting the year
 * looks forward to ("a discussion on the way to the first Review Forum", "to prepare the third conference") is not one
 * held that year.
 */
export class NumberedMeetingYears {
  private readonly years = new Map<string, Set<number>>();

  /** Notes the year heading over one passage (or the year of the dated row right above it) for the undated numbered meetings it names. */
  saw(text: string, section: string | null | undefined, mentions: readonly Mention[], discovered: ReadonlyMap<string, DiscoveredName>, rowYear: number | null = null): void {
    const above = sectionYear(section) ?? rowYear;
    // An entry's own label (ROW_LEAD_YEAR) dates the sentence it opens and those before the mention's end; a later
    // sentence of the entry may tell of another year's event without undoing the label.
    const lead = above ? null : rowLeadYear(text);
    const year = above ?? lead;
    if (!year || (above && heldYears(text).some((y) => y !== year))) return;
    for (const m of mentions) {
      const d = discovered.get(m.key);
      if (!d || !undatedNumbered(d) || LOOKS_FORWARD.test(text.slice(Math.max(0, m.localStart - 40), m.localStart))) continue;
      if (lead && heldYears(text.slice(0, sentenceEnd(text, m.localEnd))).some((y) => y !== year)) continue;
      this.years.set(d.key, (this.years.get(d.key) ?? new Set()).add(year));
    }
  }

  /** Dates each noted meeting that one year heading alone covers. */
  apply(discovered: Map<string, DiscoveredName>): void {
    for (const [key, years] of this.years) {
      const d = discovered.get(key);
      if (!d || !undatedNumbered(d) || years.size !== 1) continue;
      d.year = [...years][0]!;
    }
  }
}

/** "scheduled for June 2020", "delayed from 2020": a year a meeting was meant for or moved from, not one it was held in. */
const PLANNED_YEAR = new RegExp(String.raw`\b(?:planned|scheduled|due|postponed|put\s+off|delayed|moved)\s+(?:for|to|until|from)\s+(?:(?:early|mid|late)\s+)?(?:${MONTH}\s+)?(?:19|20)\d{2}\b`, "g");
/** "since 2016", "since December 2023": a year a span is counted from, not one a meeting was held in. */
const SINCE_YEAR = new RegExp(String.raw`\bsince\s+(?:(?:early|mid|late)\s+)?(?:${MONTH}\s+)?(?:19|20)\d{2}\b`, "g");
/** The years a passage states, leaving out those it says a meeting was planned for and those a span runs from. */
const heldYears = (text: string): number[] => [...text.replace(PLANNED_YEAR, "").replace(SINCE_YEAR, "").matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
/** The end of the sentence a position lies in (the passage's end when no full stop follows). */
const sentenceEnd = (text: string, at: number): number => {
  const stop = /[.;](?=\s|$)/g;
  stop.lastIndex = at;
  return stop.exec(text)?.index ?? text.length;
};

const LOOKS_FORWARD = /\b(?:to|towards?|ahead\s+of|before|until|for|prepar(?:e|es|ing)|next)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
const undatedNumbered = (d: DiscoveredName) => d.kind === "FORUM" && !!d.isEvent && !!d.ordinal && !!d.parentId && !d.year;
