import { titleRunPattern, type TitleRunShape } from "./titleRun.js";

/**
 * A title that opens with a capitalised gerund names what a project does ("Enhancing Land Use Efficiency as a
 * Conflict-Resolution Strategy for Refugee Host Community Integration", "Building Resilience as a Pathway to Durable
 * Solutions"). Such a title may hold "as a", "as an" or "as the" between its capitalised words: the whole is one name.
 * Its tail after "as a" has a head noun of its own ("… Strategy for …"), so a reader of head nouns would build the tail
 * alone; where the gerund opens a title (after a project noun, a quote mark or a table cell's bar),
 * the tail is no name of its own.
 */

/** A capitalised gerund opening the run: "Enhancing", "Strengthening", "Building" (not "King", "Sing"). */
const GERUND_OPENING = "(?=[A-Z][a-z]{2,}ing\\s)";

/** The run of a gerund-opened title, with "as" among its small words, for a reader that bounds titles on its own. */
export function gerundTitleRunPattern(shape: TitleRunShape = {}): string {
  return `${GERUND_OPENING}${titleRunPattern({ ...shape, addSmall: [...(shape.addSmall ?? []), "as"] })}`;
}

/** Where a title opens: a quote mark, a bracket or a table cell's bar, or right after a project noun. */
const TITLE_OPENS = "(?:[|\\t\"“‘(]\\s*|\\b(?:project|programme|program|initiative|titled|entitled|called)[,:]?\\s+)";
/** The head of a gerund title up to the "as a" that a tail would start after. */
const GERUND_HEAD = new RegExp(`${TITLE_OPENS}${GERUND_OPENING}${titleRunPattern({ minWords: 2 })}\\s+as\\s+(?:an?|the)\\s+$`, "u");

/** Whether a name starting at `start` is the tail of a gerund title cut after its "as a" (GERUND_HEAD). */
export function gerundTitleTail(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  return /\bas\s+(?:an?|the)\s+$/.test(before) && GERUND_HEAD.test(before);
}

/** Sentences for test/unit/gerundTitle.test.ts: the whole title, or no tail, is read; other "as a" phrases are left alone. */
export const GERUND_TITLE_EXAMPLES = {
  /** The title named in full. */
  whole: [
    { text: "Partners\n\nA follow-up UN-Habitat project, Enhancing Land Use Efficiency as a Conflict-Resolution Strategy for Refugee Host Community Integration, ran from 2020 to 2021, again funded by Japan.", name: "Enhancing Land Use Efficiency as a Conflict-Resolution Strategy for Refugee Host Community Integration" },
    { text: "Projects\n\nIts new project, Promoting Safe Migration as a Development Strategy for Coastal States, was funded by Norway.", name: "Promoting Safe Migration as a Development Strategy for Coastal States" },
    { text: "Projects\n\nSweden funded the project Strengthening Coastal Fisheries as a Platform for Regional Mobility, which ended in 2021.", name: "Strengthening Coastal Fisheries as a Platform for Regional Mobility" },
  ],
  /** The tail after "as a" built alone (none of these may be read). */
  tails: [
    { text: "Partners\n\nA follow-up UN-Habitat project, Enhancing Land Use Efficiency as a Conflict-Resolution Strategy for Refugee Host Community Integration, ran from 2020 to 2021, again funded by Japan.", name: "Conflict-Resolution Strategy for Refugee Host Community Integration" },
    { text: "Projects\n\n| Project | Donor |\n| Building Fisher Resilience as a Pathway to Durable Solutions Programme | Japan |\n| Coastal Safety Initiative | Norway |\n", name: "Pathway to Durable Solutions Programme" },
    { text: "Projects\n\nSweden funded the project Strengthening Coastal Fisheries as a Platform for Regional Mobility, which ended in 2021.", name: "Platform for Regional Mobility" },
  ],
  /** Not a gerund title: the name after "as a" or "as the" stands. */
  kept: [
    { text: "Funding\n\nIn 2019 Norway joined the Coastal Mobility Initiative as a member of its board.", name: "Coastal Mobility Initiative" },
    { text: "Funding\n\nThe Coastal Council serves as the Secretariat of the Coastal Labour Mobility Programme since 2015.", name: "Coastal Labour Mobility Programme" },
    { text: "Funding\n\nGhana Ports acted as the lead of the Harbour Safety Programme, which Japan funded.", name: "Harbour Safety Programme" },
  ],
};
