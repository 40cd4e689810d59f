import type { NameRule } from "./NameRule.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A page listing a body's projects: "Completed projects", then one heading per project ("Coastal i-Map
 * (2009-2010)", "Linking Fishers for More Development"), each with prose or a fact sheet under it. Each such
 * heading names an initiative, and what is written under it is about it (the section's topic). Headings are not
 * passages, so without this the name was never an entity. The list runs from a heading that names projects,
 * programmes or initiatives as a class, over the headings after it that are written as names, and ends at the first
 * heading that is not one ("About us", "Contact", "News from the field"). A heading of one word (an acronym the prose
 * defines) or one naming something already known is left to the names the text gives.
 */
const ENTRIES =
  "Lagoon Council | Our work\n\nProjects in the Gulf of Guinea\n\nThe Lagoon Council runs several projects along the coast.\n\n1. Coastal Ferry Safety Programme\n\nThe programme trains boat crews.\n\n" +
  "2. Port health\n\nA further project equips clinics in ports.\n\n3. Harbour Data Exchange (HDX)\n\nThe exchange shares arrival figures.\n\n" +
  '4. "Safer journeys for seasonal workers"\n\nThe project informs workers before they travel.';

export const HEADING_PROJECTS: NameRule = {
  id: "heading-projects",
  what: "Under a heading naming projects or programmes as a class (\"Projects\", \"Projects in the Andes\", \"III. PROJECTS SINCE 2010\"), a following heading written as a name (two words or more, capitalised, an optional number before it and bracket of dates or acronym after it; or a title in quotation marks) names an initiative; prose headings end the list, unless numbered as the entries are.",
  words: ["projects", "programmes", "programs", "initiatives"],
  positive: [
    { text: "About the Dialogue\n\nThe Coastal Dialogue brings officials together.\n\nCompleted projects\n\nThe Dialogue ran many projects.\n\nCoastal Route Atlas (2009-2010)\n\nThe atlas maps fishing routes.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Coastal Route Atlas", kind: "INITIATIVE" },
    { text: "About the Dialogue\n\nThe Coastal Dialogue brings officials together.\n\nCompleted projects\n\nThe Dialogue ran many projects.\n\nCoastal Route Atlas (2009-2010)\n\nThe atlas maps fishing routes.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development", kind: "INITIATIVE" },
    // Numbered entries under a class heading with a complement; a quoted title taken whole; an acronym in brackets left off.
    { text: ENTRIES, name: "Coastal Ferry Safety Programme", kind: "INITIATIVE" },
    { text: ENTRIES, name: "Harbour Data Exchange", kind: "INITIATIVE" },
    { text: ENTRIES, name: "Safer journeys for seasonal workers", kind: "INITIATIVE" },
    // The class heading with no passage under it, right above the first entry (structure.ts headingAbove).
    { text: "Harbour Network: a year report\n\nThe network links port towns.\n\nII. PROJECTS SINCE 2012\n\nHarbour Link (March 2013 - May 2015)\nThe first project paired ports.", name: "Harbour Link", kind: "INITIATIVE" },
    { text: "II. PROJECTS SINCE 2012\n\nThe network has run four projects.\n\nHarbour Link (March 2013 - May 2015)\n\nThe first project paired ports.", name: "Harbour Link", kind: "INITIATIVE" },
  ],
  negative: [
    { text: ENTRIES, name: "Port health" },
    { text: "Harbour Network: a year report\n\nThe network links port towns.\n\nII. OUR YEAR\n\nHarbour Link (March 2013 - May 2015)\nThe first project paired ports.", name: "Harbour Link" },
    { text: "Projects and partners\n\nThe council works with many.\n\n1. Coastal Ferry Safety Programme\n\nThe programme trains boat crews.", name: "Coastal Ferry Safety Programme" },
    { text: "Completed projects\n\nThe Dialogue ran many projects.\n\nAbout the Dialogue\n\nThe Coastal Dialogue brings officials together.", name: "About the Dialogue" },
    { text: "Our partners\n\nThe Dialogue has many partners.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development" },
    { text: "Completed projects\n\nThe Dialogue ran many projects.\n\nNews from the field\n\nThe atlas was shown in Rome.\n\nLinking Fishers for More Development\n\nA joint project of IOM and FAO.", name: "Linking Fishers for More Development" },
  ],
};

/**
 * An entry's number before a heading: "1. ", "2) ", "III. ", "B. ". A list of numbered entries holds together: a
 * numbered heading that is no name ("5. Border management") does not end it, as the next number continues it.
 */
const ENUMERATION = /^(?:\d{1,2}|[IVX]{1,5}|[A-H])[.)]\s+/;

