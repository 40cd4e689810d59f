import type { IdentityRule } from "./IdentityRule.js";
import { occasionOfGroup } from "./meetingOccasionFields.js";
import { agree } from "./meetingOccasions.js";
import type { DiscoveredName } from "./types.js";

const CHRONOLOGY = "Reef Partnership Summits: a chronology\n\nThe Reef Partnership Summit gathers the leaders of the coastal states of the Coral Sea.\n\n2018\n\n- Suva, October: the fifth summit of the Reef Partnership Summit convenes; Fiji is the host.";

/**
 * YEAR_SITTING, in resolve after names are grouped: a numbered sitting whose year came later than its key (a
 * chronology's year heading, NUMBERED_MEETING_YEAR) keeps its ordinal key, while the same sitting written by its
 * series and year ("the Reef Partnership Summit 2018") is keyed by the year: two nodes for one sitting. Where a series
 * has exactly these two sittings in that year, one numbered and one that no reading numbers, and their days and
 * cities agree, they are one sitting under the year's key, its ordinal name an alias. A third sitting that year, a
 * sitting called special, extraordinary, preparatory or informal, two numbers, another day or city, or a day or city
 * only the year's sitting states (the numbered one's may not have been read) keep them apart: the year alone does not
 * tell which sitting it names.
 */
export const YEAR_SITTING: IdentityRule = {
  id: "year-sitting",
  what: "A numbered sitting dated after its key was made and the sitting its series' name and year name are one sitting, when the series has no other sitting that year and their day and city agree (a day or city only the year's sitting states keeps them apart); its id is the year's, the numbered name an alias.",
  words: [],
  positive: [
    {
      // Across documents: the chronology dates the fifth summit; another page names the summit by its year.
      text: CHRONOLOGY,
      others: ["Ports and fisheries\n\nThe Reef Partnership Summit gathers the leaders of the coastal states of the Coral Sea. At the Reef Partnership Summit 2018, Tonga proposed a fund for ports."],
      same: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2018"],
      absent: ["forum:reef-partnership-summit-5-summit"],
    },
    {
      // On one page: the dated name and the numbered one under the year heading.
      text: `${CHRONOLOGY}\n\nAt the Reef Partnership Summit 2018, Tonga proposed a fund for ports.`,
      same: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2018"],
    },
  ],
  negative: [
    {
      // Two numbered sittings in 2018: the year names neither.
      text: `${CHRONOLOGY}\n- December, Apia: the sixth summit of the Reef Partnership Summit meets. Samoa hosts it.`,
      others: ["Ports and fisheries\n\nAt the Reef Partnership Summit 2018, Tonga proposed a fund for ports."],
      apart: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2018"],
    },
    {
      // The year's sitting is placed in Apia in March; nothing places the fifth there: it may be another sitting of 2018.
      text: CHRONOLOGY,
      others: ["Ports and fisheries\n\nThe Reef Partnership Summit 2018 was held in Apia on 3 March 2018. Tonga proposed a fund for ports there."],
      apart: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2018"],
    },
    {
      // Both sides state where and when, and they differ: Suva in October is not Apia in March.
      text: "Reef Partnership Summits: a chronology\n\n2018\n\nThe fifth summit of the Reef Partnership Summit took place in Suva on 9 October 2018, and Fiji was its host.",
      others: ["Ports and fisheries\n\nThe Reef Partnership Summit 2018 was held in Apia on 3 March 2018. Tonga proposed a fund for ports there."],
      apart: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit, Apia, 3 March 2018"],
    },
    {
      // The year's sitting is called a special one: the fifth summit is the regular one of that year.
      text: CHRONOLOGY,
      others: ["Ports and fisheries\n\nAfter the storm an extraordinary summit, the Reef Partnership Summit 2018, met to plan repairs. Tonga proposed a fund for ports."],
      apart: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2018"],
    },
    {
      // Another year is another sitting.
      text: CHRONOLOGY,
      others: ["Ports and fisheries\n\nAt the Reef Partnership Summit 2019, Tonga proposed a fund for ports."],
      apart: ["fifth summit of the Reef Partnership Summit", "Reef Partnership Summit 2019"],
    },
  ],
};

/** The year a group of readings states: its first reading's, else any reading's. */
const yearOf = (group: DiscoveredName[]): number | null => group[0]!.year ?? group.find((d) => d.year)?.year ?? null;
const numbered = (group: DiscoveredName[]) => group.some((d) => d.ordinal || d.occasion?.ordinal);

/**
 * Joins, in `groups` (resolve's groups of one meeting each, first reading first), the numbered sitting into the
 * unnumbered one of the same series and year where they are the series' only two sittings that year. `join` moves
 * the mentions and names of the one key to the other.
 */
export function foldYearSittings(groups: Map<string, DiscoveredName[]>, join: (from: DiscoveredName[], into: DiscoveredName[]) => void): void {
  const byYear = new Map<string, Array<[string, DiscoveredName[]]>>();
  for (const entry of groups) {
    const [, group] = entry;
    const year = yearOf(group);
    if (!group[0]!.isEvent || !group[0]!.parentId || !year) continue;
    const k = `${group[0]!.parentId}|${year}`;
    (byYear.get(k) ?? byYear.set(k, []).get(k)!).push(entry);
  }
  for (const sittings of byYear.values()) {
    const withNumber = sittings.filter(([, g]) => numbered(g));
    const without = sittings.filter(([, g]) => !numbered(g));
    if (withNumber.length !== 1 || without.length !== 1) continue;
    const [[fromKey, from], [, into]] = [withNumber[0]!, without[0]!];
    // A special, extraordinary, preparatory or informal sitting is another than the regular numbered one.
    if ([...from, ...into].some((d) => d.otherSitting)) continue;
    const [numberedOccasion, yearOccasion] = [occasionOfGroup(from) ?? {}, occasionOfGroup(into) ?? {}];
    if (!agree(numberedOccasion, yearOccasion)) continue;
    // A day or city the year's sitting states and the numbered one does not confirm may be another sitting of that year.
    if ((yearOccasion.date || yearOccasion.city) && !(numberedOccasion.date || numberedOccasion.city)) continue;
    join(from, into);
    groups.delete(fromKey);
  }
}
