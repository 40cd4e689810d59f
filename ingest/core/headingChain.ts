import type { EntityKind } from "../../src/ontology/ontology.js";
import type { HeadingListPage } from "./headingListPage.js";
import { listHeading } from "./listHeading.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { Passage } from "./types.js";

/** A heading's last step ("Dialogues › Members" → "Members"). */
const lastStep = (section: string | null | undefined): string | null => section?.split(" › ").pop()?.trim() || null;

/**
 * Whether a heading is a body's name and nothing else ("Migration Dialogue for West Africa", "The Budapest Process
 * (BP)"): the heading over a section that speaks of that body alone, not one that mentions it ("Funding from the EU").
 */
function isNameOnly(label: string, names: readonly string[]): boolean {
  const bare = label.replace(/\s*\([^)]*\)\s*$/, "").replace(/^the\s+/i, "").trim().toLowerCase();
  return names.some((n) => n.replace(/^the\s+/i, "").toLowerCase() === bare);
}

/**
 * The owner of rows under a sub-heading that is a bare list label ("Member States", "Observers", "Status of
 * ratification"): a plain-text page prints its headings flat, so the label's parent is the nearest heading before it
 * that is a body's name alone. Labels of lists in between ("Participating States" then "Observers") are stepped over;
 * any other heading ("Related fora", "Other activities") breaks the chain, and the owner is then not found here.
 */
export function headingChain(page: HeadingListPage, passage: Passage, kinds: readonly EntityKind[]): M | null {
  const { passages } = page.doc;
  let i = passages.indexOf(passage);
  if (i < 0) return null;
  let section = passage.section;
  // The rows' own label must name nothing: a heading that names its owner is read as such (sectionList).
  const own = lastStep(section);
  if (!own || !listHeading(`${own}: `)) return null;
  for (;;) {
    while (i >= 0 && passages[i]!.section === section) i--;
    if (i < 0) return null;
    section = passages[i]!.section;
    const label = lastStep(section);
    if (!label) return null;
    const found = page.named(label, kinds);
    const e = found ? page.entities.get(found.id) : undefined;
    if (found && e && isNameOnly(label, [e.name, e.acronym, ...e.aliases].filter((n): n is string => !!n))) return found;
    // A list label between the name and the rows ("Participating States" above "Observers") keeps the chain going.
    if (found || !listHeading(`${label}: `)) return null;
  }
}

/** Example pages (test/unit/headingChain.test.ts): `expect` is [type, source, target]. */
export const HEADING_CHAIN_EXAMPLES: TripleExamples = {
  positive: [
    // A dialogue's name as a heading, a paragraph, then its members under a bare sub-heading: the dialogue's, not the
    // body the page's title names.
    { text: "Dialogues that IOM supports\n\nMigration Dialogue for Southern Africa\n\nThe dialogue first met in 2000 and meets once a year.\n\nMember States\n\nAngola\nBotswana\nLesotho\n", expect: ["MEMBER_OF", "ctry:bw", "forum:midsa"] },
    // Two list labels in a row: the second also belongs to the named heading above the first.
    { text: "Dialogues that IOM supports\n\nMigration Dialogue for Southern Africa\n\nThe dialogue first met in 2000.\n\nMember States\n\nAngola\nBotswana\n\nObservers\n\nUNHCR\nICMPD\n", expect: ["PARTICIPATES_IN", "org:unhcr", "forum:midsa"] },
  ],
  negative: [
    { text: "Dialogues that IOM supports\n\nMigration Dialogue for Southern Africa\n\nThe dialogue first met in 2000 and meets once a year.\n\nMember States\n\nAngola\nBotswana\nLesotho\n", expect: ["MEMBER_OF", "ctry:bw", "org:iom"] },
    // A heading that only mentions the body ("Support to ...") is no name over the rows: the chain stops there.
    { text: "Dialogues that IOM supports\n\nSupport to the Migration Dialogue for Southern Africa\n\nIOM also advises the Budapest Process on data.\n\nMember States\n\nAngola\nBotswana\n", expect: ["MEMBER_OF", "ctry:bw", "forum:midsa"] },
    // A heading of another kind between the name and the label breaks the chain.
    { text: "Dialogues that IOM supports\n\nMigration Dialogue for Southern Africa\n\nThe dialogue first met in 2000.\n\nNews from the region\n\nThe Budapest Process met in Sofia in March.\n\nMember States\n\nAngola\nBotswana\n", expect: ["MEMBER_OF", "ctry:bw", "forum:midsa"] },
  ],
};