/** A heading written as a numbered entry ("5. Border management", "IV. Partners"): a sibling of the entries before it. */
export const enumeratedHeading = (label: string): boolean => ENUMERATION.test(label.trim());
/** A class heading's complement of place, time or owner: "Projects in the Andes", "PROJECTS SINCE 2010", "Programmes of the network". */
const CLASS_COMPLEMENT = "(?:\\s+(?:in|since|of|across|under|from|for|with|by)\\s+[^:]+?)?";
const CLASS_HEADING_SHAPE = new RegExp(`^(?:(?:completed|current|ongoing|past|former|our|other|recent|selected|main|key|new|regional|national|joint)\\s+)*(?:${HEADING_PROJECTS.words.join("|")})${CLASS_COMPLEMENT}\\s*:?$`, "i");
/** "Projects", "II. PROJECTS SINCE 2012": a heading that announces a list of projects, numbered or not. */
export const isClassHeading = (label: string): boolean => CLASS_HEADING_SHAPE.test(label.trim().replace(ENUMERATION, ""));
/** Headings that introduce prose, not a name: "About the Dialogue", "How it works", "News from the field". */
const PROSE_OPENERS = /^(?:about|how|what|who|where|why|when|news|contact|related|see|more|further|latest|home|background|overview|partners?|donors?|countries|publications?|resources|documents|meetings|events|our|the|a|an|in|on|for|from|with|this|these|its)\b/i;
/** A trailing bracket of dates or a span: "(2009-2010)", "(to 2014)", "(since 2018)". */
const DATES_AFTER = /\s*\((?:[^()]*\d{4}[^()]*)\)\s*$/;
/** A trailing bracket that gives the name's acronym: "Coastal Route Atlas (CRA)". */
const ACRONYM_AFTER = /\s*\(([A-Z][A-Za-z0-9-]{1,11})\)\s*$/;
/** A title in quotation marks is taken whole, however it is capitalised: "\u201cSafer boats for small ports\u201d". */
const QUOTED = /^["\u201c\u201e]([^"\u201c\u201d\u201e]{8,160})["\u201d]$/;

export interface HeadingProject {
  name: string;
  acronym: string | null;
}

/** The name (and acronym) a heading in a project list gives, or null when it is no name. */
export function headingProject(label: string): HeadingProject | null {
  let name = label.trim().replace(ENUMERATION, "").replace(DATES_AFTER, "").trim();
  const quoted = QUOTED.exec(name);
  if (quoted) {
    const title = quoted[1]!.trim();
    return /^[A-Z]/.test(title) && title.split(/\s+/).length >= 2 ? { name: title, acronym: null } : null;
  }
  const acronym = ACRONYM_AFTER.exec(name);
  if (acronym) name = name.slice(0, acronym.index).trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 14 || !/^[A-Z]/.test(name) || /[.!?;:,]/.test(name) || PROSE_OPENERS.test(name)) return null;
  // A name's words are capitalised, save its connectors ("for", "of the", "and") and a lower-case-led coinage ("i-Map").
  const lower = words.filter((w) => /^[a-z]/.test(w) && !/^(?:of|for|and|the|on|in|to|through|with|a|an|at|by|from|against|[a-z]-\w+)$/.test(w));
  return lower.length === 0 ? { name, acronym: acronym ? acronym[1]! : null } : null;
}

/** Reads a document's section headings in order: the one that names a listed project, once per heading. */
export class HeadingProjects {
  private listing = false;
  private last: string | null = null;

  /** The project a passage's section heading names when it is a new heading in a project list, else null. */
  enterProject(section: string | null, headingAbove?: string): HeadingProject | null {
    if (section === this.last) return null;
    this.last = section;
    if (!section) return null;
    // A class heading with nothing under it but the first entry's heading ("III. PROJECTS SINCE 2007", then "ERSO I").
    if (headingAbove && isClassHeading(headingAbove)) this.listing = true;
    if (isClassHeading(section)) {
      this.listing = true;
      return null;
    }
    if (!this.listing) return null;
    const project = headingProject(section.trim());
    if (!project && !enumeratedHeading(section)) this.listing = false;
    return project;
  }
}

/** A network's year report: its projects' headings under a class heading with no passage of its own. */
const NETWORK_PROJECTS =
  "HSI - Harbour Support Initiative\nOur projects and partners\n\nHSI is an initiative of port towns that helps seafarers who come home. It started in 2004.\n\n" +
  "I. PORTS OF THE YEAR\nThe annual meeting was held in Genoa.\n\nII. PROJECTS SINCE 2005\n\nHSI EAST (March 2006 - May 2008)\n" +
  "The first project trained port chaplains. Countries: Ghana, Togo and Benin.\n\nHSI NORTH (2009-2011)\nThe second project reached northern ports. Countries: Norway and Iceland.\n";

const FIELDS =
  "Lagoon Council | Our work\n\nProjects in the Gulf of Guinea\n\nThe Lagoon Council runs several projects along the coast.\n\n1. Coastal Ferry Safety Programme\n\nThe programme trains boat crews.\n" +
  "Countries: Ghana, Togo\nFunded by: Norway\n\n2. Port health\n\nA further project equips clinics in ports.\nFunded by: Japan\n\n" +
  "3. Harbour Data Exchange (HDX)\n\nThe exchange shares arrival figures.\nCountries: Benin, Nigeria\n";

/**
 * The field lines under a numbered project heading are that project's; under a numbered heading that names none
 * ("2. Port health"), they are no earlier entry's (relate.ts clears what an earlier sibling heading named).
 */
export const HEADING_PROJECT_FIELD_EXAMPLES: TripleExamples = {
  positive: [
    { text: FIELDS, expect: ["OPERATES_IN", "ini:coastal-ferry-safety-programme", "ctry:tg"] },
    { text: FIELDS, expect: ["FUNDS", "ctry:no", "ini:coastal-ferry-safety-programme"] },
    { text: FIELDS, expect: ["OPERATES_IN", "ini:harbour-data-exchange", "ctry:bj"] },
    // The project's heading holds the network's name with words of its own: the project, not the network (PageTopics.ts).
    { text: NETWORK_PROJECTS, expect: ["OPERATES_IN", "ini:hsi-east", "ctry:tg"] },
    { text: NETWORK_PROJECTS, expect: ["OPERATES_IN", "ini:hsi-north", "ctry:is"] },
  ],
  negative: [
    { text: NETWORK_PROJECTS, expect: ["OPERATES_IN", "ini:hsi", "ctry:tg"] },
    { text: FIELDS, expect: ["FUNDS", "ctry:jp", "ini:coastal-ferry-safety-programme"] },
    { text: FIELDS, expect: ["OPERATES_IN", "ini:coastal-ferry-safety-programme", "ctry:bj"] },
  ],
};
