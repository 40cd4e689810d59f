import { sectionYear } from "./sectionYear.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * NUMBERED_MEETING_YEAR: a numbered meeting of a series that the document names only under a chronology's year heading
 * ("2001" over "The dialogue is launched at the 50th session of the Council.") was held that year. The year is taken
 * only from passages that state no year of their own, and only where every such passage naming the meeting sits under
 * the same year: one ordinal under two year headings is two readings, and the meeting stays undated. A meeting the year
 * looks forward to ("a discussion on the way to the first Review Forum", "to prepare the third conference") is not one
 * held that year.
 */
export class NumberedMeetingYears {
  private readonly years = new Map<string, Set<number>>();

  /** Notes the year heading over one passage for the undated numbered meetings it names. */
  saw(text: string, section: string | null | undefined, mentions: readonly Mention[], discovered: ReadonlyMap<string, DiscoveredName>): void {
    const year = sectionYear(section);
    if (!year || /\b(?:19|20)\d{2}\b/.test(text)) return;
    for (const m of mentions) {
      const d = discovered.get(m.key);
      if (!d || !undatedNumbered(d) || LOOKS_FORWARD.test(text.slice(Math.max(0, m.localStart - 40), m.localStart))) continue;
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

const LOOKS_FORWARD = /\b(?:to|towards?|ahead\s+of|before|until|for|prepar(?:e|es|ing)|next)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
const undatedNumbered = (d: DiscoveredName) => d.kind === "FORUM" && !!d.isEvent && !!d.ordinal && !!d.parentId && !d.year;
