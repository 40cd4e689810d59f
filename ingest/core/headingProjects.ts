import type { NameRule } from "./NameRule.js";

/**
 * A page listing a body's projects: "Completed projects", then one heading per project ("Coastal i-Map
 * (2009-2010)", "Linking Fishers for More Development"), each with prose or a fact sheet under it. Each such
 * heading names an initiative, and what is written under it is about it (the section's topic). Headings are not
 * passages, so without this the name was never an entity. The list runs from a heading that names projects,
 * programmes or initiatives as a class, over the headings after it that are written as names, and ends at the first
 * heading that is not one ("About us", "Contact", "News from the field"). A heading of one word (an acronym the prose
 * defines) or one naming something already known is left to the names the text gives.
 */
export const HEADING_PROJECTS: NameRule = {
  id: "heading-projects",
  what: "Under a heading naming projects or programmes as a class, a following heading written as a name (two words or more, capitalised, an optional bracket of dates) names an initiative; prose headings end the list.",
  words: ["projects", "programmes", "programs", "initiatives"],
  positive: [
    { text: "About the Dialogue\n\nThe Coastal Dialogue brings officials together.\n\nCompleted projects\n\nThe Dialogue ran many projects.\n\nCoastal Route Atlas (2009-2010)\n\nThe atlas maps fishing routes.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Coastal Route Atlas", kind: "INITIATIVE" },
    { text: "About the Dialogue\n\nThe Coastal Dialogue brings officials together.\n\nCompleted projects\n\nThe Dialogue ran many projects.\n\nCoastal Route Atlas (2009-2010)\n\nThe atlas maps fishing routes.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Completed projects\n\nThe Dialogue ran many projects.\n\nAbout the Dialogue\n\nThe Coastal Dialogue brings officials together.", name: "About the Dialogue" },
    { text: "Our partners\n\nThe Dialogue has many partners.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development" },
    { text: "Completed projects\n\nThe Dialogue ran many projects.\n\nNews from the field\n\nThe atlas was shown in Rome.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development" },
  ],
};

const CLASS_HEADING = new RegExp(`^(?:(?:completed|current|ongoing|past|former|our|other|recent|selected|main|key|new|regional|national|joint)\\s+)*(?:${HEADING_PROJECTS.words.join("|")})\\s*:?$`, "i");
/** Headings that introduce prose, not a name: "About the Dialogue", "How it works", "News from the field". */
const PROSE_OPENERS = /^(?:about|how|what|who|where|why|when|news|contact|related|see|more|further|latest|home|background|overview|partners?|donors?|countries|publications?|resources|documents|meetings|events|our|the|a|an|in|on|for|from|with|this|these|its)\b/i;
/** A trailing bracket of dates or a span: "(2009-2010)", "(to 2014)", "(since 2018)". */
const DATES_AFTER = /\s*\((?:[^()]*\d{4}[^()]*)\)\s*$/;

/** The name a heading in a project list gives, or null when it is no name. */
export function headingProjectName(label: string): string | null {
  const name = label.replace(DATES_AFTER, "").trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 14 || !/^[A-Z]/.test(name) || /[.!?;:,]/.test(name) || PROSE_OPENERS.test(name)) return null;
  // A name's words are capitalised, save its connectors ("for", "of the", "and") and a lower-case-led coinage ("i-Map").
  const lower = words.filter((w) => /^[a-z]/.test(w) && !/^(?:of|for|and|the|on|in|to|through|with|a|an|at|by|from|against|[a-z]-\w+)$/.test(w));
  return lower.length === 0 ? name : null;
}

/** Reads a document's section headings in order: the one that names a listed project, once per heading. */
export class HeadingProjects {
  private listing = false;
  private last: string | null = null;

  /** The project name the passage's section heading gives when it is a new heading in a project list, else null. */
  enter(section: string | null): string | null {
    if (section === this.last) return null;
    this.last = section;
    if (!section) return null;
    if (CLASS_HEADING.test(section.trim())) {
      this.listing = true;
      return null;
    }
    if (!this.listing) return null;
    const name = headingProjectName(section.trim());
    if (!name) this.listing = false;
    return name;
  }
}
